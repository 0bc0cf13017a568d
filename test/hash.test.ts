// md5File / md5Files read through two reused buffers: the digest must not depend on where the
// chunk boundaries fall, nor on what a previous (larger) file left in the buffers.

import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { HASH_CHUNK, md5File, md5Files } from '../src/files/hash.js'
import type { LocalFile } from '../src/files/search.js'

const dir = mkdtempSync(path.join(tmpdir(), 'hash-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SIZES: Record<string, number> = {
  empty: 0,
  'one-byte': 1,
  'smaller-than-a-buffer': 1000,
  'one-short-of-a-buffer': HASH_CHUNK - 1,
  'exactly-one-buffer': HASH_CHUNK,
  'one-past-a-buffer': HASH_CHUNK + 1,
  'several-buffers': Math.floor(2.5 * HASH_CHUNK),
  'exact-multiple': 3 * HASH_CHUNK
}

function write(name: string, size: number): LocalFile {
  const p = path.join(dir, name)
  writeFileSync(p, randomBytes(size))
  return { path: p, relativePath: name, name, size }
}

const files = Object.entries(SIZES).map(([name, size]) => write(name, size))
const expected = (f: LocalFile): string => createHash('md5').update(readFileSync(f.path)).digest('hex')

describe('md5File', () => {
  it.each(files.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    expect(await md5File(f.path)).toBe(expected(f))
  })

  it('is the well-known digest of an empty file', async () => {
    expect(await md5File(path.join(dir, 'empty'))).toBe('d41d8cd98f00b204e9800998ecf8427e')
  })

  it('rejects a missing file', async () => {
    await expect(md5File(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('md5Files', () => {
  it('hashes every file with shared buffers, largest first or last', async () => {
    for (const order of [files, [...files].reverse()]) {
      const result = await md5Files(order)
      expect([...result.keys()]).toEqual(order.map((f) => f.name))
      for (const f of order) expect(result.get(f.name)).toBe(expected(f))
    }
  })

  it('reads to the end even when a file grew since it was searched', async () => {
    // The listed size only sizes the buffers: a stale one must not cut the hash short.
    const f = write('grew', 5000)
    expect((await md5Files([{ ...f, size: 10 }])).get('grew')).toBe(expected(f))
    expect((await md5Files([{ ...f, size: 0 }])).get('grew')).toBe(expected(f))
  })

  it('returns an empty map for no files', async () => {
    expect((await md5Files([])).size).toBe(0)
  })
})

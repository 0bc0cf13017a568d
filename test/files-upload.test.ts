// A file that changed between the search and its upload fails with a LocalFileError naming it,
// and never goes out changed or cut short; an archive carries its own mtime for that check.

import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ArchiveError, packArchive } from '../src/files/archive.js'
import { LocalFileError } from '../src/files/local-file.js'
import { findFiles, type LocalFile } from '../src/files/search.js'
import { ZenodoClient } from '../src/zenodo/client.js'
import { HttpTransport } from '../src/zenodo/http.js'
import { RateLimiter } from '../src/zenodo/rate-limiter.js'
import { startFakeZenodo, type FakeZenodo } from './support/fake-zenodo.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zu-changed-'))
  dirs.push(dir)
  return dir
}

let fake: FakeZenodo
let transport: HttpTransport
let client: ZenodoClient
beforeEach(async () => {
  fake = await startFakeZenodo()
  transport = new HttpTransport({ token: 'owner-token', userAgent: 'zenodo-upload/test', limiter: new RateLimiter() })
  client = new ZenodoClient(
    fake.url,
    transport,
    { info: () => {}, warning: () => {}, debug: () => {} },
    { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 }
  )
})
afterEach(async () => {
  transport.close()
  await fake.close()
})

/** A draft made over plain HTTP, so the test does not depend on createDeposition's signature. */
async function draft(): Promise<{ id: number; bucket: string }> {
  const res = await fetch(`${fake.url}/api/deposit/depositions`, {
    method: 'POST',
    headers: { Authorization: 'Bearer owner-token', 'Content-Type': 'application/json' },
    body: '{}'
  })
  const dep = (await res.json()) as { id: number; links: { bucket: string } }
  return { id: dep.id, bucket: dep.links.bucket }
}

async function searched(content: Buffer): Promise<LocalFile> {
  const ws = tempDir()
  writeFileSync(path.join(ws, 'data.bin'), content)
  const { files } = await findFiles(['data.bin'], ws)
  expect(files[0].mtimeMs).toBe(statSync(path.join(ws, 'data.bin')).mtimeMs)
  return files[0]
}

/** Rewrites the file with other bytes of the same size and a later mtime: only the mtime tells. */
function rewrite(file: LocalFile): void {
  writeFileSync(file.path, randomBytes(file.size))
  const later = new Date(file.mtimeMs! + 5000)
  utimesSync(file.path, later, later)
}

const stored = (): number => fake.depositions().reduce((n, d) => n + d.files.length, 0)
const puts = (): number => fake.requests.filter((r) => r.method === 'PUT').length

// Small files are read in one go, larger ones streamed: both paths check.
describe.each([
  ['a small file', 1000],
  ['a streamed file', 3 * 1024 * 1024]
])('%s', (_label, size) => {
  it('uploads when unchanged', async () => {
    const file = await searched(randomBytes(size))
    const dep = await draft()
    const result = await client.uploadFile(dep.id, dep.bucket, file)
    expect(result.size).toBe(size)
    expect(stored()).toBe(1)
  })

  it('refuses, before sending a byte, a file rewritten at the same size since the search', async () => {
    const file = await searched(randomBytes(size))
    const dep = await draft()
    rewrite(file)
    const upload = client.uploadFile(dep.id, dep.bucket, file)
    await expect(upload).rejects.toThrow(LocalFileError)
    await expect(upload).rejects.toThrow(
      new RegExp(
        `^${file.path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} changed after the files were searched \\(now ${size} bytes, ` +
          `modified [^;]+; the search saw ${size} bytes, modified [^)]+\\), so it was not uploaded\\. ` +
          'Do not change files while the step runs: finish writing them in an earlier step\\.$'
      )
    )
    expect(puts()).toBe(0)
    expect(stored()).toBe(0)
  })

  it('refuses a file cut short since the search, before sending a byte', async () => {
    const file = await searched(randomBytes(size))
    const dep = await draft()
    truncateSync(file.path, size - 10)
    await expect(client.uploadFile(dep.id, dep.bucket, file)).rejects.toThrow(
      `changed after the files were searched (now ${size - 10} bytes`
    )
    expect(puts()).toBe(0)
    expect(stored()).toBe(0)
  })
})

it('stops a streamed upload whose file is written to meanwhile, before its last byte', async () => {
  const file = await searched(randomBytes(3 * 1024 * 1024))
  const dep = await draft()
  let changed = false
  const upload = client.uploadFile(dep.id, dep.bucket, file, () => {
    if (changed) return
    changed = true
    rewrite(file)
  })
  await expect(upload).rejects.toThrow(LocalFileError)
  await expect(upload).rejects.toThrow('changed while it was being uploaded')
  expect(changed).toBe(true)
  expect(stored()).toBe(0)
})

describe('archives', () => {
  it('carry their own mtime, so their upload is checked too', async () => {
    const ws = tempDir()
    writeFileSync(path.join(ws, 'a.csv'), 'a')
    const { files } = await findFiles(['a.csv'], ws, true)
    const archive = await packArchive(files, 'data.zip', tempDir())
    expect(archive.mtimeMs).toBe(statSync(archive.path).mtimeMs)
  })

  it('refuse a file changed between the search and the packing', async () => {
    const ws = tempDir()
    writeFileSync(path.join(ws, 'a.csv'), 'a')
    const { files } = await findFiles(['a.csv'], ws, true)
    rewrite(files[0])
    const packing = packArchive(files, 'data.zip', tempDir())
    await expect(packing).rejects.toThrow(ArchiveError)
    await expect(packing).rejects.toThrow(`${files[0].path} changed after the files were searched`)
  })
})

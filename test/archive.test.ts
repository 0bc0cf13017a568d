// The archive input's packing: paths kept, listed and extracted by the system's tar and unzip,
// and byte-for-byte reproducible across mtimes, modes, creation order, input order and time zones.

import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { ArchiveError, archiveEntries, archiveFormat, archiveSizeBound, packArchive } from '../src/files/archive.js'
import type { LocalFile } from '../src/files/search.js'

const NFC = 'caf\u00e9.csv'
const NFD = 'cafe\u0301.csv'
const LONG = `deep/${'nested-directory-name/'.repeat(6)}file-with-a-long-name.txt`

/** Workspace content: equal base names in two directories, an empty file, non-ASCII and long paths. */
const CONTENT: Record<string, string | Buffer> = {
  'data/2024/a.csv': 'x,y\n1,2\n',
  'data/2025/a.csv': 'x,y\n3,4\n',
  'data/empty.csv': '',
  [`data/${NFD}`]: 'unicode name\n',
  [LONG]: 'long path\n',
  'README.txt': randomBytes(100_000)
}
const SORTED = ['README.txt', `data/${NFC}`, 'data/2024/a.csv', 'data/2025/a.csv', 'data/empty.csv', LONG].sort()

const dirs: string[] = []
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** Writes the files in the given order and describes them as the file search would. */
function workspace(order: string[], tweak?: (full: string, i: number) => void): { ws: string; files: LocalFile[] } {
  const ws = tempDir('zu-arc-ws-')
  const files = order.map((rel, i) => {
    const full = path.join(ws, rel)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, CONTENT[rel])
    tweak?.(full, i)
    return { path: full, relativePath: rel, name: path.basename(rel).normalize('NFC'), size: CONTENT[rel].length }
  })
  return { ws, files }
}

const md5 = (file: string): string => createHash('md5').update(readFileSync(file)).digest('hex')
const has = (cmd: string): boolean => spawnSync(cmd, ['--help'], { stdio: 'ignore' }).error === undefined
const utc = { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8' }

describe('archiveFormat and archiveEntries', () => {
  it('knows the formats by their ending, in any case', () => {
    expect(archiveFormat('data.zip')).toBe('zip')
    expect(archiveFormat('DATA.ZIP')).toBe('zip')
    expect(archiveFormat('data.tar.gz')).toBe('tar.gz')
    expect(archiveFormat('data.tgz')).toBe('tar.gz')
    expect(() => archiveFormat('data.rar')).toThrow(ArchiveError)
  })

  it('sorts by path in code-unit order and names entries in NFC', () => {
    const { files } = workspace(Object.keys(CONTENT))
    expect(archiveEntries(files).map((e) => e.name)).toEqual(SORTED)
  })

  it('refuses paths that would land outside the extraction directory', () => {
    const file = (relativePath: string): LocalFile => ({ path: '/x', relativePath, name: 'x', size: 0 })
    for (const bad of ['../outside.txt', 'a/../../b', '/etc/passwd', 'C:/x', '', 'a//b']) {
      expect(() => archiveEntries([file(bad)])).toThrow(ArchiveError)
    }
  })

  it('refuses two files that would get the same entry name', () => {
    const file = (relativePath: string): LocalFile => ({
      path: `/ws/${relativePath}`,
      relativePath,
      name: 'x',
      size: 0
    })
    expect(() => archiveEntries([file(`d/${NFC}`), file(`d/${NFD}`)])).toThrow(/would both be 'd\/café.csv'/)
  })
})

describe.each(['data.tar.gz', 'data.zip'])('packArchive(%s)', (archiveName) => {
  const { ws, files } = workspace(Object.keys(CONTENT))

  it('returns the archive as a LocalFile in its own directory under tempDir', async () => {
    const temp = tempDir('zu-arc-tmp-')
    const a = await packArchive(files, archiveName, temp)
    const b = await packArchive(files, archiveName, temp)
    expect(a.name).toBe(archiveName)
    expect(a.relativePath).toBe(archiveName)
    expect(path.basename(a.path)).toBe(archiveName)
    expect(path.dirname(path.dirname(a.path))).toBe(temp)
    expect(a.path).not.toBe(b.path)
    expect(a.size).toBe(readFileSync(a.path).length)
    expect(md5(a.path)).toBe(md5(b.path))
  })

  it('keeps every path and byte (extracted by the system tool)', async () => {
    const archive = await packArchive(files, archiveName, tempDir('zu-arc-tmp-'))
    const tool = archiveName.endsWith('.zip') ? 'unzip' : 'tar'
    if (!has(tool)) {
      console.warn(`${tool} is not installed: extraction not checked`)
      return
    }
    const out = tempDir('zu-arc-out-')
    if (tool === 'tar') execFileSync('tar', ['-xzf', archive.path, '-C', out], { env: utc })
    else execFileSync('unzip', ['-q', archive.path, '-d', out], { env: utc })
    for (const [rel, content] of Object.entries(CONTENT)) {
      const inside = rel.normalize('NFC')
      expect(readFileSync(path.join(out, inside))).toEqual(Buffer.from(content))
    }
    // Only the files: no directory entries, nothing else.
    const listed = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? listed(path.join(dir, d.name)) : [path.relative(out, path.join(dir, d.name))]
      )
    expect(listed(out).sort()).toEqual(SORTED)
  })

  it('lists the entries sorted, dated 1980-01-01 00:00, rw-r--r--, owned by 0/0', async () => {
    const archive = await packArchive(files, archiveName, tempDir('zu-arc-tmp-'))
    if (archiveName.endsWith('.zip')) {
      if (!has('zipinfo')) return
      const lines = execFileSync('zipinfo', [archive.path], { env: utc }).toString().split('\n')
      const entries = lines.filter((l) => /^-/.test(l))
      expect(entries).toHaveLength(SORTED.length)
      for (const line of entries) expect(line).toMatch(/^-rw-r--r-- .* 80-Jan-01 00:00 /)
      // The first names are ASCII; zipinfo may render the rest in the locale's way.
      expect(entries[0]).toMatch(/ README\.txt$/)
    } else {
      const lines = execFileSync('tar', ['-tzvf', archive.path], { env: utc }).toString().trim().split('\n')
      expect(lines.map((l) => l.replace(/^.* 1980-01-01 00:00 /, ''))).toEqual(SORTED)
      for (const line of lines) expect(line).toMatch(/^-rw-r--r-- 0\/0 +\d+ 1980-01-01 00:00 /)
    }
  })

  it('stores non-ASCII names in UTF-8 NFC', async () => {
    const archive = await packArchive(files, archiveName, tempDir('zu-arc-tmp-'))
    let bytes = readFileSync(archive.path)
    if (archiveName.endsWith('.tar.gz')) bytes = gunzipSync(bytes)
    expect(bytes.includes(Buffer.from(`data/${NFC}`))).toBe(true)
    expect(bytes.includes(Buffer.from(NFD))).toBe(false)
  })

  it('gives the same bytes for the same files whatever their mtimes, modes, creation and input order', async () => {
    const first = await packArchive(files, archiveName, tempDir('zu-arc-tmp-'))
    const reversed = Object.keys(CONTENT).reverse()
    const other = workspace(reversed, (full, i) => {
      chmodSync(full, i % 2 ? 0o755 : 0o600)
      utimesSync(full, new Date(2001, 1, i + 1), new Date(2001, 1, i + 1))
    })
    const second = await packArchive(other.files.reverse(), archiveName, tempDir('zu-arc-tmp-'))
    expect(md5(second.path)).toBe(md5(first.path))
    expect(readFileSync(second.path)).toEqual(readFileSync(first.path))
    expect(ws).not.toBe(other.ws)
  })

  it('gives other bytes when one byte of one file changes', async () => {
    const first = await packArchive(files, archiveName, tempDir('zu-arc-tmp-'))
    const other = workspace(Object.keys(CONTENT))
    writeFileSync(other.files[0].path, 'x,y\n1,3\n')
    const second = await packArchive(other.files, archiveName, tempDir('zu-arc-tmp-'))
    expect(md5(second.path)).not.toBe(md5(first.path))
  })

  it('gives the same bytes in another time zone (a child process with TZ set)', async () => {
    const here = await packArchive(files, archiveName, tempDir('zu-arc-tmp-'))
    const script = path.join(tempDir('zu-arc-tz-'), 'pack.mts')
    const module = path.resolve('src/files/archive.ts')
    writeFileSync(
      script,
      `import { packArchive } from ${JSON.stringify(module)}\n` +
        `const a = await packArchive(${JSON.stringify(files)}, ${JSON.stringify(archiveName)}, process.argv[2])\n` +
        'process.stdout.write(a.path)\n'
    )
    for (const TZ of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const there = execFileSync(process.execPath, ['--import', 'tsx', script, tempDir('zu-arc-tmp-')], {
        env: { ...process.env, TZ, NODE_OPTIONS: '' }
      }).toString()
      expect(md5(there)).toBe(md5(here.path))
    }
  })

  it('bounds its size from above', async () => {
    const archive = await packArchive(files, archiveName, tempDir('zu-arc-tmp-'))
    const bound = archiveSizeBound(files, archiveName)
    expect(bound).toBeGreaterThanOrEqual(archive.size)
    expect(bound).toBeLessThan(archive.size * 1.1 + 16_384)
  })

  it('fails with the file named, leaving no temp directory, when a file is gone', async () => {
    const temp = tempDir('zu-arc-tmp-')
    const gone = { ...files[0], path: path.join(ws, 'no-such-file.csv') }
    await expect(packArchive([...files, gone], archiveName, temp)).rejects.toThrow(/no-such-file\.csv/)
    expect(readdirSync(temp)).toEqual([])
  })

  // /proc files claim size 0 and then yield bytes: a stand-in for a file that grows while packed.
  const procFile = '/proc/self/status'
  ;(existsSync(procFile) ? it : it.skip)('fails, naming the file, when a file changes while packed', async () => {
    const temp = tempDir('zu-arc-tmp-')
    const growing = { path: procFile, relativePath: 'status', name: 'status', size: 0 }
    const packing = packArchive([...files, growing], archiveName, temp)
    await expect(packing).rejects.toThrow(ArchiveError)
    await expect(packing).rejects.toThrow(`${procFile} changed while it was being packed.`)
    expect(readdirSync(temp)).toEqual([])
  })

  it('refuses an archive name that is a path', async () => {
    await expect(packArchive(files, `sub/${archiveName}`, tempDir('zu-arc-tmp-'))).rejects.toThrow(/file name/)
  })
})

describe('the gzip header', () => {
  it('has no timestamp and a fixed OS byte (1f 8b 08 00 00000000 00 ff)', async () => {
    const { files } = workspace(['data/2024/a.csv'])
    for (const name of ['x.tar.gz', 'x.tgz']) {
      const archive = await packArchive(files, name, tempDir('zu-arc-tmp-'))
      expect(readFileSync(archive.path).subarray(0, 10).toString('hex')).toBe('1f8b08000000000000ff')
    }
  })
})

describe('large files', () => {
  // A sparse file: big on paper, cheap to make; the peak of buffer memory shows whether it streams.
  it.each(['big.tar.gz', 'big.zip'])('packs 256 MiB with flat memory (%s)', async (name) => {
    const ws = tempDir('zu-arc-big-')
    const file = path.join(ws, 'big.bin')
    const handle = await open(file, 'w')
    await handle.truncate(256 * 1024 * 1024)
    await handle.write('end', 256 * 1024 * 1024 - 3)
    await handle.close()
    const files = [{ path: file, relativePath: 'big.bin', name: 'big.bin', size: 256 * 1024 * 1024 }]
    const before = process.memoryUsage().arrayBuffers
    let peak = before
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 10)
    try {
      const archive = await packArchive(files, name, tempDir('zu-arc-tmp-'))
      expect(archive.size).toBeGreaterThan(0)
      expect(archive.size).toBeLessThan(2 * 1024 * 1024)
    } finally {
      clearInterval(timer)
    }
    expect(peak - before).toBeLessThan(64 * 1024 * 1024)
  })
})

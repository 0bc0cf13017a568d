// The source archive of a tag, made in real git repositories: the entries git archive gives (with
// export-ignore and export-subst applied) under {repo}-{tag}/, modes and symlinks kept, the same
// bytes on every build, submodules from their own checkouts, and errors that name the checkout fix.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Readable } from 'node:stream'
import { gunzipSync, inflateRawSync } from 'node:zlib'
import * as tarStream from 'tar-stream'
import { ARCHIVE_EPOCH } from '../src/files/archive.js'
import {
  buildSourceArchive,
  SourceArchiveError,
  sourceArchiveName,
  sourceArchiveTop,
  type SourceArchiveOptions
} from '../src/files/source-archive.js'

const UNICODE = 'donn\u00e9es/caf\u00e9 \u00fcber.txt'
const LONG = `deep/${'nested-directory-name/'.repeat(6)}file-with-a-long-name.txt`

const dirs: string[] = []
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

// No global or system config needed: the test's own global config (identity, the file protocol for
// local submodules). GIT_CONFIG_COUNT would not do: git submodule drops it for the clones it runs.
const savedEnv = { ...process.env }
const gitConfig: [string, string][] = [
  ['user.name', 'Test'],
  ['user.email', 'test@example.org'],
  ['protocol.file.allow', 'always'],
  ['init.defaultBranch', 'main'],
  ['commit.gpgSign', 'false'],
  ['tag.gpgSign', 'false'],
  ['core.fileMode', 'true']
]

// Jest's process.env is a copy: children get it only when passed.
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
const md5 = (file: string): string => createHash('md5').update(readFileSync(file)).digest('hex')
const has = (cmd: string): boolean => spawnSync(cmd, ['--help'], { stdio: 'ignore' }).error === undefined

function write(root: string, rel: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
  writeFileSync(path.join(root, rel), content)
}

let base: string
/** The repository: tag v1 (annotated) with everything, tag release/2.0 later, HEAD after that. */
let repo: string
let v1: string
const REPO = 'proj'
const TOP = 'proj-v1'

beforeAll(() => {
  base = tempDir('zu-src-')
  const globalConfig = path.join(base, 'gitconfig')
  for (const [key, value] of gitConfig) execFileSync('git', ['config', '--file', globalConfig, key, value])
  Object.assign(process.env, {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CEILING_DIRECTORIES: tmpdir(),
    GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z'
  })

  const inner = path.join(base, 'inner')
  mkdirSync(inner)
  git(inner, 'init', '-q')
  write(inner, 'inner.txt', 'inner\n')
  git(inner, 'add', '.')
  git(inner, 'commit', '-qm', 'inner')

  const sub = path.join(base, 'sub')
  mkdirSync(sub)
  git(sub, 'init', '-q')
  write(sub, 's.txt', 'sub\n')
  write(sub, '.gitattributes', 'ignored-in-sub.txt export-ignore\n')
  write(sub, 'ignored-in-sub.txt', 'not exported\n')
  git(sub, 'add', '.')
  git(sub, 'submodule', 'add', '-q', '../inner', 'vendor/inner')
  git(sub, 'commit', '-qm', 'sub')

  repo = path.join(base, 'super')
  mkdirSync(repo)
  git(repo, 'init', '-q')
  write(repo, 'README.md', '# proj\nline two\n')
  write(repo, 'run.sh', '#!/bin/sh\necho hi\n')
  chmodSync(path.join(repo, 'run.sh'), 0o755)
  symlinkSync('README.md', path.join(repo, 'link-to-readme'))
  write(repo, UNICODE, 'unicode name\n')
  write(repo, LONG, 'long path\n')
  write(repo, 'empty.txt', '')
  write(repo, 'secret.txt', 'export-ignore keeps this out\n')
  write(repo, 'version.txt', '$Format:%H$\n')
  write(repo, '.gitattributes', 'secret.txt export-ignore\nversion.txt export-subst\n')
  git(repo, 'add', '.')
  git(repo, 'submodule', 'add', '-q', '../sub', 'lib/sub')
  git(repo, 'submodule', 'update', '-q', '--init', '--recursive')
  git(repo, 'commit', '-qm', 'v1')
  git(repo, 'tag', '-a', '-m', 'version 1', 'v1')
  v1 = git(repo, 'rev-parse', 'v1^{commit}')

  write(repo, 'README.md', '# proj\nline two, changed\n')
  git(repo, 'commit', '-qam', 'two')
  git(repo, 'tag', 'release/2.0')
  write(repo, 'README.md', '# proj\nafter the releases\n')
  git(repo, 'commit', '-qam', 'work after the releases')
  write(repo, '.gitattributes', 'secret.txt export-ignore\nversion.txt export-subst\nlib/sub export-ignore\n')
  git(repo, 'commit', '-qam', 'submodule export-ignored')
  git(repo, 'tag', 'no-sub')
})

afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

interface Entry {
  type: 'file' | 'dir' | 'symlink'
  /** Permission bits. */
  mode: number
  data: Buffer
  target?: string
  /** A tar entry's own header. */
  header?: tarStream.Header
}

/** A tar's entries in stored order (names with the trailing '/' of directories). */
async function readTar(tar: Buffer): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>()
  const extract = tarStream.extract()
  Readable.from([tar]).pipe(extract)
  for await (const entry of extract) {
    const chunks: Buffer[] = []
    for await (const chunk of entry) chunks.push(chunk as Buffer)
    const h = entry.header
    const type = h.type === 'directory' ? 'dir' : h.type === 'symlink' ? 'symlink' : 'file'
    const name = type === 'dir' && !h.name.endsWith('/') ? `${h.name}/` : h.name
    entries.set(name, {
      type,
      mode: h.mode & 0o777,
      data: Buffer.concat(chunks),
      target: h.linkname || undefined,
      header: h
    })
  }
  return entries
}

/** A zip's entries in central-directory order, read by hand so that no unzip tool is needed. */
function readZip(zip: Buffer): Map<string, Entry> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  expect(eocd).toBeGreaterThan(0)
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  const entries = new Map<string, Entry>()
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50)
    const method = zip.readUInt16LE(at + 10)
    const dosTime = zip.readUInt16LE(at + 12)
    const dosDate = zip.readUInt16LE(at + 14)
    const compressed = zip.readUInt32LE(at + 20)
    const nameLen = zip.readUInt16LE(at + 28)
    const extraLen = zip.readUInt16LE(at + 30)
    const commentLen = zip.readUInt16LE(at + 32)
    const unixMode = zip.readUInt32LE(at + 38) >>> 16
    const local = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLen).toString('utf8')
    // 1980-01-01 00:00 in DOS form; no extra fields (they would hold zone-dependent times).
    expect([dosDate, dosTime, extraLen]).toEqual([(0 << 9) | (1 << 5) | 1, 0, 0])
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(start, start + compressed)
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw)
    const kind = unixMode & 0o170000
    const type = kind === 0o040000 ? 'dir' : kind === 0o120000 ? 'symlink' : 'file'
    expect(kind === 0o100000 || type !== 'file').toBe(true)
    entries.set(name, {
      type,
      mode: unixMode & 0o777,
      data,
      target: type === 'symlink' ? data.toString('utf8') : undefined
    })
    at += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

async function readArchive(file: string): Promise<Map<string, Entry>> {
  const bytes = readFileSync(file)
  return file.endsWith('.zip') ? readZip(bytes) : readTar(gunzipSync(bytes))
}

/** What git archive itself lists for `rev` of `cwd` under `prefix`. */
async function gitListing(cwd: string, rev: string, prefix: string): Promise<string[]> {
  const tar = execFileSync('git', ['archive', '--format=tar', `--prefix=${prefix}`, rev], {
    cwd,
    env: process.env,
    maxBuffer: 64 * 1024 * 1024
  })
  return [...(await readTar(tar)).keys()]
}

const sorted = (names: Iterable<string>): string[] => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

function options(over: Partial<SourceArchiveOptions>): SourceArchiveOptions {
  return {
    workspace: repo,
    tag: 'v1',
    repoName: `someone/${REPO}`,
    format: 'zip',
    submodules: false,
    outDir: tempDir('zu-src-out-'),
    ...over
  }
}

describe('sourceArchiveName and sourceArchiveTop', () => {
  it('are {repo}-{tag}, with / in the tag as -, the owner cut off', () => {
    expect(sourceArchiveTop('owner/proj', 'v1.0')).toBe('proj-v1.0')
    expect(sourceArchiveTop('proj', 'release/2.0')).toBe('proj-release-2.0')
    expect(sourceArchiveName('owner/proj', 'release/2.0', 'zip')).toBe('proj-release-2.0.zip')
    expect(sourceArchiveName('proj', 'v1', 'tar.gz')).toBe('proj-v1.tar.gz')
    expect(sourceArchiveName('proj', 'a"b<c>|d', 'zip')).toBe('proj-a-b-c--d.zip')
    expect(() => sourceArchiveTop('owner/', 'v1')).toThrow(SourceArchiveError)
    expect(() => sourceArchiveTop('proj', '')).toThrow(SourceArchiveError)
  })
})

describe.each(['zip', 'tar.gz'] as const)('buildSourceArchive (%s)', (format) => {
  it('holds exactly what git archive lists, under {repo}-{tag}/, in sorted order', async () => {
    const archive = await buildSourceArchive(options({ format }))
    expect(archive.name).toBe(`${TOP}.${format}`)
    expect(path.basename(archive.path)).toBe(archive.name)
    expect(archive.commit).toBe(v1)
    expect(archive.bytes).toBe(readFileSync(archive.path).length)
    const names = [...(await readArchive(archive.path)).keys()]
    const expected = await gitListing(repo, 'v1', `${TOP}/`)
    expect(sorted(names)).toEqual(sorted(expected))
    expect(names).toEqual(sorted(names))
    expect(archive.entries).toBe(names.length)
    // The fixture has what the listing should show: nested dirs, the unicode and long names.
    expect(names).toEqual(
      expect.arrayContaining([`${TOP}/`, `${TOP}/${UNICODE}`, `${TOP}/${LONG}`, `${TOP}/deep/`, `${TOP}/lib/sub/`])
    )
  })

  it('leaves export-ignore files out and expands export-subst', async () => {
    const entries = await readArchive((await buildSourceArchive(options({ format }))).path)
    expect(git(repo, 'ls-tree', '--name-only', 'v1')).toContain('secret.txt')
    expect(entries.has(`${TOP}/secret.txt`)).toBe(false)
    expect(entries.get(`${TOP}/version.txt`)?.data.toString()).toBe(`${v1}\n`)
    // The tag's content, not the work tree's.
    expect(entries.get(`${TOP}/README.md`)?.data.toString()).toBe('# proj\nline two\n')
    expect(entries.get(`${TOP}/empty.txt`)?.data.length).toBe(0)
  })

  it('keeps the executable bit, symlinks as symlinks, fixed modes for the rest', async () => {
    const archive = await buildSourceArchive(options({ format }))
    const entries = await readArchive(archive.path)
    expect(entries.get(`${TOP}/run.sh`)).toMatchObject({ type: 'file', mode: 0o755 })
    expect(entries.get(`${TOP}/README.md`)).toMatchObject({ type: 'file', mode: 0o644 })
    expect(entries.get(`${TOP}/link-to-readme`)).toMatchObject({ type: 'symlink', target: 'README.md' })
    expect(entries.get(`${TOP}/deep/`)).toMatchObject({ type: 'dir', mode: 0o755 })
    for (const entry of entries.values()) expect([0o644, 0o755, 0o777]).toContain(entry.mode)
    if (format === 'tar.gz') {
      for (const { header: h } of entries.values()) {
        expect([h?.mtime.getTime(), h?.uid, h?.gid, h?.uname, h?.gname]).toEqual([
          ARCHIVE_EPOCH.getTime(),
          0,
          0,
          '',
          ''
        ])
      }
    }
  })

  it('extracts with the system tool: executable kept, symlink restored', async () => {
    const tool = format === 'zip' ? 'unzip' : 'tar'
    if (!has(tool)) return console.warn(`${tool} is not installed: extraction not checked`)
    const archive = await buildSourceArchive(options({ format }))
    const out = tempDir('zu-src-x-')
    if (tool === 'tar') execFileSync('tar', ['-xzf', archive.path, '-C', out])
    else execFileSync('unzip', ['-q', archive.path, '-d', out])
    const root = path.join(out, TOP)
    expect(lstatSync(path.join(root, 'run.sh')).mode & 0o111).not.toBe(0)
    expect(lstatSync(path.join(root, 'README.md')).mode & 0o111).toBe(0)
    expect(lstatSync(path.join(root, 'link-to-readme')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(root, 'link-to-readme'))).toBe('README.md')
    expect(readFileSync(path.join(root, UNICODE), 'utf8')).toBe('unicode name\n')
  })

  it('gives the same bytes again, after touching the files, from another clone and under another git config', async () => {
    const first = await buildSourceArchive(options({ format }))
    const again = await buildSourceArchive(options({ format }))
    expect(again.path).not.toBe(first.path)
    expect(md5(again.path)).toBe(md5(first.path))

    for (const rel of ['README.md', 'run.sh', UNICODE, '.gitattributes']) {
      utimesSync(path.join(repo, rel), new Date(2011, 1, 1), new Date(2011, 1, 1))
    }
    expect(md5((await buildSourceArchive(options({ format }))).path)).toBe(md5(first.path))

    // A Windows-like config: git archive alone would write CRLF and other modes.
    const clone = path.join(tempDir('zu-src-clone-'), 'c')
    git(base, 'clone', '-q', repo, clone)
    git(clone, 'config', 'core.autocrlf', 'true')
    git(clone, 'config', 'tar.umask', '0')
    const converted = (
      await readTar(execFileSync('git', ['archive', '--format=tar', 'v1'], { cwd: clone, env: process.env }))
    ).get('README.md')
    expect(converted?.data.toString()).toBe('# proj\r\nline two\r\n')
    expect(md5((await buildSourceArchive(options({ format, workspace: clone }))).path)).toBe(md5(first.path))
  })

  it('gives the same bytes in another time zone (a child process with TZ set)', async () => {
    const here = await buildSourceArchive(options({ format }))
    const script = path.join(tempDir('zu-src-tz-'), 'build.mts')
    const module = path.resolve('src/files/source-archive.ts')
    writeFileSync(
      script,
      `import { buildSourceArchive } from ${JSON.stringify(module)}\n` +
        `const o = JSON.parse(process.argv[2])\n` +
        'process.stdout.write((await buildSourceArchive(o)).path)\n'
    )
    for (const TZ of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const o = options({ format })
      const there = execFileSync(process.execPath, ['--import', 'tsx', script, JSON.stringify(o)], {
        env: { ...process.env, TZ, NODE_OPTIONS: '' }
      }).toString()
      expect(md5(there)).toBe(md5(here.path))
    }
  })

  it('gives other bytes and names for another tag; a tag with / becomes -', async () => {
    const first = await buildSourceArchive(options({ format }))
    const second = await buildSourceArchive(options({ format, tag: 'release/2.0' }))
    expect(second.name).toBe(`${REPO}-release-2.0.${format}`)
    expect(md5(second.path)).not.toBe(md5(first.path))
    const entries = await readArchive(second.path)
    expect(entries.get(`${REPO}-release-2.0/README.md`)?.data.toString()).toBe('# proj\nline two, changed\n')
    expect(sorted(entries.keys())).toEqual(sorted(await gitListing(repo, 'release/2.0', `${REPO}-release-2.0/`)))
  })

  it('adds the submodules, nested ones too, from their checkouts with submodules: true', async () => {
    const archive = await buildSourceArchive(options({ format, submodules: true }))
    const entries = await readArchive(archive.path)
    const sub = path.join(repo, 'lib/sub')
    const subCommit = git(repo, 'rev-parse', 'v1:lib/sub')
    const innerCommit = git(sub, 'rev-parse', `${subCommit}:vendor/inner`)
    const expected = new Set([
      ...(await gitListing(repo, 'v1', `${TOP}/`)),
      ...(await gitListing(sub, subCommit, `${TOP}/lib/sub/`)),
      ...(await gitListing(path.join(sub, 'vendor/inner'), innerCommit, `${TOP}/lib/sub/vendor/inner/`))
    ])
    expect(sorted(entries.keys())).toEqual(sorted(expected))
    // git gives the submodule's entries after the whole superproject's: the packer sorts them in.
    expect([...entries.keys()]).toEqual(sorted(entries.keys()))
    expect(entries.get(`${TOP}/lib/sub/s.txt`)?.data.toString()).toBe('sub\n')
    expect(entries.get(`${TOP}/lib/sub/vendor/inner/inner.txt`)?.data.toString()).toBe('inner\n')
    // The submodule's own .gitattributes counts.
    expect(entries.has(`${TOP}/lib/sub/ignored-in-sub.txt`)).toBe(false)
    expect(archive.entries).toBe(entries.size)

    const without = await readArchive((await buildSourceArchive(options({ format }))).path)
    expect([...without.keys()].filter((n) => n.startsWith(`${TOP}/lib/sub/`))).toEqual([`${TOP}/lib/sub/`])
  })
})

describe('buildSourceArchive: an export-ignored submodule', () => {
  it('stays out with submodules: true, as git archive leaves its path out', async () => {
    const archive = await buildSourceArchive(options({ tag: 'no-sub', submodules: true }))
    const names = [...(await readArchive(archive.path)).keys()]
    expect(names).toEqual(sorted(await gitListing(repo, 'no-sub', 'proj-no-sub/')))
    expect(names.filter((n) => n.includes('lib/sub'))).toEqual([])
    expect(names).toContain('proj-no-sub/lib/')
  })
})

describe('buildSourceArchive: checkouts that cannot give the archive', () => {
  it('a clone without its submodules checked out: an error naming the submodule and the fix', async () => {
    const clone = path.join(tempDir('zu-src-nosub-'), 'c')
    git(base, 'clone', '-q', repo, clone)
    const outDir = tempDir('zu-src-out-')
    const building = buildSourceArchive(options({ workspace: clone, submodules: true, outDir }))
    await expect(building).rejects.toThrow(SourceArchiveError)
    await expect(building).rejects.toThrow(/Submodule 'lib\/sub' is not checked out.*`submodules: true`/)
    expect(readdirSync(outDir)).toEqual([])
    // Without submodules the same clone gives the same bytes as the original checkout.
    const here = await buildSourceArchive(options({ workspace: clone }))
    expect(md5(here.path)).toBe(md5((await buildSourceArchive(options({}))).path))
  })

  it('a nested submodule not checked out: an error naming it and `submodules: recursive`', async () => {
    const clone = path.join(tempDir('zu-src-nonest-'), 'c')
    git(base, 'clone', '-q', repo, clone)
    git(clone, 'checkout', '-q', 'v1')
    git(clone, 'submodule', 'update', '-q', '--init')
    await expect(buildSourceArchive(options({ workspace: clone, submodules: true }))).rejects.toThrow(
      /Submodule 'lib\/sub\/vendor\/inner' is not checked out.*`submodules: recursive`/
    )
  })

  it('a shallow clone without the tag: an error naming fetch-depth: 0', async () => {
    const shallow = path.join(tempDir('zu-src-shallow-'), 'c')
    git(base, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow)
    expect(git(shallow, 'tag', '-l').split('\n')).not.toContain('v1')
    const building = buildSourceArchive(options({ workspace: shallow }))
    await expect(building).rejects.toThrow(SourceArchiveError)
    await expect(building).rejects.toThrow(/The tag 'v1' is not in the checkout \(a shallow clone\).*`fetch-depth: 0`/)
  })

  it('a workspace that is no git repository: says so, and to use actions/checkout', async () => {
    const empty = tempDir('zu-src-empty-')
    await expect(buildSourceArchive(options({ workspace: empty }))).rejects.toThrow(
      /is not a git repository.*actions\/checkout/
    )
  })

  it('takes a tag that looks like an option as a tag', async () => {
    git(repo, 'update-ref', 'refs/tags/--output=x', 'v1^{commit}')
    try {
      const archive = await buildSourceArchive(options({ tag: '--output=x' }))
      expect(archive.name).toBe(`${REPO}---output=x.zip`)
      expect(archive.commit).toBe(v1)
      expect(lstatSync(path.join(repo, 'x'), { throwIfNoEntry: false })).toBeUndefined()
      await expect(buildSourceArchive(options({ tag: '--no-such-tag' }))).rejects.toThrow(/not in the checkout/)
    } finally {
      git(repo, 'update-ref', '-d', 'refs/tags/--output=x')
    }
  })
})

describe('large files', () => {
  // A file of zeros: cheap for git to store; the buffer peak shows whether the archive streams.
  it.each(['zip', 'tar.gz'] as const)('packs 96 MiB with flat memory (%s)', async (format) => {
    const big = path.join(tempDir('zu-src-big-'), 'r')
    mkdirSync(big)
    git(big, 'init', '-q')
    writeFileSync(path.join(big, 'zeros.bin'), '')
    truncateSync(path.join(big, 'zeros.bin'), 96 * 1024 * 1024)
    git(big, 'add', '.')
    git(big, 'commit', '-qm', 'big')
    git(big, 'tag', 'v1')
    const before = process.memoryUsage().arrayBuffers
    let peak = before
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 5)
    try {
      const archive = await buildSourceArchive(options({ workspace: big, repoName: 'big', format }))
      expect(archive.bytes).toBeGreaterThan(0)
      expect(archive.bytes).toBeLessThan(1024 * 1024)
    } finally {
      clearInterval(timer)
    }
    // Under the file's size: a buffered copy would need all 96 MiB at once. The margin is wide
    // because chunks not yet collected count too, and a busy CI machine collects late.
    expect(peak - before).toBeLessThan(80 * 1024 * 1024)
  })
})

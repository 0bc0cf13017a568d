// The file search: every matched name kept (a link and its target are two), and every local
// problem (unreadable files and directories, looping or dangling links, control characters in
// names) found before anything is written, all in one FileSearchError.

import { afterAll, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { FileSearchError, findFiles, validateFiles } from '../src/files/search.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) {
    spawnSync('chmod', ['-R', 'u+rwx', dir])
    rmSync(dir, { recursive: true, force: true })
  }
})

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'zu-search-'))
  dirs.push(ws)
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
    writeFileSync(path.join(ws, rel), content)
  }
  return ws
}

async function searchError(patterns: string[], ws: string, keepTrees = false): Promise<FileSearchError> {
  const err = await findFiles(patterns, ws, keepTrees).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(FileSearchError)
  return err as FileSearchError
}

describe('matched names', () => {
  it('keeps a symlink and its target as two files, each under its own base name', async () => {
    const ws = workspace({ 'data/real.csv': '1,2' })
    symlinkSync('real.csv', path.join(ws, 'data/link.csv'))
    const { files } = await findFiles(['data/*.csv'], ws)
    expect(files.map((f) => [f.relativePath, f.name, f.path, f.size])).toEqual([
      ['data/link.csv', 'link.csv', path.join(ws, 'data/link.csv'), 3],
      ['data/real.csv', 'real.csv', path.join(ws, 'data/real.csv'), 3]
    ])
    expect(() => validateFiles(files)).not.toThrow()
  })

  it('counts one path matched by two patterns once', async () => {
    const ws = workspace({ 'data/b.csv': 'b', 'data/c.csv': 'c' })
    const { files } = await findFiles(['data/b.csv', 'data/*.csv', './data/b.csv'], ws)
    expect(files.map((f) => f.relativePath)).toEqual(['data/b.csv', 'data/c.csv'])
  })

  it('reports a symlink with its target’s base name in another directory as a clash, not silently', async () => {
    const ws = workspace({ 'a/x.csv': 'x' })
    mkdirSync(path.join(ws, 'b'))
    symlinkSync('../a/x.csv', path.join(ws, 'b/x.csv'))
    const { files } = await findFiles(['*/x.csv'], ws)
    expect(files).toHaveLength(2)
    expect(() => validateFiles(files)).toThrow("'a/x.csv' and 'b/x.csv' would both be uploaded as 'x.csv'")
  })

  it('records each file’s size and modification time as opened', async () => {
    const ws = workspace({ 'a.txt': 'hello' })
    const { files } = await findFiles(['a.txt'], ws)
    const stat = statSync(path.join(ws, 'a.txt'))
    expect(files).toEqual([
      { path: path.join(ws, 'a.txt'), relativePath: 'a.txt', name: 'a.txt', size: 5, mtimeMs: stat.mtimeMs }
    ])
  })

  it('still follows symlinked directories, skipping a link back up the tree', async () => {
    const ws = workspace({ 'real/a.csv': 'a' })
    symlinkSync('real', path.join(ws, 'linked'))
    symlinkSync('..', path.join(ws, 'real/up'))
    const { files } = await findFiles(['**/*.csv'], ws)
    expect(files.map((f) => f.relativePath)).toEqual(['linked/a.csv', 'real/a.csv'])
  })
})

describe('links that lead nowhere', () => {
  it('lists a looping and a dangling matched symlink in one error, with what to do', async () => {
    const ws = workspace({ 'data/ok.csv': 'ok' })
    symlinkSync('loop.csv', path.join(ws, 'data/loop.csv'))
    symlinkSync('missing.csv', path.join(ws, 'data/gone.csv'))
    const err = await searchError(['data/*.csv'], ws)
    expect(err.message.split('\n')).toEqual([
      "'data/gone.csv' is a symbolic link to 'missing.csv', which does not exist. Point it at a file, remove it, or exclude it with a '!' pattern.",
      "'data/loop.csv' is a symbolic link that loops (ELOOP): following it never reaches a file. Point it at a file, remove it, or exclude it with a '!' pattern."
    ])
  })

  it('ignores such links that no pattern matches, and excluded ones', async () => {
    const ws = workspace({ 'data/ok.csv': 'ok' })
    symlinkSync('loop', path.join(ws, 'data/loop'))
    symlinkSync('missing', path.join(ws, 'data/gone'))
    symlinkSync('missing.csv', path.join(ws, 'data/gone.csv'))
    const { files } = await findFiles(['data/**/*.csv', '!data/gone.csv'], ws)
    expect(files.map((f) => f.relativePath)).toEqual(['data/ok.csv'])
  })

  const hasMkfifo = spawnSync('mkfifo', ['--help'], { stdio: 'ignore' }).error === undefined
  ;(hasMkfifo ? it : it.skip)('refuses a matched named pipe instead of dropping it (or blocking on it)', async () => {
    const ws = workspace({ 'data/ok.csv': 'ok' })
    spawnSync('mkfifo', [path.join(ws, 'data/pipe.csv')])
    const err = await searchError(['data/*.csv'], ws)
    expect(err.message).toBe(
      "'data/pipe.csv' is not a regular file (a named pipe); only regular files can be uploaded. Exclude it with a '!' pattern."
    )
  })
})

/**
 * Runs findFiles in a child process as `nobody` when we are root (root reads everything), so
 * permission bits count. Returns the error's name and message, or the relative paths found.
 */
function searchAsNobody(
  patterns: string[],
  ws: string,
  keepTrees = false
): Promise<{ error?: string; message?: string; files?: string[] }> {
  const module = path.resolve('src/files/search.ts')
  const script =
    `import { findFiles } from ${JSON.stringify(module)}\n` +
    `try {\n` +
    `  const r = await findFiles(${JSON.stringify(patterns)}, ${JSON.stringify(ws)}, ${keepTrees})\n` +
    `  process.stdout.write('\\n' + JSON.stringify({ files: r.files.map((f) => f.relativePath) }))\n` +
    `} catch (e) {\n` +
    `  process.stdout.write('\\n' + JSON.stringify({ error: e.name, message: e.message }))\n` +
    `}\n`
  const scriptDir = mkdtempSync(path.join(tmpdir(), 'zu-search-child-'))
  dirs.push(scriptDir)
  chmodSync(scriptDir, 0o755)
  const file = path.join(scriptDir, 'search.mts')
  writeFileSync(file, script)
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', file],
      { ...asNobody, env: { ...process.env, NODE_OPTIONS: '', HOME: scriptDir }, cwd: process.cwd() },
      (err, stdout, stderr) => {
        // The result is the last line: @actions/glob may print ::debug:: lines before it.
        const last = stdout.trimEnd().split('\n').pop() ?? ''
        if (err || !last.startsWith('{')) reject(new Error(`${err?.message ?? 'no result'}\n${stdout}\n${stderr}`))
        else resolve(JSON.parse(last))
      }
    )
  })
}

/** A workspace everyone can read, apart from what the test locks afterwards. */
function openWorkspace(files: Record<string, string>): string {
  const ws = workspace(files)
  spawnSync('chmod', ['-R', 'a+rX', ws])
  return ws
}

describe('permissions (checked as an unprivileged user)', () => {
  it('lists an unreadable file and an unreadable directory in one error, relative to the workspace', async () => {
    const ws = openWorkspace({ 'data/ok.csv': 'ok', 'data/secret.csv': 's', 'data/locked/x.csv': 'x' })
    chmodSync(path.join(ws, 'data/secret.csv'), 0o000)
    chmodSync(path.join(ws, 'data/locked'), 0o000)
    const result = await searchAsNobody(['data/**/*.csv'], ws)
    expect(result.error).toBe('FileSearchError')
    expect(result.message!.split('\n')).toEqual([
      "'data/locked' is a directory that cannot be read (permission denied), so the files in it cannot be searched. " +
        "Make it readable to the user the step runs as (chmod a+rx), or exclude it with a '!' pattern that names it.",
      "'data/secret.csv' cannot be read (permission denied). Make it readable to the user the step runs as (chmod a+r), " +
        "or exclude it with a '!' pattern."
    ])
  })

  it('lets excluded unreadable files and directories be', async () => {
    const ws = openWorkspace({ 'data/ok.csv': 'ok', 'data/secret.csv': 's', 'data/locked/x.csv': 'x' })
    chmodSync(path.join(ws, 'data/secret.csv'), 0o000)
    chmodSync(path.join(ws, 'data/locked'), 0o000)
    const result = await searchAsNobody(['data/**/*.csv', '!data/secret.csv', '!data/locked'], ws)
    expect(result).toEqual({ files: ['data/ok.csv'] })
  })

  it('reports a file in a directory it may list but not search', async () => {
    const ws = openWorkspace({ 'data/listed/x.csv': 'x' })
    chmodSync(path.join(ws, 'data/listed'), 0o444)
    const result = await searchAsNobody(['data/**/*.csv'], ws)
    expect(result.message).toBe(
      "'data/listed/x.csv' cannot be examined (permission denied on a directory on its path). " +
        "Make its directories searchable to the user the step runs as (chmod a+x), or exclude it with a '!' pattern."
    )
  })

  it('reports an unreadable directory that an archive pattern names', async () => {
    const ws = openWorkspace({ 'data/ok.csv': 'ok', 'data/locked/x.csv': 'x' })
    chmodSync(path.join(ws, 'data/locked'), 0o000)
    const result = await searchAsNobody(['data'], ws, true)
    expect(result.message).toMatch(/^'data\/locked' is a directory that cannot be read \(permission denied\)/)
  })
})

describe('control characters in names', () => {
  const evil = 'a\n::set-output name=concept-doi::x\n.csv'

  it.each([false, true])('refuses a name with a newline, escaped in the message (archive mode: %s)', async (keep) => {
    const ws = workspace({ [`out/${evil}`]: 'x', 'out/ok.csv': 'ok' })
    const err = await searchError(['out/*.csv'], ws, keep)
    expect(err.message).toBe(
      `'out/a\\n::set-output name=concept-doi::x\\n.csv' has control characters in its ${keep ? 'path' : 'name'} ` +
        "(shown escaped); such a name could forge workflow commands in the log. Rename it, or exclude it with a '!' pattern."
    )
    expect(err.message).not.toContain('\n')
  })

  it('refuses every C0 and C1 control character and DEL, each named once', async () => {
    const names = ['tab\there', 'bell\u0007', 'del\u007f', 'nel\u0085', 'csi\u009b[31m', 'cr\r']
    const ws = workspace(Object.fromEntries(names.map((n) => [`d/${n}.txt`, 'x'])))
    const err = await searchError(['d/*'], ws)
    expect(err.message.split('\n')).toHaveLength(names.length)
    for (const shown of ['tab\\there', 'bell\\u0007', 'del\\u007f', 'nel\\u0085', 'csi\\u009b[31m', 'cr\\r']) {
      expect(err.message).toContain(`'d/${shown}.txt' has control characters in its name`)
    }
    expect(err.message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })

  it('checks the directories too when they become archive entries, not when files are uploaded flat', async () => {
    const ws = workspace({ 'we\u0007ird/a.csv': 'a' })
    const err = await searchError(['*/a.csv'], ws, true)
    expect(err.message).toMatch(/^'we\\u0007ird\/a\.csv' has control characters in its path/)
    const { files } = await findFiles(['*/a.csv'], ws, false)
    expect(files.map((f) => f.name)).toEqual(['a.csv'])
  })

  it('accepts non-ASCII names that are not control characters', async () => {
    const ws = workspace({ 'caf\u00e9 \u2014 \u00a0data.csv': 'x' })
    const { files } = await findFiles(['*.csv'], ws)
    expect(files).toHaveLength(1)
  })
})

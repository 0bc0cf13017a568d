// The repository's tree at a tag as one reproducible .zip or .tar.gz, like GitHub's "Source code"
// download. The entries come from `git archive`, so export-ignore and export-subst in
// .gitattributes apply as in GitHub's zipball; the bytes come from our own packer, so they do not
// change with the runner's git version, and a re-run finds the same MD5. Memory stays flat: the
// tar from git is streamed into a staging directory, one file per entry, then packed in order.

import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { createReadStream, createWriteStream, promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tarStream from 'tar-stream'
import { UserError } from '../errors.js'
import { tagCommit } from '../github/git.js'
import { type ArchiveFormat, type PackEntry, writeArchive } from './archive.js'
import type { LocalFile } from './local-file.js'

/** The checkout cannot give the tag's tree (not a repository, tag or submodule missing), or git failed. */
export class SourceArchiveError extends UserError {
  override name = 'SourceArchiveError'
}

export interface SourceArchiveOptions {
  /** The checkout: a git work tree (git looks up its top level from here). */
  workspace: string
  tag: string
  /** The repository's name without its owner ('owner/name' is cut to 'name'). */
  repoName: string
  format: ArchiveFormat
  /** Add the checked-out submodules' trees (at the commits the tag records) under their paths. */
  submodules: boolean
  /** The archive goes into a new directory under this one. */
  outDir: string
}

export interface SourceArchive extends LocalFile {
  mtimeMs: number
  /** The archive's size (= size). */
  bytes: number
  /** Entries in the archive: files, symlinks and directories. */
  entries: number
  /** The tag's commit. */
  commit: string
}

// Command-line settings win over the runner's config: no CRLF conversion on Windows runners (what
// GitHub's servers give), names unquoted.
const GIT_CONFIG = ['-c', 'core.quotePath=false', '-c', 'core.autocrlf=false', '-c', 'core.eol=lf']
/** Characters a file name cannot hold: '/' as GitHub's zipball replaces it, the rest for Windows. */
const UNSAFE = /[/\\:*?"<>|]/g
const STDERR_LIMIT = 16 * 1024

type TarEntry = tarStream.Extract extends AsyncIterable<infer T> ? T : never

/** The archive's top folder: `{repo}-{tag}`, each '/' of the tag (and character no file name can hold) as '-'. */
export function sourceArchiveTop(repoName: string, tag: string): string {
  const repo = repoName.slice(repoName.lastIndexOf('/') + 1)
  if (repo === '' || repo === '.' || repo === '..') {
    throw new SourceArchiveError(`'${repoName}' is not a repository name.`)
  }
  if (tag === '') throw new SourceArchiveError('The source archive needs a tag; the tag is empty.')
  return `${repo}-${tag}`.replace(UNSAFE, '-')
}

/** `{repo}-{tag}.zip` or `.tar.gz`, as a file name (in NFC, as the bucket keys are). */
export function sourceArchiveName(repoName: string, tag: string, format: ArchiveFormat): string {
  return `${sourceArchiveTop(repoName, tag)}.${format}`.normalize('NFC')
}

/**
 * Packs the tree of `tag` (and, with `submodules`, the submodules' trees) into
 * `<outDir>/<new dir>/<repo>-<tag>.<format>`, under the top folder `<repo>-<tag>/`.
 * Entries sorted by name, directories included (as git archive lists them), files 0644 or 0755 as
 * git records them, symlinks kept as symlinks, times and owners fixed: the same tag, the same bytes.
 */
export async function buildSourceArchive(opts: SourceArchiveOptions): Promise<SourceArchive> {
  const top = sourceArchiveTop(opts.repoName, opts.tag)
  const name = sourceArchiveName(opts.repoName, opts.tag, opts.format)
  const root = await workTree(opts.workspace, opts.tag)
  const commit = await resolveTag(root, opts.tag)

  await fs.mkdir(opts.outDir, { recursive: true })
  const dir = await fs.mkdtemp(path.join(opts.outDir, 'zenodo-source-'))
  const stage = await fs.mkdtemp(path.join(opts.outDir, 'zenodo-source-stage-'))
  const out = path.join(dir, name)
  try {
    const ctx: Collect = { entries: new Map(), stage, staged: 0, submodules: opts.submodules, tag: opts.tag }
    add(ctx, { kind: 'dir', name: `${top}/` })
    await addTree(ctx, root, commit, `${top}/`, '')
    await writeArchive([...ctx.entries.values()], opts.format, out)
    const { size, mtimeMs } = await fs.stat(out)
    return { path: out, relativePath: name, name, size, mtimeMs, bytes: size, entries: ctx.entries.size, commit }
  } catch (err) {
    await fs.rm(dir, { recursive: true, force: true })
    if (err instanceof UserError) throw err
    const e = err as NodeJS.ErrnoException
    if (e.code === 'ENOSPC') throw new SourceArchiveError(`Ran out of disk space writing ${out}.`)
    throw new SourceArchiveError(`Could not pack ${name}: ${e.message}`)
  } finally {
    await fs.rm(stage, { recursive: true, force: true })
  }
}

interface Collect {
  entries: Map<string, PackEntry>
  stage: string
  staged: number
  submodules: boolean
  tag: string
}

function add(ctx: Collect, entry: PackEntry): void {
  const known = ctx.entries.get(entry.name)
  // A submodule's path is a directory in both trees; anything else twice would be lost.
  if (known && !(known.kind === 'dir' && entry.kind === 'dir')) {
    throw new SourceArchiveError(`The source archive would hold '${entry.name}' twice.`)
  }
  ctx.entries.set(entry.name, entry)
}

/** Adds the tree of `commit` in `repo` under `prefix`, then its submodules' if asked. */
async function addTree(ctx: Collect, repo: string, commit: string, prefix: string, where: string): Promise<void> {
  await readArchive(repo, commit, async (entry) => {
    const { header } = entry
    const rel = header.name
    const trimmed = rel.endsWith('/') ? rel.slice(0, -1) : rel
    const segments = trimmed.split('/')
    if (trimmed === '' || segments.includes('..') || segments.includes('') || /^[A-Za-z]:/.test(trimmed)) {
      throw new SourceArchiveError(`git archive gave the entry '${rel}', which cannot go into an archive.`)
    }
    if (header.type === 'directory') {
      entry.resume()
      add(ctx, { kind: 'dir', name: `${prefix}${trimmed}/` })
    } else if (header.type === 'symlink') {
      entry.resume()
      add(ctx, { kind: 'symlink', name: prefix + rel, target: header.linkname })
    } else if (header.type === 'file') {
      const file = path.join(ctx.stage, String(ctx.staged++))
      await pipeline(entry, createWriteStream(file, { flags: 'wx' }))
      add(ctx, {
        kind: 'file',
        name: prefix + rel,
        size: header.size,
        // git records only 100644 or 100755; its tar shows the latter with an x bit.
        executable: (header.mode & 0o100) !== 0,
        source: `${file} (${prefix + rel})`,
        open: () => createReadStream(file)
      })
    } else {
      throw new SourceArchiveError(`git archive gave '${rel}' as a ${header.type}, which a tree cannot hold.`)
    }
  })
  if (!ctx.submodules) return
  for (const link of await gitlinks(repo, commit)) {
    const dirName = `${prefix}${link.path}/`
    // Absent when .gitattributes export-ignores it: then its content stays out too.
    if (!ctx.entries.has(dirName)) continue
    const subRepo = path.join(repo, link.path)
    const subWhere = where === '' ? link.path : `${where}/${link.path}`
    await checkSubmodule(subRepo, link.commit, subWhere, where !== '', ctx.tag)
    await addTree(ctx, subRepo, link.commit, dirName, subWhere)
  }
}

/** The work tree's top level; git archive and ls-tree work relative to the current directory. */
async function workTree(workspace: string, tag: string): Promise<string> {
  const stat = await fs.stat(workspace).catch(() => undefined)
  if (!stat?.isDirectory()) {
    throw new SourceArchiveError(`The workspace ${workspace} is not a directory: check the repository out first.`)
  }
  const res = await runGit(workspace, ['rev-parse', '--show-toplevel'])
  if (res.code === 0) return res.stdout.replace(/\n$/, '')
  if (/not a git repository/i.test(res.stderr)) {
    throw new SourceArchiveError(
      `${workspace} is not a git repository, so the source archive of ${tag} cannot be made. ` +
        'Check the repository out first with actions/checkout (with `fetch-depth: 0`).'
    )
  }
  throw gitFailed(workspace, ['rev-parse', '--show-toplevel'], res)
}

/** The tag's commit; refs/tags/ so that neither a branch nor an option can stand in for it. */
async function resolveTag(root: string, tag: string): Promise<string> {
  const commit = await tagCommit(root, tag)
  if (commit !== undefined) return commit
  const ref = await runGit(root, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`])
  const shallow = (await runGit(root, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true'
  const what =
    ref.code === 0
      ? `The tag '${tag}' is in the checkout, but not its commit`
      : `The tag '${tag}' is not in the checkout`
  throw new SourceArchiveError(
    `${what}${shallow ? ' (a shallow clone)' : ''} at ${root}, so its source archive cannot be made. ` +
      `Fetch the full history with actions/checkout's \`fetch-depth: 0\` ` +
      `(or check out the tag itself: \`ref: ${tag}\` with \`fetch-tags: true\`).`
  )
}

async function checkSubmodule(dir: string, commit: string, where: string, nested: boolean, tag: string): Promise<void> {
  const fix = nested ? '`submodules: recursive`' : '`submodules: true` (or `recursive`)'
  const checkedOut = await fs.lstat(path.join(dir, '.git')).then(
    () => true,
    () => false
  )
  if (!checkedOut) {
    throw new SourceArchiveError(
      `Submodule '${where}' is not checked out (${dir} has no .git), so the source archive of ${tag} ` +
        `cannot include it. Check submodules out with actions/checkout's ${fix}, or leave them out of the archive.`
    )
  }
  const res = await runGit(dir, ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`])
  if (res.code !== 0) {
    const said = res.stderr.trim() === '' ? '' : ` (git: ${firstLines(res.stderr)})`
    throw new SourceArchiveError(
      `Submodule '${where}' is checked out without commit ${commit}, which ${tag} records${said}. ` +
        `Check submodules out with actions/checkout's ${fix} and \`fetch-depth: 0\`.`
    )
  }
}

/** The submodules of a commit's tree: its gitlinks (mode 160000), paths from the top. */
async function gitlinks(repo: string, commit: string): Promise<{ path: string; commit: string }[]> {
  const links: { path: string; commit: string }[] = []
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit]
  const res = await runGit(repo, args, (record) => {
    // <mode> SP <type> SP <object> TAB <path>
    const tab = record.indexOf('\t')
    const [mode, , object] = record.slice(0, tab).split(' ')
    if (mode === '160000') links.push({ path: record.slice(tab + 1), commit: object })
  })
  if (res.code !== 0) throw gitFailed(repo, args, res)
  return links
}

/** Runs `git archive --format=tar <commit>` and hands each entry to onEntry, in git's order. */
async function readArchive(repo: string, commit: string, onEntry: (entry: TarEntry) => Promise<void>): Promise<void> {
  const args = ['archive', '--format=tar', commit]
  const { child, exited } = spawnGit(repo, args)
  const extract = tarStream.extract()
  const fed = pipeline(child.stdout, extract).catch((err: Error) => err)
  let ours: unknown
  let parsing: unknown
  try {
    for await (const entry of extract) {
      try {
        await onEntry(entry)
      } catch (err) {
        ours = err
        throw err
      }
    }
  } catch (err) {
    parsing = err
    child.kill()
  }
  const feeding = await fed
  const res = await exited
  if (ours !== undefined) throw ours
  // A truncated tar is git's failure: its message says why.
  if (res.code !== 0) throw gitFailed(repo, args, res)
  if (parsing !== undefined) throw parsing
  if (feeding) throw feeding
}

interface GitResult {
  code: number | string
  stdout: string
  stderr: string
}

function spawnGit(
  cwd: string,
  args: string[]
): { child: ChildProcessByStdio<null, Readable, Readable>; exited: Promise<GitResult> } {
  const child = spawn('git', [...GIT_CONFIG, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += chunk.slice(0, STDERR_LIMIT - stderr.length)
  })
  const exited = new Promise<GitResult>((resolve, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new SourceArchiveError('git is not installed (or not on PATH): the source archive needs it.')
          : err
      )
    })
    child.once('close', (code, signal) => resolve({ code: code ?? signal ?? 'unknown', stdout: '', stderr }))
  })
  return { child, exited }
}

/** Runs git to the end; stdout whole, or NUL-separated records to onRecord without keeping them. */
async function runGit(cwd: string, args: string[], onRecord?: (record: string) => void): Promise<GitResult> {
  const { child, exited } = spawnGit(cwd, args)
  const chunks: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => {
    if (!onRecord) return void chunks.push(chunk)
    let start = 0
    for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, start)) {
      chunks.push(chunk.subarray(start, nul))
      onRecord(Buffer.concat(chunks).toString('utf8'))
      chunks.length = 0
      start = nul + 1
    }
    if (start < chunk.length) chunks.push(chunk.subarray(start))
  })
  const res = await exited
  return { ...res, stdout: onRecord ? '' : Buffer.concat(chunks).toString('utf8') }
}

function firstLines(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const shown = lines.slice(0, 3).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l))
  return shown.join(' / ') + (lines.length > 3 ? ' / …' : '')
}

function gitFailed(cwd: string, args: string[], res: GitResult): SourceArchiveError {
  const said = res.stderr.trim() === '' ? 'no message' : firstLines(res.stderr)
  return new SourceArchiveError(`git ${args.join(' ')} failed in ${cwd} (exit ${res.code}): ${said}`)
}

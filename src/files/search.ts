import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import * as path from 'node:path'
import * as glob from '@actions/glob'
import { Inputs, MAX_KEY_LENGTH, NoFileOptions } from '../constants.js'
import { oneLine } from '../log.js'

import { FileSearchError, type LocalFile } from './local-file.js'

export { FileSearchError, type LocalFile }

export interface SearchResult {
  files: LocalFile[]
  /** Include patterns that matched no file. */
  unmatched: string[]
}

/** Anchors a relative pattern at the workspace, keeping a leading `!`. */
function anchor(line: string, workspace: string): string {
  const negated = line.startsWith('!')
  const body = negated ? line.slice(1) : line
  const absolute = path.isAbsolute(body) ? body : path.join(workspace, body)
  return (negated ? '!' : '') + absolute
}

// C0 and C1 control characters and DEL (tab and newline included): a name holding one could
// start a line of its own in the log and be read by the runner as a workflow command.
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/** A path as messages show it: relative to the workspace, '/'-separated, control characters escaped. */
function shown(relativePath: string): string {
  return `'${oneLine(relativePath).replace(/\t/g, '\\t')}'`
}

function relativeTo(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/')
}

/** Problem messages by the relative path they name: a path met by two patterns is reported once. */
type Problems = Map<string, string>

function report(problems: Problems, relativePath: string, message: string): void {
  if (!problems.has(relativePath)) problems.set(relativePath, `${shown(relativePath)} ${message}`)
}

const EXCLUDE_IT = "or exclude it with a '!' pattern."

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err)
}

function isPermission(code: string): boolean {
  return code === 'EACCES' || code === 'EPERM'
}

/** One line of @actions/glob's parsed patterns, with its matchers. */
interface GlobPattern {
  readonly negate: boolean
  readonly segments: string[]
  readonly trailingSeparator: boolean
  /** @actions/glob's MatchKind: 0 none, 1 directory, 2 file, 3 both. */
  match(itemPath: string): number
  partialMatch(itemPath: string): boolean
}
type GlobPatternClass = new (negate: boolean, isImplicitPattern: boolean, segments: string[]) => GlobPattern
const MATCH_FILE = 2

function isGlobPattern(value: unknown): value is GlobPattern {
  const p = value as Partial<GlobPattern> | null
  return typeof p?.match === 'function' && typeof p.partialMatch === 'function' && Array.isArray(p.segments)
}

/**
 * The globber's parsed patterns. Its own walk stops at the first unreadable directory or looping
 * link with a bare EACCES or ELOOP, and drops dangling links silently; ours (below) uses its
 * matchers, so it matches exactly the same paths, but collects every problem. `patterns` is not
 * public API: an upgrade of @actions/glob that changes it fails every search here, not silently.
 */
function globPatterns(globber: glob.Globber, implicitDescendants: boolean): GlobPattern[] {
  const patterns = (globber as unknown as { patterns?: unknown }).patterns
  if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every(isGlobPattern)) {
    throw new Error('@actions/glob no longer exposes its parsed patterns: src/files/search.ts must be updated for it.')
  }
  if (!implicitDescendants) return patterns
  // What @actions/glob adds for implicitDescendants: each pattern also matches everything under it.
  return patterns.flatMap((p) =>
    p.trailingSeparator || p.segments[p.segments.length - 1] !== '**'
      ? [p, new (p.constructor as GlobPatternClass)(p.negate, true, [...p.segments, '**'])]
      : [p]
  )
}

interface Match {
  path: string
  stat: Stats
}

/**
 * Walks the tree as @actions/glob does: links followed, directory cycles skipped, only directories
 * a pattern may reach into entered. Returns the matched non-directories; adds what is in the way
 * to `problems`: an unreadable directory on the way (unless an exclude names it), a matched
 * link that loops or leads nowhere, a path that cannot be examined.
 */
function walk(globber: glob.Globber, keepTrees: boolean, workspace: string, problems: Problems): Match[] {
  const patterns = globPatterns(globber, keepTrees)
  const matchKind = (p: string): number =>
    patterns.reduce((kind, x) => (x.negate ? kind & ~x.match(p) : kind | x.match(p)), 0)
  const reachesInto = (p: string): boolean => patterns.some((x) => !x.negate && x.partialMatch(p))
  const excluded = (p: string): boolean => patterns.some((x) => x.negate && x.match(p) !== 0)
  const problem = (p: string, message: string): void => report(problems, relativeTo(workspace, p), message)

  const stack: Array<{ path: string; level: number }> = []
  for (const searchPath of globber.getSearchPaths()) {
    try {
      lstatSync(searchPath)
      stack.unshift({ path: searchPath, level: 1 })
    } catch (err) {
      const code = errorCode(err)
      if (code !== 'ENOENT' && code !== 'ENOTDIR') problem(searchPath, cannotExamine(code))
    }
  }
  const found: Match[] = []
  // Real paths of the directories from the search path down to the current one.
  const chain: string[] = []
  for (let item = stack.pop(); item; item = stack.pop()) {
    const kind = matchKind(item.path)
    if (kind === 0 && !reachesInto(item.path)) continue
    let stat: Stats
    try {
      stat = statSync(item.path)
    } catch (err) {
      const code = errorCode(err)
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        const target = kind === 0 ? undefined : linkTarget(item.path)
        if (target !== undefined) {
          problem(
            item.path,
            `is a symbolic link to ${shown(target)}, which does not exist. Point it at a file, remove it, ${EXCLUDE_IT}`
          )
        }
      } else if (code === 'ELOOP') {
        if (kind !== 0) {
          problem(
            item.path,
            `is a symbolic link that loops (ELOOP): following it never reaches a file. Point it at a file, remove it, ${EXCLUDE_IT}`
          )
        }
      } else if (kind !== 0 || !excluded(item.path)) {
        problem(item.path, cannotExamine(code))
      }
      continue
    }
    if (!stat.isDirectory()) {
      if (kind & MATCH_FILE) found.push({ path: item.path, stat })
      continue
    }
    chain.length = Math.min(chain.length, item.level - 1)
    let real: string
    try {
      real = realpathSync(item.path)
    } catch (err) {
      problem(item.path, cannotExamine(errorCode(err)))
      continue
    }
    // A link back up the tree: what is under it is reached the other way.
    if (chain.includes(real)) continue
    chain.push(real)
    let names: string[]
    try {
      names = readdirSync(item.path)
    } catch (err) {
      // Nothing under an excluded directory is wanted: it may stay unreadable.
      if (!excluded(item.path)) {
        const code = errorCode(err)
        const why = isPermission(code) ? 'permission denied' : code
        problem(
          item.path,
          `is a directory that cannot be read (${why}), so the files in it cannot be searched. ` +
            `Make it readable to the user the step runs as (chmod a+rx), or exclude it with a '!' pattern that names it.`
        )
      }
      continue
    }
    for (let i = names.length - 1; i >= 0; i--)
      stack.push({ path: path.join(item.path, names[i]), level: item.level + 1 })
  }
  return found
}

function cannotExamine(code: string): string {
  return isPermission(code)
    ? `cannot be examined (permission denied on a directory on its path). Make its directories searchable to the user the step runs as (chmod a+x), ${EXCLUDE_IT}`
    : `cannot be examined (${code}).`
}

/** Where a symbolic link points, or undefined if the path is no link. */
function linkTarget(p: string): string | undefined {
  try {
    return lstatSync(p).isSymbolicLink() ? readlinkSync(p) : undefined
  } catch {
    return undefined
  }
}

/** The matched path as an upload, or undefined after adding why it cannot be one to `problems`. */
function localFile(
  match: string,
  stat: Stats,
  workspace: string,
  keepTrees: boolean,
  problems: Problems
): LocalFile | undefined {
  const relativePath = relativeTo(workspace, match)
  const name = path.basename(match).normalize('NFC')
  // In an archive the whole relative path is an entry name; uploaded flat, only the base name is kept.
  if (CONTROL.test(keepTrees ? relativePath : name)) {
    report(
      problems,
      relativePath,
      `has control characters in its ${keepTrees ? 'path' : 'name'} (shown escaped); such a name could forge ` +
        `workflow commands in the log. Rename it, ${EXCLUDE_IT}`
    )
    return undefined
  }
  if (!stat.isFile()) {
    const what = stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device'
    report(
      problems,
      relativePath,
      `is not a regular file (${what}); only regular files can be uploaded. Exclude it with a '!' pattern.`
    )
    return undefined
  }
  // Opened and closed now, so an unreadable file fails the run before anything is written to Zenodo.
  let fd: number
  try {
    fd = openSync(match, 'r')
  } catch (err) {
    const code = errorCode(err)
    report(
      problems,
      relativePath,
      isPermission(code)
        ? `cannot be read (permission denied). Make it readable to the user the step runs as (chmod a+r), ${EXCLUDE_IT}`
        : `cannot be read (${code}).`
    )
    return undefined
  }
  try {
    // Size and time of the file as opened: the upload compares them with the file it opens.
    const { size, mtimeMs } = fstatSync(fd)
    return { path: match, relativePath, name, size, mtimeMs }
  } finally {
    closeSync(fd)
  }
}

/**
 * Finds the files that the patterns match. Each include line is globbed on its own (with every
 * exclude line) so that a line matching nothing can be reported by name. `keepTrees` is archive
 * mode: a pattern naming a directory takes its tree, and relative paths are entry names.
 *
 * Every matched name is kept: a symbolic link and its target are two names (one path matched by
 * two lines counts once). Whatever would fail later (unreadable files or directories, looping or
 * dangling links, control characters in names) fails here, all of it in one FileSearchError.
 */
export async function findFiles(patterns: string[], workspace: string, keepTrees = false): Promise<SearchResult> {
  const includes = patterns.filter((p) => !p.startsWith('!'))
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p, workspace))
  const matched = new Map<string, Stats>()
  const problems: Problems = new Map()
  const unmatched: string[] = []
  for (const include of includes) {
    const globber = await glob.create([anchor(include, workspace), ...excludes].join('\n'))
    // Sync calls: at start-up nothing else runs, and they cost far less than thread-pool trips.
    const found = walk(globber, keepTrees, workspace, problems)
    if (found.length === 0) unmatched.push(include)
    for (const { path: match, stat } of found) if (!matched.has(match)) matched.set(match, stat)
  }
  const files: LocalFile[] = []
  for (const [match, stat] of matched) {
    const file = localFile(match, stat, workspace, keepTrees, problems)
    if (file) files.push(file)
  }
  if (problems.size > 0) {
    const sorted = [...problems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    throw new FileSearchError(sorted.map(([, message]) => message).join('\n'))
  }
  // Code-point order: deterministic, and no ICU collator to load (measurable at start-up).
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0))
  return { files, unmatched }
}

/** Applies `if-no-files-found` to the include lines that matched nothing; returns warnings. */
export function checkUnmatched(result: SearchResult, option: NoFileOptions): string[] {
  if (result.unmatched.length === 0) return []
  const list = result.unmatched.map((p) => `'${p}'`).join(', ')
  const message = `No files were found with the provided path: ${list}.`
  switch (option) {
    case NoFileOptions.error:
      throw new FileSearchError(
        `${message} Check the '${Inputs.Files}' patterns (they are relative to the workspace), ` +
          `or set '${Inputs.IfNoFilesFound}' to warn or ignore.`
      )
    case NoFileOptions.warn:
      return [`${message} No artifacts will be uploaded for it.`]
    case NoFileOptions.ignore:
      return []
  }
}

/**
 * Checks what Zenodo would refuse for individual files: empty files, two files with one key,
 * over-long keys. Collects every problem so one run reports them all.
 */
export function validateFiles(files: LocalFile[]): void {
  const problems: string[] = []
  const byName = new Map<string, LocalFile>()
  for (const file of files) {
    const other = byName.get(file.name)
    if (other) {
      problems.push(
        `${shown(other.relativePath)} and ${shown(file.relativePath)} would both be uploaded as ${shown(file.name)}. ` +
          `Zenodo keys are base names: rename one, exclude one with a '!' pattern, or use 'archive'.`
      )
    }
    byName.set(file.name, file)
    if (file.size === 0) {
      problems.push(
        `${shown(file.relativePath)} is empty (0 bytes); Zenodo rejects empty files. Exclude it with a '!' pattern.`
      )
    }
    if (file.name.length > MAX_KEY_LENGTH) {
      problems.push(
        `${shown(file.relativePath)}: the name is longer than ${MAX_KEY_LENGTH} characters, which Zenodo refuses.`
      )
    }
  }
  if (problems.length > 0) throw new FileSearchError(problems.join('\n'))
}

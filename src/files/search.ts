import { realpathSync, statSync } from 'node:fs'
import * as path from 'node:path'
import * as glob from '@actions/glob'
import { Inputs, MAX_KEY_LENGTH, NoFileOptions } from '../constants.js'

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

/**
 * Finds the files that the patterns match. Each include line is globbed on its own (with every
 * exclude line) so that a line matching nothing can be reported by name.
 */
export async function findFiles(patterns: string[], workspace: string, keepTrees = false): Promise<SearchResult> {
  const includes = patterns.filter((p) => !p.startsWith('!'))
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p, workspace))
  const byRealPath = new Map<string, LocalFile>()
  const unmatched: string[] = []
  for (const include of includes) {
    const globber = await glob.create([anchor(include, workspace), ...excludes].join('\n'), {
      matchDirectories: false,
      // A pattern that names a directory takes its whole tree only when packing an archive
      // (paths kept); uploaded flat, the tree's files would lose their place and may clash.
      implicitDescendants: keepTrees
    })
    const found = await globber.glob()
    if (found.length === 0) unmatched.push(include)
    for (const match of found) {
      // Sync calls: at start-up nothing else runs, and they cost far less than thread-pool trips.
      const real = realpathSync(match)
      if (byRealPath.has(real)) continue
      const stat = statSync(real)
      if (!stat.isFile()) continue
      byRealPath.set(real, {
        path: real,
        relativePath: path.relative(workspace, match).split(path.sep).join('/'),
        name: path.basename(match).normalize('NFC'),
        size: stat.size
      })
    }
  }
  // Code-point order: deterministic, and no ICU collator to load (measurable at start-up).
  const files = [...byRealPath.values()].sort((a, b) =>
    a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0
  )
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
        `'${other.relativePath}' and '${file.relativePath}' would both be uploaded as '${file.name}'. ` +
          `Zenodo keys are base names: rename one, exclude one with a '!' pattern, or use 'archive'.`
      )
    }
    byName.set(file.name, file)
    if (file.size === 0) {
      problems.push(
        `'${file.relativePath}' is empty (0 bytes); Zenodo rejects empty files. Exclude it with a '!' pattern.`
      )
    }
    if (file.name.length > MAX_KEY_LENGTH) {
      problems.push(
        `'${file.relativePath}': the name is longer than ${MAX_KEY_LENGTH} characters, which Zenodo refuses.`
      )
    }
  }
  if (problems.length > 0) throw new FileSearchError(problems.join('\n'))
}

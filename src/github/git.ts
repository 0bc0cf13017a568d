// The few questions asked of the checkout's git: which commit a tag names, where HEAD is, and a
// file as it was at a commit (Zenodo's integration reads .zenodo.json from the tag, not the
// checkout). A missing git or repository answers "unknown", never an exception.

import { execFile } from 'node:child_process'
import * as path from 'node:path'

const MAX_OUTPUT = 16 << 20

function git(cwd: string, args: string[]): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', timeout: 30_000 },
      (err, stdout) => resolve({ ok: err === null, stdout })
    )
  })
}

/** The commit a tag names in the checkout, or undefined (no such tag, a shallow clone, no git). */
export async function tagCommit(workspace: string, tag: string): Promise<string | undefined> {
  const r = await git(workspace, ['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}^{commit}`])
  return r.ok ? r.stdout.trim() : undefined
}

export async function headCommit(workspace: string): Promise<string | undefined> {
  const r = await git(workspace, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
  return r.ok ? r.stdout.trim() : undefined
}

/**
 * Reads files as they are at `commit`, for a path on disk under the workspace's repository:
 * the text, or undefined where the commit has no such file.
 */
export async function fileReaderAt(
  workspace: string,
  commit: string
): Promise<(absolutePath: string) => Promise<string | undefined>> {
  const top = await git(workspace, ['rev-parse', '--show-toplevel'])
  const root = top.ok ? top.stdout.trim() : workspace
  return async (absolutePath) => {
    const rel = path.relative(root, absolutePath).split(path.sep).join('/')
    if (rel.startsWith('..')) return undefined
    const r = await git(root, ['show', `${commit}:${rel}`])
    return r.ok ? r.stdout : undefined
  }
}

/** The checkout's tag names (none without git, or in a clone without tags). */
export async function localTags(workspace: string): Promise<Set<string>> {
  const r = await git(workspace, ['tag', '--list'])
  return new Set(
    r.ok
      ? r.stdout
          .split('\n')
          .map((t) => t.trim())
          .filter((t) => t !== '')
      : []
  )
}

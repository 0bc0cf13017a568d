// The plan: which deposition, which files to upload, skip or delete, which metadata.
// Pure code, built from the inputs and the remote state; dry runs print it, runs execute it.

import { MAX_FILES, QUOTA_BYTES } from '../constants.js'
import type { LocalFile } from '../files/search.js'
import { fileMd5, type Deposition, type DepositionFile } from '../zenodo/types.js'

export type Target =
  /** Make a new deposition (a new concept). */
  | { kind: 'create' }
  /** Upload into an existing draft: the one given, one an earlier run made, or a pending new version. */
  | { kind: 'draft'; deposition: Deposition; reason: string }
  /** Make a new version of this published record (the latest of its concept). */
  | {
      kind: 'new-version'
      record: Deposition
      /** The record that was named (or that this ref published), when it is not the latest. */
      own?: Deposition
      /** A pending draft of the concept that another ref's run made: newversion would hand it to us. */
      blockedBy?: Deposition
      reason: string
    }
  /** The latest version already holds this version and these files: nothing to do. */
  | { kind: 'archived'; record: Deposition }
  /** No file matched and that is allowed: only report what exists. */
  | { kind: 'read-only'; deposition?: Deposition }

export type FileAction = 'upload' | 'replace' | 'skip' | 'delete'

export interface FilePlan {
  name: string
  action: FileAction
  size: number
  /** Known MD5: the local one for skips, the remote one for deletes. */
  md5?: string
  local?: LocalFile
  remote?: DepositionFile
}

export interface FileCheck {
  errors: string[]
  warnings: string[]
  finalCount: number
  finalBytes: number
}

/**
 * Decides per file. A local file whose name and MD5 match a remote one is skipped; a changed
 * one replaces it (the bucket PUT overwrites). With deleteOld, remote files this run does not
 * upload are deleted; unchanged ones are skipped, never deleted and re-sent.
 */
export function planFiles(
  local: LocalFile[],
  localMd5: ReadonlyMap<string, string>,
  remote: DepositionFile[],
  deleteOld: boolean
): FilePlan[] {
  const remoteByName = new Map(remote.map((f) => [f.filename.normalize('NFC'), f]))
  const plans: FilePlan[] = []
  for (const file of local) {
    const existing = remoteByName.get(file.name)
    const md5 = localMd5.get(file.name)
    if (existing && md5 !== undefined && fileMd5(existing) === md5 && existing.filesize === file.size) {
      plans.push({ name: file.name, action: 'skip', size: file.size, md5, local: file, remote: existing })
    } else {
      plans.push({
        name: file.name,
        action: existing ? 'replace' : 'upload',
        size: file.size,
        local: file,
        remote: existing
      })
    }
  }
  if (deleteOld) {
    const localNames = new Set(local.map((f) => f.name))
    for (const [name, file] of remoteByName) {
      if (!localNames.has(name)) {
        plans.push({
          name,
          action: 'delete',
          size: file.filesize,
          md5: fileMd5(file),
          remote: file
        })
      }
    }
  }
  return plans
}

/** Names of local files worth hashing before planning: same name and size as a remote file. */
export function filesToHash(local: LocalFile[], remote: DepositionFile[]): LocalFile[] {
  const sizes = new Map(remote.map((f) => [f.filename.normalize('NFC'), f.filesize]))
  return local.filter((f) => sizes.get(f.name) === f.size)
}

/** Checks the deposition's final file set against Zenodo's limits (§6), before any upload. */
export function checkLimits(plans: FilePlan[], remote: DepositionFile[]): FileCheck {
  const byName = new Map(remote.map((f) => [f.filename.normalize('NFC'), f.filesize]))
  for (const p of plans) {
    if (p.action === 'delete') byName.delete(p.name)
    else byName.set(p.name, p.size)
  }
  const finalCount = byName.size
  const finalBytes = [...byName.values()].reduce((a, b) => a + b, 0)
  const errors: string[] = []
  const warnings: string[] = []
  if (finalCount > MAX_FILES) {
    errors.push(
      `The deposition would hold ${finalCount} files; Zenodo allows at most ${MAX_FILES} per record. ` +
        `Pack them with the 'archive' input, upload fewer, or set 'delete-old-files: true' to drop inherited ones.`
    )
  }
  if (finalBytes > QUOTA_BYTES) {
    warnings.push(
      `The deposition would hold ${(finalBytes / 1e9).toFixed(1)} GB; Zenodo refuses more than 50 GB per record unless ` +
        `your quota was raised (ask Zenodo support before the upload).`
    )
  }
  return { errors, warnings, finalCount, finalBytes }
}

/**
 * True when a published record already holds these files (name and MD5): exactly these with
 * delete-old-files, at least these without it (the record may keep inherited ones). No local
 * files (a publish-only or create-only run) adds nothing, so any record holds them.
 */
export function holdsFiles(
  local: LocalFile[],
  localMd5: ReadonlyMap<string, string>,
  remote: DepositionFile[],
  exactly: boolean
): boolean {
  if (exactly && local.length > 0 && local.length !== remote.length) return false
  const remoteMd5 = new Map(remote.map((f) => [f.filename.normalize('NFC'), fileMd5(f)]))
  return local.every((f) => localMd5.has(f.name) && remoteMd5.get(f.name) === localMd5.get(f.name))
}

/** Stable JSON for comparing metadata objects regardless of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v
  )
}

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'create':
      return 'create a new deposition'
    case 'draft':
      return `upload into draft ${target.deposition.id} (${target.reason})`
    case 'new-version':
      return `make a new version of record ${target.record.id} (${target.reason})`
    case 'archived':
      return `nothing to do: record ${target.record.id} already holds this version and these files`
    case 'read-only':
      return target.deposition ? `only read deposition ${target.deposition.id}` : 'nothing to create'
  }
}

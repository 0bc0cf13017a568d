// A file on the runner's disk that this run uploads, and the errors that concern such files.

import { UserError } from '../errors.js'

export interface LocalFile {
  /** Absolute path on disk (the path as matched; symlinks are read through). */
  path: string
  /** Path relative to the workspace, for logs and archives. */
  relativePath: string
  /** Key in the Zenodo bucket: the base name in Unicode NFC. */
  name: string
  size: number
  /** Modification time when the files were searched: a later change must not go out unnoticed. */
  mtimeMs?: number
}

/** The matched files cannot be used as they are (no match, a clash, an empty file). */
export class FileSearchError extends UserError {
  override name = 'FileSearchError'
}

/** The file on disk is missing, unreadable or changed during the upload: retrying will not help. */
export class LocalFileError extends UserError {
  override name = 'LocalFileError'
}

// Uploads files into a bucket, several at once, and verifies each against the server's MD5.
// A file that never verifies is removed from the draft so it can never be published.

import type { RemoteRecord, Repository } from '../repository/types.js'
import { LocalFileError, type LocalFile } from '../files/local-file.js'
import { formatBytes } from '../report/format.js'
import { progressLogger } from './progress.js'

export type FileStatus = 'uploaded' | 'skipped' | 'deleted' | 'planned' | 'failed'

export interface FileOutcome {
  name: string
  size: number
  md5: string
  status: FileStatus
  seconds?: number
  error?: string
}

export interface UploadLog {
  info(message: string): void
  warning(message: string): void
}

export interface UploadOptions {
  concurrency: number
  /** How often a file whose MD5 does not match is sent again before the run gives up. */
  checksumAttempts: number
  progressIntervalMs: number
  log: UploadLog
}

export class ChecksumError extends Error {
  override name = 'ChecksumError'
}

/** Runs tasks with at most `limit` in flight; keeps going after failures. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export async function uploadOne(
  repo: Repository,
  draft: RemoteRecord,
  file: LocalFile,
  options: UploadOptions
): Promise<FileOutcome> {
  const started = Date.now()
  const onProgress = progressLogger(file.name, file.size, options.log.info, options.progressIntervalMs)
  let lastError = ''
  for (let attempt = 1; attempt <= options.checksumAttempts; attempt++) {
    const result = await repo.upload(draft, file, onProgress)
    if (result.serverMd5 === result.localMd5 && result.size === file.size) {
      const seconds = (Date.now() - started) / 1000
      options.log.info(`✓ ${file.name} (${formatBytes(file.size)}, md5 ${result.localMd5}) in ${seconds.toFixed(1)} s`)
      return { name: file.name, size: file.size, md5: result.localMd5, status: 'uploaded', seconds }
    }
    lastError =
      `'${file.name}': the MD5 Zenodo computed (${result.serverMd5 || 'none'}, ${result.size} bytes) does not ` +
      `match the file's (${result.localMd5}, ${file.size} bytes)`
    if (attempt < options.checksumAttempts) {
      options.log.warning(
        `${lastError}; the bytes were damaged on the way. Uploading it again (attempt ${attempt + 1} of ${options.checksumAttempts}).`
      )
    }
  }
  // Never leave a corrupt file in a draft that someone might publish.
  try {
    await repo.deleteFile(draft, { key: file.name, size: file.size, md5: '' })
  } catch (err) {
    throw new ChecksumError(
      `${lastError} after ${options.checksumAttempts} attempts, and deleting the corrupt copy failed too ` +
        `(${(err as Error).message}). Draft ${draft.id} still holds a corrupt '${file.name}': do not publish it. ` +
        `Re-run the workflow (it replaces the file) or delete the file on Zenodo.`
    )
  }
  throw new ChecksumError(
    `${lastError} after ${options.checksumAttempts} attempts. The corrupt copy was deleted from the draft; nothing was published. Re-run the workflow to try again.`
  )
}

export async function uploadAll(
  repo: Repository,
  draft: RemoteRecord,
  files: LocalFile[],
  options: UploadOptions
): Promise<{ outcomes: FileOutcome[]; errors: Error[] }> {
  const errors: Error[] = []
  const outcomes = await pool(files, options.concurrency, async (file) => {
    try {
      return await uploadOne(repo, draft, file, options)
    } catch (caught) {
      // Name the file for local problems; Zenodo errors already do.
      const err =
        caught instanceof LocalFileError
          ? new LocalFileError(`'${file.relativePath}': ${caught.message}`)
          : (caught as Error)
      errors.push(err)
      return { name: file.name, size: file.size, md5: '', status: 'failed' as const, error: err.message }
    }
  })
  return { outcomes, errors }
}

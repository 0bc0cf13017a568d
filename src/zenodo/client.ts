// The Zenodo API behind an interface, so the orchestration can be tested and dry-run against it.
// Every call retries what is safe to retry and nothing else: a 5xx may come after the work was
// done, so creates and publishes look before they repeat.

import { ApiClient, header, json, type ClientLog } from './api-client.js'
import { ZenodoApiError, type ErrorContext } from './errors.js'
import type { HttpTransport } from './http.js'
import { type RetryPolicy, DEFAULT_RETRY } from './retry.js'
import type { BucketObject, Deposition } from './types.js'

export interface UploadSource {
  path: string
  name: string
  size: number
  /** Modification time when the files were searched (LocalFile.mtimeMs): the upload checks it. */
  mtimeMs?: number
}

export interface UploadResult {
  /** MD5 the server computed (from `md5:<hex>`). */
  serverMd5: string
  /** MD5 of the bytes we sent in the successful attempt. */
  localMd5: string
  size: number
}

export interface ListQuery {
  q?: string
  allversions?: boolean
  size?: number
  page?: number
  sort?: string
}

export interface ZenodoApi {
  getDeposition(id: number): Promise<Deposition>
  listDepositions(query: ListQuery): Promise<Deposition[]>
  /** Creates a draft. After an ambiguous failure, `recover` finds the draft this call made, if any. */
  createDeposition(
    metadata: Record<string, unknown>,
    recover: () => Promise<Deposition | undefined>
  ): Promise<Deposition>
  updateMetadata(id: number, metadata: Record<string, unknown>): Promise<Deposition>
  newVersion(id: number): Promise<Deposition>
  /** Deletes an unpublished draft (204); a repeated delete that finds nothing counts as done. */
  deleteDraft(id: number): Promise<void>
  publish(id: number): Promise<Deposition>
  /** Opens a published record for editing (`actions/edit`): its metadata can change, its files not. */
  edit(id: number): Promise<Deposition>
  deleteFile(depositionId: number, bucketUrl: string, key: string): Promise<void>
  /** Discards an open edit (`actions/discard`): the published version stays. */
  discardEdit(id: number): Promise<Deposition>
  /** Deletes a file by its id: for keys with a `/`, which bucket routes cannot address. */
  deleteFileById(depositionId: number, fileId: string): Promise<void>
  uploadFile(
    depositionId: number,
    bucketUrl: string,
    file: UploadSource,
    onProgress?: (sent: number) => void
  ): Promise<UploadResult>
  /** The id of the latest published version for a record or concept id; undefined if none. */
  latestRecordId(id: number): Promise<number | undefined>
  /** The server's clock from the Date header of its latest answer (epoch ms, whole seconds). */
  serverTime(): number | undefined
  /** The status of `GET /api/deposit/depositions?size=1`: whether the legacy API exists here. */
  probe(): Promise<number>
}

export type { ClientLog }

export class ZenodoClient extends ApiClient implements ZenodoApi {
  private readonly api: string

  constructor(
    serverUrl: string,
    transport: HttpTransport,
    log: ClientLog,
    policy: RetryPolicy = DEFAULT_RETRY,
    sleep?: (ms: number) => Promise<void>
  ) {
    super(transport, log, policy, sleep)
    this.api = `${serverUrl}/api`
  }

  getDeposition(id: number): Promise<Deposition> {
    return this.call({
      method: 'GET',
      url: `${this.api}/deposit/depositions/${id}`,
      context: { action: `reading deposition ${id}`, depositionId: id },
      ok: [200],
      parse: json<Deposition>
    })
  }

  probe(): Promise<number> {
    return this.call({
      method: 'GET',
      url: `${this.api}/deposit/depositions?size=1`,
      context: { action: 'checking which API the server has' },
      ok: [200],
      parse: () => 200,
      // 401/403: the route exists (the token aside); 404/410: no legacy API. Others are retried.
      alreadyDone: (r) => ([401, 403, 404, 410].includes(r.status) ? r.status : undefined)
    })
  }

  listDepositions(query: ListQuery): Promise<Deposition[]> {
    const params = new URLSearchParams()
    if (query.q) params.set('q', query.q)
    if (query.allversions) params.set('allversions', 'true')
    params.set('size', String(query.size ?? 100))
    if (query.page) params.set('page', String(query.page))
    if (query.sort) params.set('sort', query.sort)
    return this.call({
      method: 'GET',
      url: `${this.api}/deposit/depositions?${params}`,
      context: { action: 'listing your depositions' },
      ok: [200],
      parse: json<Deposition[]>
    })
  }

  createDeposition(
    metadata: Record<string, unknown>,
    recover: () => Promise<Deposition | undefined>
  ): Promise<Deposition> {
    return this.call({
      method: 'POST',
      url: `${this.api}/deposit/depositions`,
      json: { metadata },
      context: { action: 'creating a deposition' },
      ok: [201],
      parse: json<Deposition>,
      recover
    })
  }

  updateMetadata(id: number, metadata: Record<string, unknown>): Promise<Deposition> {
    return this.call({
      method: 'PUT',
      url: `${this.api}/deposit/depositions/${id}`,
      json: { metadata },
      context: { action: `updating the metadata of deposition ${id}`, depositionId: id },
      ok: [200],
      parse: json<Deposition>
    })
  }

  newVersion(id: number): Promise<Deposition> {
    // Repeating newversion is safe: Zenodo hands back the pending draft instead of a second one.
    return this.call({
      method: 'POST',
      url: `${this.api}/deposit/depositions/${id}/actions/newversion`,
      context: { action: `making a new version of record ${id}`, depositionId: id },
      ok: [201],
      parse: json<Deposition>
    })
  }

  deleteDraft(id: number): Promise<void> {
    return this.delete(`${this.api}/deposit/depositions/${id}`, { action: `discarding draft ${id}`, depositionId: id })
  }

  /** DELETE is safe to repeat: a retry that finds nothing (404) means an earlier attempt worked. */
  private async delete(url: string, context: ErrorContext): Promise<void> {
    await this.call({
      method: 'DELETE',
      url,
      context,
      ok: [204, 200],
      parse: () => true,
      alreadyDone: (r, attempt) => (r.status === 404 && attempt > 1 ? true : undefined)
    })
  }

  publish(id: number): Promise<Deposition> {
    return this.call({
      method: 'POST',
      url: `${this.api}/deposit/depositions/${id}/actions/publish`,
      context: { action: `publishing deposition ${id}`, depositionId: id },
      // 202 today; the caller judges the record's state, not the status code.
      ok: [202, 200],
      parse: json<Deposition>,
      // A publish that timed out or answered 502/504 may have gone through: look before repeating it.
      recover: async () => {
        const now = await this.getDeposition(id)
        return now.state === 'done' ? now : undefined
      }
    })
  }

  edit(id: number): Promise<Deposition> {
    return this.call({
      method: 'POST',
      url: `${this.api}/deposit/depositions/${id}/actions/edit`,
      context: { action: `opening record ${id} for editing`, depositionId: id },
      ok: [201, 200],
      parse: json<Deposition>,
      // An edit that landed without an answer leaves the deposition in progress.
      recover: async () => {
        const now = await this.getDeposition(id)
        return now.state === 'inprogress' ? now : undefined
      }
    })
  }

  discardEdit(id: number): Promise<Deposition> {
    return this.call({
      method: 'POST',
      url: `${this.api}/deposit/depositions/${id}/actions/discard`,
      context: { action: `discarding the edit of record ${id}`, depositionId: id },
      ok: [201, 200],
      parse: json<Deposition>
    })
  }

  deleteFileById(depositionId: number, fileId: string): Promise<void> {
    return this.delete(`${this.api}/deposit/depositions/${depositionId}/files/${encodeURIComponent(fileId)}`, {
      action: `deleting file ${fileId} from deposition ${depositionId}`,
      depositionId
    })
  }

  deleteFile(depositionId: number, bucketUrl: string, key: string): Promise<void> {
    return this.delete(`${this.bucketUrl(bucketUrl)}/${encodeKey(key)}`, {
      action: `deleting '${key}' from deposition ${depositionId}`,
      depositionId
    })
  }

  uploadFile(
    depositionId: number,
    bucketUrl: string,
    file: UploadSource,
    onProgress?: (sent: number) => void
  ): Promise<UploadResult> {
    return this.call({
      method: 'PUT',
      url: `${this.bucketUrl(bucketUrl)}/${encodeKey(file.name)}`,
      upload: { path: file.path, size: file.size, mtimeMs: file.mtimeMs, onProgress },
      context: { action: `uploading '${file.name}'`, depositionId },
      // Today 201; Files-REST before 2023 answered 200.
      ok: [201, 200],
      parse: (r) => {
        const body = json<BucketObject>(r)
        const serverMd5 = String(body.checksum ?? '').replace(/^md5:/, '')
        return { serverMd5, localMd5: r.sentMd5 ?? '', size: Number(body.size ?? file.size) }
      }
    })
  }

  async latestRecordId(id: number): Promise<number | undefined> {
    const url = `${this.api}/records/${id}`
    const result = await this.call({
      method: 'GET',
      url,
      context: { action: `looking up record ${id}`, depositionId: id },
      ok: [200, 301, 302, 303, 307, 308],
      parse: (r) => r,
      alreadyDone: (r) => (r.status === 404 || r.status === 410 ? r : undefined)
    })
    if (result.status === 404 || result.status === 410) return undefined
    if (result.status === 200) {
      const body = json<{ id?: number }>(result)
      return typeof body.id === 'number' ? body.id : id
    }
    const location = header(result.headers, 'location')
    const match = location ? /\/records\/(\d+)/.exec(location) : null
    return match ? Number(match[1]) : undefined
  }

  /** The token goes only to the server we were given, whatever host a bucket link names. */
  private bucketUrl(bucketUrl: string): string {
    const origin = new URL(bucketUrl).origin
    if (origin !== new URL(this.api).origin) {
      throw new ZenodoApiError(
        `Zenodo gave a bucket link on another host (${origin}, not ${new URL(this.api).origin}); refusing to send the token there. Check server-url.`,
        0,
        'PUT',
        bucketUrl,
        ''
      )
    }
    return bucketUrl
  }
}

/**
 * Bucket keys are single path segments: percent-encode everything, including '/'. The key is
 * sent as it is: a file that Zenodo holds in NFD is addressed by its NFD key.
 */
export function encodeKey(key: string): string {
  return encodeURIComponent(key)
}

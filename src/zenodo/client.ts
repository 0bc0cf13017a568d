// The Zenodo API behind an interface, so the orchestration can be tested and dry-run against it.
// Every call retries what is safe to retry and nothing else: a 5xx may come after the work was
// done, so creates and publishes look before they repeat.

import type { IncomingHttpHeaders } from 'node:http'
import { describeHttpError, NetworkError, ZenodoApiError, type ErrorContext } from './errors.js'
import type { HttpTransport, SendResult } from './http.js'
import { backoffDelay, isRetryableStatus, retryAfterMs, type RetryPolicy, DEFAULT_RETRY } from './retry.js'
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
  deleteFile(depositionId: number, bucketUrl: string, key: string): Promise<void>
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
}

export interface ClientLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

interface CallOptions<T> {
  method: string
  url: string
  context: ErrorContext
  ok: number[]
  parse: (r: SendResult) => T
  json?: unknown
  upload?: { path: string; size: number; mtimeMs?: number; onProgress?: (sent: number) => void }
  /**
   * For requests that are not safe to repeat: after a failure that may have taken effect,
   * find out whether it did. A value ends the call with it; undefined allows the retry.
   */
  recover?: () => Promise<T | undefined>
  /** Answers that mean the work is already done (e.g. 404 on a repeated DELETE). */
  alreadyDone?: (r: SendResult, attempt: number) => T | undefined
}

export class ZenodoClient implements ZenodoApi {
  private readonly api: string

  constructor(
    serverUrl: string,
    private readonly transport: HttpTransport,
    private readonly log: ClientLog,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
  ) {
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

  private lastDate: number | undefined

  serverTime(): number | undefined {
    return this.lastDate
  }

  private async call<T>(opts: CallOptions<T>): Promise<T> {
    const { attempts } = this.policy
    // An attempt we gave up on may land later and be why a retry is refused (a second publish).
    let ambiguous = false
    for (let attempt = 1; ; attempt++) {
      let reason: string
      let delay = 0
      let mayHaveHappened: boolean
      let failure: Error | undefined
      try {
        const result = await this.transport.send({
          method: opts.method,
          url: opts.url,
          json: opts.json,
          upload: opts.upload
        })
        this.log.debug(`${opts.method} ${opts.url} -> ${result.status}`)
        const date = Date.parse(header(result.headers, 'date') ?? '')
        if (!Number.isNaN(date)) this.lastDate = date
        if (opts.ok.includes(result.status)) return opts.parse(result)
        const done = opts.alreadyDone?.(result, attempt)
        if (done !== undefined) return done
        const { message, errors } = describeHttpError(result.status, result.body, opts.context)
        reason = `HTTP ${result.status}${result.body.trim().startsWith('<') ? ' (HTML error page)' : ''}`
        // A 429 or a 4xx was refused before any work; 5xx may come after the work was done.
        mayHaveHappened = isRetryableStatus(result.status) && result.status !== 429
        if (!isRetryableStatus(result.status) || attempt >= attempts) {
          this.log.debug(`response body: ${result.body.slice(0, 2000)}`)
          const gaveUp = isRetryableStatus(result.status) ? ` Gave up after ${attempts} attempts.` : ''
          failure = new ZenodoApiError(message + gaveUp, result.status, opts.method, opts.url, result.body, errors)
        } else {
          delay = backoffDelay(attempt, this.policy, retryAfterMs(result.status, result.headers))
        }
      } catch (err) {
        if (!(err instanceof NetworkError)) throw err
        reason = err.message
        mayHaveHappened = err.sent
        if (attempt >= attempts) {
          failure = new NetworkError(
            `${capitalise(opts.context.action)} failed after ${attempts} attempts: ${err.message}.`,
            err.method,
            err.url,
            err.sent,
            err.code
          )
        } else {
          delay = backoffDelay(attempt, this.policy)
        }
      }
      const look = mayHaveHappened || ambiguous
      ambiguous ||= mayHaveHappened
      if (!failure) {
        this.log.warning(
          `${capitalise(opts.context.action)} failed (${reason}); retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`
        )
        // Wait before looking: a request the server is still working on lands in the meantime,
        // so the look sees it instead of a retry making a second deposition.
        await this.sleep(delay)
      }
      if (look && opts.recover) {
        const recovered = await opts.recover()
        if (recovered !== undefined) {
          const which = mayHaveHappened ? 'it' : 'an earlier attempt'
          this.log.info(`${capitalise(opts.context.action)}: ${reason}, but ${which} had taken effect; carrying on.`)
          return recovered
        }
      }
      if (failure) throw failure
    }
  }
}

/**
 * Bucket keys are single path segments: percent-encode everything, including '/'. The key is
 * sent as it is: a file that Zenodo holds in NFD is addressed by its NFD key.
 */
export function encodeKey(key: string): string {
  return encodeURIComponent(key)
}

function json<T>(r: SendResult): T {
  try {
    return JSON.parse(r.body) as T
  } catch {
    throw new ZenodoApiError(`Zenodo answered HTTP ${r.status} with a body that is not JSON.`, r.status, '', '', r.body)
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

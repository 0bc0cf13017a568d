// The request loop every API adapter shares: one HTTP attempt at a time through the transport,
// retries for what is safe to retry, a look before repeating what may have taken effect, and
// the server's clock from its Date header.

import type { IncomingHttpHeaders } from 'node:http'
import { describeHttpError, NetworkError, ZenodoApiError, type ErrorContext } from './errors.js'
import type { HttpTransport, SendResult, UploadBody } from './http.js'
import { backoffDelay, isRetryableStatus, retryAfterMs, type RetryPolicy, DEFAULT_RETRY } from './retry.js'

export interface ClientLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface CallOptions<T> {
  method: string
  url: string
  context: ErrorContext
  ok: number[]
  parse: (r: SendResult) => T
  json?: unknown
  /** Extra request headers (e.g. an Accept for a vendor media type). */
  headers?: Record<string, string>
  upload?: UploadBody
  /** Send without the token (a part link on another host, e.g. a presigned storage URL). */
  anonymous?: boolean
  /**
   * For requests that are not safe to repeat: after a failure that may have taken effect,
   * find out whether it did. A value ends the call with it; undefined allows the retry.
   */
  recover?: () => Promise<T | undefined>
  /** Answers that mean the work is already done (e.g. 404 on a repeated DELETE). */
  alreadyDone?: (r: SendResult, attempt: number) => T | undefined
}

export abstract class ApiClient {
  constructor(
    protected readonly transport: HttpTransport,
    protected readonly log: ClientLog,
    protected readonly policy: RetryPolicy = DEFAULT_RETRY,
    protected readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
  ) {}

  private lastDate: number | undefined
  /** Who answers, in messages: "Zenodo", or another instance's host name. */
  serverName = 'Zenodo'

  serverTime(): number | undefined {
    return this.lastDate
  }

  protected async call<T>(opts: CallOptions<T>): Promise<T> {
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
          headers: opts.headers,
          upload: opts.upload,
          anonymous: opts.anonymous
        })
        this.log.debug(`${opts.method} ${opts.url} -> ${result.status}`)
        const date = Date.parse(header(result.headers, 'date') ?? '')
        if (!Number.isNaN(date)) this.lastDate = date
        if (opts.ok.includes(result.status)) return opts.parse(result)
        const done = opts.alreadyDone?.(result, attempt)
        if (done !== undefined) return done
        const { message, errors } = describeHttpError(result.status, result.body, {
          server: this.serverName,
          ...opts.context
        })
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

export function json<T>(r: SendResult): T {
  try {
    return JSON.parse(r.body) as T
  } catch {
    throw new ZenodoApiError(
      `The server answered HTTP ${r.status} with a body that is not JSON.`,
      r.status,
      '',
      '',
      r.body
    )
  }
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

// Paces requests by Zenodo's X-RateLimit-* headers, shared by every concurrent request,
// so a run waits for the window instead of collecting 429s. Zenodo's Flask-Limiter sends them on
// every answer (inveniosoftware/invenio-app invenio_app/config.py, RATELIMIT_HEADERS_ENABLED),
// with a moving window per user agent and IP (invenio_app/limiter.py).

import type { IncomingHttpHeaders } from 'node:http'
import { DEFAULT_MAX_WAIT_MS } from '../config.js'
import { formatDuration } from '../report/format.js'

export interface RateLimitState {
  limit?: number
  remaining?: number
  /** Epoch ms when the window frees up. */
  resetAt: number
}

/**
 * Zenodo asked for a pause longer than the action waits (ZENODO_UPLOAD_MAX_WAIT_MS). Not a
 * NetworkError: retrying cannot help, so the client fails at once instead of sleeping.
 */
export class RateLimitWaitError extends Error {
  override name = 'RateLimitWaitError'
  constructor(
    /** How long Zenodo asked to wait, in ms. */
    readonly waitMs: number,
    readonly maxWaitMs: number,
    /** Which header asked: the window's reset or a 429's Retry-After. */
    readonly source: 'X-RateLimit-Reset' | 'Retry-After'
  ) {
    const asked =
      source === 'Retry-After'
        ? `Zenodo answered 429 Too Many Requests with Retry-After ${formatDuration(waitMs / 1000)}`
        : `Zenodo's rate limit is spent and its window resets only in ${formatDuration(waitMs / 1000)} (X-RateLimit-Reset)`
    super(
      `${asked}, but this action waits at most ${formatDuration(maxWaitMs / 1000)} at a time. ` +
        'Re-run the workflow later; if it happens again, lower the concurrency input so fewer requests share the window.'
    )
  }
}

export class RateLimiter {
  private state: RateLimitState = { resetAt: 0 }
  private inflight = 0
  private probing = false
  private announcedReset = 0

  constructor(
    private readonly onWait: (ms: number, state: RateLimitState) => void = () => {},
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    /** The longest pause for one window; a later reset fails with RateLimitWaitError. */
    private readonly maxWaitMs: number = DEFAULT_MAX_WAIT_MS
  ) {}

  /**
   * Waits until a request may go out, then counts it as in flight. Pair with release(), passing
   * back what this returns (true for the one probe allowed after a window reset).
   */
  async acquire(): Promise<boolean> {
    let probe = false
    let announced = false
    for (;;) {
      const { remaining, resetAt } = this.state
      const now = this.now()
      // Responses report `remaining` after their own request; those still in flight are not in it.
      const budget = remaining === undefined ? Infinity : remaining - this.inflight
      if (budget > 0) break
      // Past the reset, a moving window frees slots one by one: one probe at a time finds out
      // the new window. Requests still in flight from before (a long upload) do not block it.
      if (now >= resetAt) {
        if (!this.probing) {
          this.probing = true
          probe = true
          break
        }
        await this.sleep(50)
        continue
      }
      // Checked before any sleep: a window a day away fails the run now, not tomorrow.
      if (resetAt - now > this.maxWaitMs)
        throw new RateLimitWaitError(resetAt - now, this.maxWaitMs, 'X-RateLimit-Reset')
      const wait = resetAt - now + 50
      // Concurrent requests wait for the same window: say so once per window.
      if (!announced && this.announcedReset !== resetAt) {
        this.onWait(wait, { ...this.state })
        this.announcedReset = resetAt
      }
      announced = true
      await this.sleep(Math.min(wait, 1000))
    }
    this.inflight++
    return probe
  }

  release(headers?: IncomingHttpHeaders, probe = false): void {
    this.inflight = Math.max(0, this.inflight - 1)
    // Only the probe's own answer tells the new window; others may be from the old one.
    if (probe) this.probing = false
    if (headers) this.update(headers)
  }

  update(headers: IncomingHttpHeaders): void {
    const remaining = numberHeader(headers['x-ratelimit-remaining'])
    const reset = numberHeader(headers['x-ratelimit-reset'])
    const limit = numberHeader(headers['x-ratelimit-limit'])
    if (remaining === undefined) return
    const now = this.now()
    // Epoch seconds; tolerate a server that sends seconds-from-now instead.
    const resetAt = reset === undefined ? now + 1000 : reset > 1e9 ? reset * 1000 : now + reset * 1000
    // A late answer (a long upload begun in an earlier window) must not bring that window back.
    // A moving window's reset only moves forward, so an earlier one is older news.
    if (resetAt <= now || resetAt < this.state.resetAt) return
    // Within one window `remaining` only goes down: a higher count is from an earlier request.
    const known = resetAt === this.state.resetAt ? this.state.remaining : undefined
    this.state = { limit, remaining: known === undefined ? remaining : Math.min(remaining, known), resetAt }
  }

  snapshot(): RateLimitState {
    return { ...this.state }
  }
}

export function numberHeader(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined || text.trim() === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

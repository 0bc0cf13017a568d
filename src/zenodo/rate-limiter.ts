// Paces requests by Zenodo's X-RateLimit-* headers, shared by every concurrent request,
// so a run waits for the window instead of collecting 429s (zenodo-api.md §7).

import type { IncomingHttpHeaders } from 'node:http'

export interface RateLimitState {
  limit?: number
  remaining?: number
  /** Epoch ms when the window frees up. */
  resetAt: number
}

export class RateLimiter {
  private state: RateLimitState = { resetAt: 0 }
  private inflight = 0
  private probing = false
  private announcedReset = 0

  constructor(
    private readonly onWait: (ms: number, state: RateLimitState) => void = () => {},
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
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
    this.state = {
      limit,
      remaining,
      // Epoch seconds; tolerate a server that sends seconds-from-now instead.
      resetAt: reset === undefined ? this.now() + 1000 : reset > 1e9 ? reset * 1000 : this.now() + reset * 1000
    }
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

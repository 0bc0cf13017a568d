// When and how long to wait before trying a request again. Zenodo answers 429 when its
// Flask-Limiter window is spent (inveniosoftware/invenio-app invenio_app/limiter.py).

import type { IncomingHttpHeaders } from 'node:http'
import { DEFAULT_MAX_WAIT_MS } from '../config.js'
import { numberHeader, RateLimitWaitError } from './rate-limiter.js'

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** The longest pause a server may ask for (Retry-After); one that asks for more fails at once. */
  maxWaitMs?: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxWaitMs: DEFAULT_MAX_WAIT_MS
}

/** Statuses that say "try again": throttling and gateway or server trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504 || status === 408
}

/**
 * Zenodo sends Retry-After on every response, even 200s, so it only means something on a 429.
 * Returns ms, or undefined.
 */
export function retryAfterMs(status: number, headers: IncomingHttpHeaders, now = Date.now()): number | undefined {
  if (status !== 429) return undefined
  const raw = headers['retry-after']
  const seconds = numberHeader(raw)
  if (seconds !== undefined) return Math.max(0, seconds * 1000)
  const date = typeof raw === 'string' ? Date.parse(raw) : NaN
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * Exponential backoff with equal jitter; a server's Retry-After wins when given, up to
 * policy.maxWaitMs. Beyond that it throws RateLimitWaitError rather than pause the run for longer.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfter?: number, random = Math.random): number {
  if (retryAfter !== undefined) {
    const bound = policy.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
    if (retryAfter > bound) throw new RateLimitWaitError(retryAfter, bound, 'Retry-After')
    return Math.min(retryAfter + 100, bound)
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/**
 * The policy for the knobs (config.ts): tests and benchmarks scale every backoff down; maxWaitMs
 * is the one bound shared with the RateLimiter.
 */
export function policyFor(baseMs: number | undefined, maxWaitMs = DEFAULT_MAX_WAIT_MS): RetryPolicy {
  if (baseMs === undefined) return { ...DEFAULT_RETRY, maxWaitMs }
  return { ...DEFAULT_RETRY, baseDelayMs: baseMs, maxDelayMs: baseMs * 8, maxWaitMs }
}

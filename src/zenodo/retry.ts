// When and how long to wait before trying a request again (zenodo-api.md §3, §7).

import type { IncomingHttpHeaders } from 'node:http'
import { numberHeader } from './rate-limiter.js'

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 }

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

/** Exponential backoff with equal jitter; a server's Retry-After wins when given. */
export function backoffDelay(attempt: number, policy: RetryPolicy, retryAfter?: number, random = Math.random): number {
  if (retryAfter !== undefined) return Math.min(retryAfter + 100, Math.max(policy.maxDelayMs, 300_000))
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/** The policy for a backoff knob (config.ts): tests and benchmarks scale every backoff down. */
export function policyFor(baseMs: number | undefined): RetryPolicy {
  if (baseMs === undefined) return DEFAULT_RETRY
  return { ...DEFAULT_RETRY, baseDelayMs: baseMs, maxDelayMs: baseMs * 8 }
}

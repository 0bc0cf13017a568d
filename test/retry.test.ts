import { describe, it, expect } from '@jest/globals'
import { backoffDelay, isRetryableStatus, retryAfterMs, DEFAULT_RETRY } from '../src/zenodo/retry.js'
import { RateLimiter } from '../src/zenodo/rate-limiter.js'
import { describeHttpError, redactUrl } from '../src/zenodo/errors.js'

describe('retry policy', () => {
  it('retries throttling and gateway errors only', () => {
    for (const s of [429, 500, 502, 503, 504]) expect(isRetryableStatus(s)).toBe(true)
    for (const s of [400, 401, 403, 404, 409, 410, 413, 415]) expect(isRetryableStatus(s)).toBe(false)
  })

  it('honours Retry-After on 429 only, since Zenodo sends it on every response', () => {
    expect(retryAfterMs(429, { 'retry-after': '7' })).toBe(7000)
    expect(retryAfterMs(503, { 'retry-after': '60' })).toBeUndefined()
    expect(retryAfterMs(200, { 'retry-after': '60' })).toBeUndefined()
  })

  it('backs off exponentially with jitter, bounded', () => {
    const p = { ...DEFAULT_RETRY, baseDelayMs: 1000, maxDelayMs: 8000 }
    expect(backoffDelay(1, p, undefined, () => 0)).toBe(500)
    expect(backoffDelay(1, p, undefined, () => 1)).toBe(1000)
    expect(backoffDelay(3, p, undefined, () => 1)).toBe(4000)
    expect(backoffDelay(10, p, undefined, () => 1)).toBe(8000)
    expect(backoffDelay(2, p, 3000)).toBe(3100)
  })
})

describe('RateLimiter', () => {
  it('waits for the reset when the window is spent, counting requests in flight', async () => {
    let now = 1_000_000
    const waits: number[] = []
    const limiter = new RateLimiter(
      (ms) => waits.push(ms),
      () => now,
      async (ms) => {
        now += ms
      }
    )
    await limiter.acquire()
    limiter.release({
      'x-ratelimit-remaining': '2',
      'x-ratelimit-reset': String((now + 3000) / 1000),
      'x-ratelimit-limit': '12'
    })
    await limiter.acquire()
    await limiter.acquire()
    const before = now
    // Two in flight with two remaining: the third must wait for the window.
    await limiter.acquire()
    expect(now - before).toBeGreaterThanOrEqual(3000)
    expect(waits.length).toBe(1)
  })

  it('does not wait without rate-limit headers', async () => {
    const limiter = new RateLimiter(
      undefined,
      () => 0,
      async () => {
        throw new Error('should not sleep')
      }
    )
    for (let i = 0; i < 5; i++) await limiter.acquire()
  })
})

describe('error messages', () => {
  it('lists field errors one per line', () => {
    const body = JSON.stringify({
      status: 400,
      message: 'A validation error occurred.',
      errors: [
        { field: 'metadata.creators', messages: ['Missing data for required field.'] },
        { field: 'metadata.title', messages: ['Too short.', 'Really.'] }
      ]
    })
    const { message } = describeHttpError(400, body, { action: 'publishing deposition 5', depositionId: 5 })
    expect(message).toContain('metadata.creators: Missing data for required field.')
    expect(message).toContain('metadata.title: Too short. Really.')
  })

  it('explains that 403 also means a wrong token or another owner', () => {
    const { message } = describeHttpError(403, '{"status":403,"message":"Permission denied."}', {
      action: 'reading deposition 9',
      depositionId: 9
    })
    expect(message).toMatch(/wrong or expired token/)
    expect(message).toMatch(/another account/)
  })

  it('names the id on 404', () => {
    expect(
      describeHttpError(404, '{"status":404,"message":"Not found."}', { action: 'x', depositionId: 31 }).message
    ).toMatch(/id 31/)
  })

  it('copes with an HTML gateway page', () => {
    expect(describeHttpError(502, '<html><body>Bad Gateway</body></html>', { action: 'x' }).message).toMatch(
      /HTML error page/
    )
  })

  it('redacts access_token in URLs', () => {
    expect(redactUrl('https://z/api?a=1&access_token=abc&b=2')).toBe('https://z/api?a=1&access_token=***&b=2')
  })
})

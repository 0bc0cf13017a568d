import { describe, it, expect } from '@jest/globals'
import { backoffDelay, isRetryableStatus, retryAfterMs, DEFAULT_RETRY } from '../src/zenodo/retry.js'
import { RateLimiter, RateLimitWaitError } from '../src/zenodo/rate-limiter.js'
import { describeHttpError, NetworkError, redactUrl } from '../src/zenodo/errors.js'

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

  it('waits out a Retry-After up to maxWaitMs, and fails at once beyond it', () => {
    const p = { ...DEFAULT_RETRY, maxWaitMs: 60_000 }
    expect(backoffDelay(1, p, 59_000)).toBe(59_100)
    expect(backoffDelay(1, p, 60_000)).toBe(60_000)
    let thrown: unknown
    try {
      backoffDelay(1, p, 3600_000)
    } catch (err) {
      thrown = err
    }
    // Not a NetworkError, so ZenodoClient.call passes it straight up instead of retrying.
    expect(thrown).toBeInstanceOf(RateLimitWaitError)
    expect(thrown).not.toBeInstanceOf(NetworkError)
    const e = thrown as RateLimitWaitError
    expect(e.name).toBe('RateLimitWaitError')
    expect(e.message).toMatch(/Retry-After 1 h 0 min/)
    expect(e.message).toMatch(/waits at most 1 min 0 s/)
    expect(e.message).toMatch(/Re-run the workflow later/)
    expect(e.message).toMatch(/lower the concurrency input/)
    // The default bound is the knob's default, 300 s.
    expect(() => backoffDelay(1, DEFAULT_RETRY, 301_000)).toThrow(RateLimitWaitError)
    expect(backoffDelay(1, DEFAULT_RETRY, 299_000)).toBe(299_100)
  })
})

describe('RateLimiter', () => {
  it('waits for the reset when the window is spent, counting requests in flight', async () => {
    // Epoch ms: X-RateLimit-Reset is epoch seconds.
    let now = 1_000_000_000_000
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

  it('fails at once, without sleeping, when the window resets later than maxWaitMs', async () => {
    const now = 1_000_000_000_000
    const waits: number[] = []
    const limiter = new RateLimiter(
      (ms) => waits.push(ms),
      () => now,
      async () => {
        throw new Error('should not sleep')
      },
      300_000
    )
    await limiter.acquire()
    limiter.release({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(now / 1000 + 86_400),
      'x-ratelimit-limit': '100'
    })
    const err = await limiter.acquire().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RateLimitWaitError)
    expect(err).not.toBeInstanceOf(NetworkError)
    expect((err as RateLimitWaitError).waitMs).toBe(86_400_000)
    expect((err as Error).message).toMatch(/resets only in 24 h 0 min/)
    expect((err as Error).message).toMatch(/waits at most 5 min 0 s/)
    expect((err as Error).message).toMatch(/Re-run the workflow later.*lower the concurrency input/)
    expect(waits).toEqual([])
  })

  it('still waits for a window that frees up within maxWaitMs', async () => {
    let now = 1_000_000_000_000
    const limiter = new RateLimiter(
      undefined,
      () => now,
      async (ms) => {
        now += ms
      },
      300_000
    )
    await limiter.acquire()
    limiter.release({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 299) })
    const before = now
    await limiter.acquire()
    expect(now - before).toBeGreaterThanOrEqual(299_000)
  })

  it('ignores a late answer whose window has already reset', async () => {
    let now = 1_000_000_000_000
    const limiter = new RateLimiter(
      undefined,
      () => now,
      async () => {
        throw new Error('should not sleep')
      }
    )
    // A long upload goes out in a window that resets in 60 s ...
    await limiter.acquire()
    const oldWindow = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 60) }
    // ... and its answer arrives two minutes later, after that reset.
    now += 120_000
    limiter.release(oldWindow)
    expect(limiter.snapshot().remaining).toBeUndefined()
    for (let i = 0; i < 3; i++) await limiter.acquire()
  })

  it('ignores a late answer from an older window than the one it knows', async () => {
    let now = 1_000_000_000_000
    const limiter = new RateLimiter(
      undefined,
      () => now,
      async () => {
        throw new Error('should not sleep')
      }
    )
    const upload = await limiter.acquire()
    const oldWindow = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 90) }
    now += 30_000
    // A quick request in the newer window, answered first.
    await limiter.acquire()
    limiter.release({ 'x-ratelimit-remaining': '50', 'x-ratelimit-reset': String(now / 1000 + 120) })
    // The upload's answer: still in the future, but older than the window above.
    limiter.release(oldWindow, upload)
    expect(limiter.snapshot()).toMatchObject({ remaining: 50, resetAt: now + 120_000 })
    for (let i = 0; i < 5; i++) await limiter.acquire()
  })

  it('keeps the lowest remaining count within one window, whatever order answers come in', () => {
    const now = 1_000_000_000_000
    const limiter = new RateLimiter(undefined, () => now)
    const reset = String(now / 1000 + 60)
    limiter.update({ 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': reset })
    limiter.update({ 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': reset })
    expect(limiter.snapshot().remaining).toBe(3)
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

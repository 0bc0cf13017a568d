// The one bound on every pause Zenodo asks for (ZENODO_UPLOAD_MAX_WAIT_MS), as connect() wires it:
// a Retry-After or a window reset beyond it fails the call at once, after one request, unretried.

import { afterEach, describe, expect, it } from '@jest/globals'
import { connect, type Connection } from '../src/zenodo/connect.js'
import { RateLimitWaitError } from '../src/zenodo/rate-limiter.js'
import { startFakeZenodo, type FakeZenodo } from './support/fake-zenodo.js'

const LIST = '/api/deposit/depositions'
const closers: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

async function setUp(maxWaitMs: number): Promise<{ fake: FakeZenodo; conn: Connection; log: string[] }> {
  const fake = await startFakeZenodo()
  closers.push(() => fake.close())
  const log: string[] = []
  const conn = connect(
    fake.url,
    'owner-token',
    { ZENODO_UPLOAD_MAX_WAIT_MS: String(maxWaitMs), ZENODO_UPLOAD_RETRY_BASE_MS: '1' },
    { info: (m) => log.push(m), warning: (m) => log.push(m), debug: () => {} }
  )
  closers.push(() => conn.close())
  return { fake, conn, log }
}

const listed = (fake: FakeZenodo): number => fake.requests.filter((r) => r.path.startsWith(LIST)).length

describe('the bound on waits, through connect()', () => {
  it('fails at once on a 429 whose Retry-After is beyond the bound', async () => {
    const { fake, conn, log } = await setUp(2000)
    fake.addFault({
      method: 'GET',
      path: LIST,
      action: {
        kind: 'status',
        status: 429,
        body: '{"status":429,"message":"100 per 1 minute"}',
        headers: { 'Retry-After': '3600' }
      }
    })
    const started = Date.now()
    const err = await conn.api.listDepositions({}).catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(err).toBeInstanceOf(RateLimitWaitError)
    expect((err as Error).message).toMatch(/Retry-After 1 h 0 min, .*waits at most 2 s/)
    expect(listed(fake)).toBe(1)
    expect(log.join('\n')).not.toMatch(/retrying/)
  }, 5000)

  it('waits out a Retry-After within the bound, then succeeds', async () => {
    const { fake, conn } = await setUp(2000)
    fake.addFault({
      method: 'GET',
      path: LIST,
      action: { kind: 'status', status: 429, headers: { 'Retry-After': '1' } }
    })
    const started = Date.now()
    await expect(conn.api.listDepositions({})).resolves.toEqual([])
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(listed(fake)).toBe(2)
  }, 5000)

  it('fails the next request at once when the window resets later than the bound', async () => {
    const { fake, conn, log } = await setUp(2000)
    // The answer spends the window, which frees up only in ten seconds: five times the bound.
    fake.addFault({
      method: 'GET',
      path: LIST,
      action: {
        kind: 'status',
        status: 200,
        body: '[]',
        headers: {
          'X-RateLimit-Limit': '100',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 10)
        }
      }
    })
    await expect(conn.api.listDepositions({})).resolves.toEqual([])
    const started = Date.now()
    const err = await conn.api.listDepositions({}).catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(err).toBeInstanceOf(RateLimitWaitError)
    expect((err as Error).message).toMatch(/window resets only in 1?\d s .*waits at most 2 s/)
    expect(listed(fake)).toBe(1)
    expect(log.join('\n')).not.toMatch(/pausing/)
  }, 5000)
})

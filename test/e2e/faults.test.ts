// End to end: the bundled action against the fake Zenodo with injected faults. Each test checks
// what the server holds afterwards (files and MD5s, one deposition, published only when every
// file verified), the exit code, the outputs and the retry lines in the log.

import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, promises as fsp, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { startFakeZenodo, type FakeZenodo, type FaultAction } from '../support/fake-zenodo.js'
import { type ActionRun } from '../support/run-action.js'
import { HttpTransport } from '../../src/zenodo/http.js'
import { RateLimiter } from '../../src/zenodo/rate-limiter.js'
import {
  closeAll,
  expectHolds,
  expectHygiene,
  filesOutput,
  md5,
  randomFile,
  retryLines,
  scenario,
  TOKEN
} from './faults-harness.js'

// Whole runs, some with tens of MiB and deliberate waits.
const SLOW = 120_000

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
const NGINX_504 =
  '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

const CREATE = '/api/deposit/depositions'
const DEPOSITION = /^\/api\/deposit\/depositions\/\d+$/
const PUBLISH = /\/actions\/publish$/

afterEach(closeAll)

/** The log a user sees without step debugging. */
function visible(run: { stdout: string }): string {
  return run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::debug::'))
    .join('\n')
}

describe('transient server errors are retried', () => {
  it(
    'retries a 503 on create and makes exactly one deposition',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n', 'b.txt': 'bravo\n' },
        faults: [
          {
            method: 'POST',
            path: CREATE,
            action: {
              kind: 'status',
              status: 503,
              body: JSON.stringify({ status: 503, message: 'Service Unavailable' }),
              // Zenodo sends Retry-After on every answer; off a 429 it must not set the pace.
              headers: {
                'Retry-After': '60',
                'X-RateLimit-Limit': '100',
                'X-RateLimit-Remaining': '99',
                'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 60)
              }
            }
          }
        ]
      })
      expect({ code: run.code, errors: run.errors }).toEqual({ code: 0, errors: [] })
      const id = expectHolds(fake, md5s)
      expect(fake.requests.filter((r) => r.method === 'POST' && r.path === CREATE)).toHaveLength(2)
      const lines = retryLines(run)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/Creating a deposition failed \(HTTP 503\); retrying in 0\.\d s \(attempt 2 of \d+\)/)
      expect(run.outputs).toMatchObject({ 'deposition-id': String(id), state: 'draft' })
      expect(filesOutput(run)).toEqual(md5s)
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'retries a 500 and then a reset mid-body on a large upload; the file arrives intact',
    async () => {
      const big = randomFile(24 * 2 ** 20)
      const { run, fake, md5s } = await scenario({
        files: { 'big.bin': big, 'small.txt': 'small\n' },
        faults: [
          { method: 'PUT', path: '/big.bin', action: { kind: 'status', status: 500 } },
          { method: 'PUT', path: '/big.bin', action: { kind: 'reset-mid-body', afterBytes: 8 * 2 ** 20 } }
        ]
      })
      expect(run.code).toBe(0)
      const id = expectHolds(fake, md5s)
      const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/big.bin'))
      expect(puts.map((r) => r.status)).toEqual([500, 0, 201])
      const lines = retryLines(run)
      expect(lines).toHaveLength(2)
      expect(lines[0]).toMatch(/Uploading 'big\.bin' failed \(HTTP 500\); retrying in [\d.]+ s \(attempt 2 of \d+\)/)
      expect(lines[1]).toMatch(
        /Uploading 'big\.bin' failed \(the connection was reset\); retrying in [\d.]+ s \(attempt 3 of \d+\)/
      )
      expect(fake.fileBytes(id, 'big.bin')?.equals(big)).toBe(true)
      expect(filesOutput(run)).toEqual(md5s)
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'waits out a 429 for as long as Retry-After says, then succeeds',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n', 'b.txt': 'bravo\n' },
        inputs: { concurrency: '1' },
        faults: [
          {
            method: 'PUT',
            path: '/a.txt',
            action: {
              kind: 'status',
              status: 429,
              body: JSON.stringify({ status: 429, message: '100 per 1 minute' }),
              headers: {
                'Retry-After': '1',
                'X-RateLimit-Limit': '100',
                'X-RateLimit-Remaining': '0',
                'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 1)
              }
            }
          }
        ]
      })
      expect(run.code).toBe(0)
      expectHolds(fake, md5s)
      const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/a.txt'))
      expect(puts.map((r) => r.status)).toEqual([429, 201])
      // Retry-After is 1 s: allow for clock granularity, never an upper bound.
      expect(puts[1].at - puts[0].at).toBeGreaterThanOrEqual(950)
      const lines = retryLines(run)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/Uploading 'a\.txt' failed \(HTTP 429\); retrying in 1\.\d s/)
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'retries nginx HTML 502/504 pages on uploads and reads without choking on them',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n', 'b.txt': 'bravo\n' },
        faults: [
          {
            method: 'GET',
            path: CREATE,
            action: { kind: 'status', status: 502, body: NGINX_502, contentType: 'text/html' }
          },
          {
            method: 'PUT',
            path: '/a.txt',
            action: { kind: 'status', status: 502, body: NGINX_502, contentType: 'text/html' }
          },
          {
            method: 'PUT',
            path: '/b.txt',
            action: { kind: 'status', status: 504, body: NGINX_504, contentType: 'text/html' }
          },
          {
            method: 'GET',
            path: DEPOSITION,
            action: { kind: 'status', status: 504, body: NGINX_504, contentType: 'text/html' }
          }
        ]
      })
      expect(run.code).toBe(0)
      expectHolds(fake, md5s)
      const lines = retryLines(run)
      expect(lines).toHaveLength(4)
      expect(
        lines.filter((l) => /Listing your depositions failed \(HTTP 502 \(HTML error page\)\)/.test(l))
      ).toHaveLength(1)
      expect(lines.filter((l) => /Uploading 'a\.txt' failed \(HTTP 502 \(HTML error page\)\)/.test(l))).toHaveLength(1)
      expect(lines.filter((l) => /Uploading 'b\.txt' failed \(HTTP 504 \(HTML error page\)\)/.test(l))).toHaveLength(1)
      expect(
        lines.filter((l) => /Reading deposition \d+ failed \(HTTP 504 \(HTML error page\)\)/.test(l))
      ).toHaveLength(1)
      expect(visible(run)).not.toMatch(/not JSON|Unexpected token|SyntaxError|<html>/)
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'names the gateway page sensibly when the HTML 502s never stop',
    async () => {
      const { run, fake } = await scenario({
        files: { 'a.txt': 'alpha\n' },
        faults: [
          {
            method: 'PUT',
            path: '/a.txt',
            times: Infinity,
            action: { kind: 'status', status: 502, body: NGINX_502, contentType: 'text/html' }
          }
        ]
      })
      expect(run.code).toBe(1)
      const attempts = fake.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/files/')).length
      expect(retryLines(run)).toHaveLength(attempts - 1)
      expect(run.errors.join('\n')).toMatch(
        /Zenodo refused uploading 'a\.txt' \(HTTP 502: an HTML error page \(gateway\)\)/
      )
      // The raw page may appear in debug output only.
      expect(visible(run)).not.toMatch(/not JSON|Unexpected token|SyntaxError|<html>/)
      // The draft stays, empty, and the outputs point at it.
      expect(fake.depositions()).toHaveLength(1)
      expect(fake.depositions()[0].files).toEqual([])
      expect(run.outputs).toMatchObject({ 'deposition-id': String(fake.depositions()[0].id), state: 'draft' })
      expectHygiene(run, fake)
    },
    SLOW
  )
})

describe('ambiguous failures of requests that are not safe to repeat', () => {
  /**
   * A publish that meets one fault on the way: the record ends up published exactly once, holding
   * the files, and the outputs say so. Each case adds what the log and the request list must show.
   */
  interface PublishCase {
    name: string
    action: FaultAction
    env?: Record<string, string>
    check: (run: ActionRun, fake: FakeZenodo, id: number, md5s: Record<string, string>) => void
  }
  const publishes = (fake: FakeZenodo) => fake.requests.filter((r) => PUBLISH.test(r.path))
  const publishCases: PublishCase[] = [
    {
      name: 'does not publish twice when a publish that went through answered 504',
      action: { kind: 'status-after', status: 504, body: NGINX_504, contentType: 'text/html' },
      check: (run, fake, id, md5s) => {
        expect(fake.requests.filter((r) => r.method === 'POST' && PUBLISH.test(r.path))).toHaveLength(1)
        expect(run.stdout).toMatch(
          /Publishing deposition \d+: HTTP 504 \(HTML error page\), but it had taken effect; carrying on\./
        )
        expect(run.outputs.doi).toBe(`10.5281/zenodo.${id}`)
        expect(filesOutput(run)).toEqual(md5s)
      }
    },
    {
      name: 'publishes once when the connection resets after a publish that went through',
      action: { kind: 'reset-after-processing' },
      check: (_run, fake) => {
        expect(publishes(fake)).toHaveLength(1)
      }
    },
    {
      name: 'publishes again when a 504 came before the publish took effect',
      action: { kind: 'status', status: 504, body: NGINX_504, contentType: 'text/html' },
      check: (run, fake) => {
        expect(publishes(fake).map((r) => r.status)).toEqual([504, 202])
        expect(retryLines(run)).toHaveLength(1)
      }
    },
    {
      // The client gives up at 1.5 s and finds nothing published; the server publishes at 2.5 s;
      // the retry comes after a backoff of 1.5-3 s and meets a published record.
      name: 'does not fail when a publish it gave up on lands before the retry',
      action: { kind: 'delay', ms: 2500 },
      env: { ZENODO_UPLOAD_IDLE_TIMEOUT_MS: '1500', ZENODO_UPLOAD_RETRY_BASE_MS: '3000' },
      check: (run) => {
        expect(run.stdout).toMatch(
          // The client waits out its backoff before it looks, so it usually sees the publish land;
          // if not, the refused retry (404) makes it look again.
          /Publishing deposition \d+: .*, but (it|an earlier attempt) had taken effect; carrying on\./
        )
      }
    }
  ]
  it.each(publishCases)(
    '$name',
    async ({ action, env, check }) => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n' },
        inputs: { publish: 'true' },
        env,
        faults: [{ method: 'POST', path: PUBLISH, action }]
      })
      expect({ code: run.code, errors: run.errors }).toEqual({ code: 0, errors: [] })
      const id = expectHolds(fake, md5s)
      expect(fake.deposition(id)?.published).toBe(true)
      expect(run.outputs).toMatchObject({ 'deposition-id': String(id), state: 'published' })
      check(run, fake, id, md5s)
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'finds the draft a create made before its connection reset, instead of making another',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n' },
        faults: [{ method: 'POST', path: CREATE, action: { kind: 'reset-after-processing' } }]
      })
      expect(run.code).toBe(0)
      const id = expectHolds(fake, md5s)
      expect(fake.requests.filter((r) => r.method === 'POST' && r.path === CREATE)).toHaveLength(1)
      expect(run.stdout).toMatch(
        /Creating a deposition: the connection was reset, but it had taken effect; carrying on\./
      )
      expect(run.outputs).toMatchObject({ 'deposition-id': String(id), state: 'draft' })
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'sends a file again when the connection resets after the server stored it',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n', 'b.bin': randomFile(2 * 2 ** 20) },
        inputs: { publish: 'true' },
        faults: [{ method: 'PUT', path: '/b.bin', action: { kind: 'reset-after-processing' } }]
      })
      expect(run.code).toBe(0)
      const id = expectHolds(fake, md5s)
      expect(fake.deposition(id)?.published).toBe(true)
      expect(fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/b.bin'))).toHaveLength(2)
      expect(retryLines(run)).toHaveLength(1)
      expectHygiene(run, fake)
    },
    SLOW
  )
})

describe('checksums', () => {
  it(
    'gives up after 3 corrupt copies, deletes the corrupt file and does not publish',
    async () => {
      const bad = randomFile(256 * 1024)
      const corrupt = Buffer.from(bad)
      corrupt[0] ^= 0xff
      const { run, fake, md5s } = await scenario({
        files: { 'good.txt': 'good\n', 'bad.bin': bad },
        inputs: { publish: 'true' },
        faults: [{ method: 'PUT', path: '/bad.bin', times: Infinity, action: { kind: 'wrong-checksum' } }]
      })
      expect(run.code).toBe(1)
      const id = expectHolds(fake, { 'good.txt': md5s['good.txt'] })
      expect(fake.deposition(id)?.published).toBe(false)
      expect(fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/bad.bin'))).toHaveLength(3)
      expect(fake.requests.filter((r) => r.method === 'DELETE' && r.path.endsWith('/bad.bin'))).toHaveLength(1)
      expect(fake.requests.some((r) => PUBLISH.test(r.path))).toBe(false)
      const error = run.errors.join('\n')
      expect(error).toContain('bad.bin')
      expect(error).toContain(md5s['bad.bin'])
      expect(error).toContain(md5(corrupt))
      // Two re-uploads announced, each saying why.
      const again = run.stdout
        .split('\n')
        .filter((l) => /'bad\.bin': the MD5 .* Uploading it again \(attempt \d of 3\)/.test(l))
      expect(again).toHaveLength(2)
      expect(run.outputs).toMatchObject({ 'deposition-id': String(id), state: 'draft' })
      expect(filesOutput(run)).toEqual({ 'good.txt': md5s['good.txt'] })
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'still removes the corrupt copy when its DELETE is reset after it worked',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'good.txt': 'good\n', 'bad.bin': randomFile(64 * 1024) },
        faults: [
          { method: 'PUT', path: '/bad.bin', times: Infinity, action: { kind: 'wrong-checksum' } },
          { method: 'DELETE', path: '/bad.bin', action: { kind: 'reset-after-processing' } }
        ]
      })
      expect(run.code).toBe(1)
      const id = expectHolds(fake, { 'good.txt': md5s['good.txt'] })
      // The retried DELETE finds nothing: that is success, not a second error.
      expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([0, 404])
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(
        /'bad\.bin': the MD5 Zenodo computed .* after 3 attempts\. The corrupt copy was deleted/
      )
      expect(run.outputs).toMatchObject({ 'deposition-id': String(id), state: 'draft' })
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'uploads again after one corrupt copy and publishes',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n', 'data.bin': randomFile(300 * 1024) },
        inputs: { publish: 'true' },
        faults: [{ method: 'PUT', path: '/data.bin', action: { kind: 'wrong-checksum' } }]
      })
      expect(run.code).toBe(0)
      const id = expectHolds(fake, md5s)
      expect(fake.deposition(id)?.published).toBe(true)
      expect(fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/data.bin'))).toHaveLength(2)
      expect(run.stdout).toMatch(/'data\.bin': the MD5 .* Uploading it again \(attempt 2 of 3\)/)
      expect(run.outputs).toMatchObject({ 'deposition-id': String(id), state: 'published' })
      expect(filesOutput(run)).toEqual(md5s)
      expectHygiene(run, fake)
    },
    SLOW
  )
})

describe('stalls and pacing', () => {
  it(
    'abandons a stalled upload after the idle timeout and sends it again',
    async () => {
      const big = randomFile(32 * 2 ** 20)
      const { run, fake, md5s } = await scenario({
        files: { 'stall.bin': big },
        env: { ZENODO_UPLOAD_IDLE_TIMEOUT_MS: '1500' },
        faults: [{ method: 'PUT', path: '/stall.bin', action: { kind: 'stall', ms: 4000, afterBytes: 2 ** 20 } }]
      })
      expect(run.code).toBe(0)
      const id = expectHolds(fake, md5s)
      expect(fake.fileBytes(id, 'stall.bin')?.equals(big)).toBe(true)
      const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/files/'))
      expect(puts).toHaveLength(2)
      const lines = retryLines(run)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(
        /Uploading 'stall\.bin' failed \(no data moved for 1\.5 s while sending the file\); retrying in/
      )
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'keeps to a tight rate limit: 30 files, at most 2 answers of 429',
    async () => {
      const files: Record<string, string> = {}
      for (let i = 0; i < 30; i++) files[`f${String(i).padStart(2, '0')}.txt`] = `file ${i}\n`
      const { run, fake, md5s } = await scenario({
        files,
        inputs: { concurrency: '3' },
        server: { rateLimit: { limit: 12, windowSeconds: 3 } }
      })
      expect(run.code).toBe(0)
      expectHolds(fake, md5s)
      expect(fake.requests.filter((r) => r.status === 429).length).toBeLessThanOrEqual(2)
      expect(filesOutput(run)).toEqual(md5s)
      expectHygiene(run, fake)
    },
    SLOW
  )
})

describe('errors that are not retried', () => {
  it(
    'does not retry a 403 on create and explains token and ownership',
    async () => {
      const { run, fake } = await scenario({
        files: { 'a.txt': 'alpha\n' },
        faults: [
          {
            method: 'POST',
            path: CREATE,
            action: {
              kind: 'status',
              status: 403,
              body: JSON.stringify({ status: 403, message: 'Permission denied.' })
            }
          }
        ]
      })
      expect(run.code).toBe(1)
      expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
      expect(fake.depositions()).toEqual([])
      expect(retryLines(run)).toEqual([])
      const error = run.errors.join('\n')
      expect(error).toMatch(/HTTP 403: Permission denied\./)
      expect(error).toMatch(/token/)
      expect(error).toMatch(/own/)
      expectHygiene(run, fake)
    },
    SLOW
  )

  it(
    'does not retry a 400 on publish: one line per field, draft kept, outputs set',
    async () => {
      const body = {
        status: 400,
        message: 'A validation error occurred.',
        errors: [
          { field: 'metadata.creators', messages: ['Missing data for required field.'] },
          { field: 'metadata.publication_date', messages: ['Not a valid date.'] }
        ]
      }
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n' },
        inputs: { publish: 'true' },
        faults: [{ method: 'POST', path: PUBLISH, action: { kind: 'status', status: 400, body: JSON.stringify(body) } }]
      })
      expect(run.code).toBe(1)
      const id = expectHolds(fake, md5s)
      expect(fake.deposition(id)?.published).toBe(false)
      expect(fake.requests.filter((r) => PUBLISH.test(r.path))).toHaveLength(1)
      expect(retryLines(run)).toEqual([])
      expect(run.errors).toHaveLength(1)
      const lines = run.errors[0].split('\n')
      expect(lines).toContain('metadata.creators: Missing data for required field.')
      expect(lines).toContain('metadata.publication_date: Not a valid date.')
      expect(run.outputs).toMatchObject({ 'deposition-id': String(id), state: 'draft' })
      expect(filesOutput(run)).toEqual(md5s)
      expectHygiene(run, fake)
    },
    SLOW
  )
})

describe('the token', () => {
  it(
    'is masked, never logged, only sent as a Bearer header, with a descriptive User-Agent',
    async () => {
      const { run, fake, md5s } = await scenario({
        files: { 'a.txt': 'alpha\n' },
        inputs: { publish: 'true' },
        env: { RUNNER_DEBUG: '1' },
        faults: [{ method: 'PUT', path: '/a.txt', action: { kind: 'status', status: 500 } }]
      })
      expect(run.code).toBe(0)
      expectHolds(fake, md5s)
      expect(run.stdout.split('\n')).toContain(`::add-mask::${TOKEN}`)
      expectHygiene(run, fake)
      for (const r of fake.requests) expect(r.headers['user-agent']).toContain('octo-org/dataset')
    },
    SLOW
  )
})

// The one race the bundle cannot be driven into: the server answers 201 (it has Content-Length
// bytes) before the client's file stream reports EOF. A FIFO holds EOF back at will.
describe.each(process.platform === 'win32' ? [] : ['fifo'])('the transport (%s)', () => {
  it('knows the MD5 it sent even when the answer comes before the end of the file', async () => {
    const fake = await startFakeZenodo()
    const transport = new HttpTransport({ token: TOKEN, userAgent: 'zenodo-upload/test', limiter: new RateLimiter() })
    const dir = mkdtempSync(path.join(tmpdir(), 'zu-fifo-'))
    try {
      const created = await transport.send({ method: 'POST', url: `${fake.url}/api/deposit/depositions`, json: {} })
      const bucket = (JSON.parse(created.body) as { links: { bucket: string } }).links.bucket
      const fifo = path.join(dir, 'a.txt')
      execFileSync('mkfifo', [fifo])
      // Over the small-file size, so it goes through the streaming path that waits for EOF.
      const payload = randomBytes(2 * 1024 * 1024 + 7)
      const sending = transport.send({
        method: 'PUT',
        url: `${bucket}/a.txt`,
        upload: { path: fifo, size: payload.length }
      })
      const writer = await fsp.open(fifo, 'w')
      await writer.write(payload)
      const answer = await sending
      await writer.close()
      expect(answer.status).toBe(201)
      expect(answer.sentMd5).toBe(md5(payload))
    } finally {
      transport.close()
      await fake.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

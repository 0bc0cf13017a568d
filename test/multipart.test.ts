// Multipart pieces one by one: part ranges, the shared limit, the once-per-run probe, the bounded
// wait for the MD5, parts read at their offset by the transport, and the adapter's parts in
// parallel within partConcurrency (against the fake's invenio flavor).

import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { InvenioRdmRepository } from '../src/repository/invenio-rdm.js'
import { Limit, MultipartProbe, partRange, planParts, sameOrigin, waitForMd5 } from '../src/repository/multipart.js'
import { HttpTransport, type SendOptions } from '../src/zenodo/http.js'
import { RateLimiter } from '../src/zenodo/rate-limiter.js'
import { startFakeZenodo, type FakeZenodo } from './support/fake-zenodo.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})
function tempFile(data: Buffer): { path: string; size: number; mtimeMs: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'zu-parts-'))
  dirs.push(dir)
  const file = path.join(dir, 'big.bin')
  writeFileSync(file, data)
  return { path: file, size: data.length, mtimeMs: statSync(file).mtimeMs }
}
const md5 = (b: Buffer): string => createHash('md5').update(b).digest('hex')
const quiet = { info: () => {}, warning: () => {}, debug: () => {} }

describe('helpers', () => {
  it('plans parts of at most the part size, the last taking the rest', () => {
    expect(planParts(10, 4)).toEqual({ parts: 3, partSize: 4 })
    expect([1, 2, 3].map((n) => partRange(n, 10, 4))).toEqual([
      { offset: 0, length: 4 },
      { offset: 4, length: 4 },
      { offset: 8, length: 2 }
    ])
  })

  it('sends the token to the server origin only', () => {
    expect(sameOrigin('http://127.0.0.1:80/api/x/content/1', 'http://127.0.0.1/api')).toBe(true)
    expect(sameOrigin('https://s3.example/b?X-Amz-Signature=1', 'https://zenodo.org/api')).toBe(false)
    expect(sameOrigin('http://localhost:5000/x', 'http://127.0.0.1:5000/api')).toBe(false)
  })

  it('keeps at most limit tasks in flight', async () => {
    const limit = new Limit(2)
    let active = 0
    let most = 0
    await Promise.all(
      Array.from({ length: 7 }, () =>
        limit.run(async () => {
          most = Math.max(most, ++active)
          await new Promise((r) => setTimeout(r, 5))
          active--
        })
      )
    )
    expect(most).toBe(2)
  })

  it('lets one caller probe while the others wait for its verdict; inconclusive lets the next probe', async () => {
    const probe = new MultipartProbe()
    expect(await probe.allowed()).toBe('probe')
    const waiting = probe.allowed()
    probe.settle(undefined)
    expect(await waiting).toBe('probe')
    const after = probe.allowed()
    probe.settle(false)
    expect(await after).toBe(false)
    expect(await probe.allowed()).toBe(false)
  })

  it('waits for the MD5 with backoff, bounded', async () => {
    const seen = ['multipart:abc-4', null, 'md5:0123']
    const delays: number[] = []
    const found = await waitForMd5(
      async () => seen.shift(),
      60_000,
      async (ms) => void delays.push(ms)
    )
    expect(found).toEqual({ md5: '0123', last: 'md5:0123' })
    expect(delays).toEqual([250, 500])
    const none = await waitForMd5(
      async () => null,
      30,
      (ms) => new Promise((r) => setTimeout(r, ms))
    )
    expect(none).toEqual({ last: null })
  })
})

describe('the transport sends a part from its offset', () => {
  let server: http.Server
  let url = ''
  const received: Array<{ body: Buffer; length: string | undefined; auth: string | undefined }> = []
  beforeEach(async () => {
    received.length = 0
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        received.push({
          body: Buffer.concat(chunks),
          length: req.headers['content-length'],
          auth: req.headers.authorization
        })
        res.end('{}')
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/part`
  })
  afterEach(() => new Promise<void>((r) => server.close(() => r())))

  it('reads exactly its bytes (small parts and ones over the streaming chunk), anonymous when asked', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 123)
    const file = tempFile(data)
    const transport = new HttpTransport({ token: 't', userAgent: 'test', limiter: new RateLimiter() })
    try {
      const ranges = [
        { offset: 0, length: 10 },
        { offset: 1024 * 1024, length: 1024 * 1024 + 7 },
        { offset: 3 * 1024 * 1024, length: 123 }
      ]
      for (const [i, part] of ranges.entries()) {
        const progress: number[] = []
        const opts: SendOptions = {
          method: 'PUT',
          url,
          anonymous: i === 2,
          upload: { ...file, part, onProgress: (n) => progress.push(n) }
        }
        const r = await transport.send(opts)
        const want = data.subarray(part.offset, part.offset + part.length)
        expect(r.sentMd5).toBe(md5(want))
        expect(received[i].body.equals(want)).toBe(true)
        expect(received[i].length).toBe(String(part.length))
        expect(received[i].auth).toBe(i === 2 ? undefined : 'Bearer t')
        expect(progress.at(-1)).toBe(part.length)
      }
    } finally {
      transport.close()
    }
  })
})

describe('the adapter', () => {
  let fake: FakeZenodo
  beforeEach(async () => {
    fake = await startFakeZenodo({ flavor: 'invenio', config: { multipartChecksumDelayMs: 50 } })
  })
  afterEach(() => fake.close())

  it('sends parts in parallel within partConcurrency and verifies the whole-file MD5', async () => {
    const data = randomBytes(10 * 64 * 1024 + 5)
    const file = { ...tempFile(data), name: 'big.bin', relativePath: 'big.bin' }
    const transport = new HttpTransport({ token: 'owner-token', userAgent: 'test', limiter: new RateLimiter() })
    let active = 0
    let most = 0
    const send = transport.send.bind(transport)
    transport.send = async (opts: SendOptions) => {
      if (!opts.upload?.part) return send(opts)
      most = Math.max(most, ++active)
      try {
        return await send(opts)
      } finally {
        active--
      }
    }
    const repo = new InvenioRdmRepository(fake.url, transport, quiet, {
      zenodo: false,
      publisherDefault: 'test',
      partConcurrency: 2,
      multipartBytes: 64 * 1024,
      checksumWaitMs: 5000
    })
    try {
      const draft = await repo.createDraft(
        { title: 'Parts test', upload_type: 'dataset', creators: [{ name: 'Doe, Jane' }] },
        async () => undefined
      )
      const progress: number[] = []
      const result = await repo.upload(draft, file, (n) => progress.push(n))
      expect(result).toEqual({ serverMd5: md5(data), localMd5: md5(data), size: data.length })
      expect(most).toBe(2)
      expect(progress.at(-1)).toBe(data.length)
      const parts = fake.requests.filter((r) => r.method === 'PUT' && /\/content\/\d+$/.test(r.path))
      expect(parts).toHaveLength(11)
      expect(fake.fileBytes(draft.id, 'big.bin')?.equals(data)).toBe(true)
    } finally {
      transport.close()
    }
  })
})

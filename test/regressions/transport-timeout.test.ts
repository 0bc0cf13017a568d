// Regression: after an upload's last byte, the size-scaled answer timeout applies, not the idle one.
import { describe, expect, it } from '@jest/globals'
import * as http from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { HttpTransport } from '../../src/zenodo/http.js'
import { RateLimiter } from '../../src/zenodo/rate-limiter.js'

describe('upload answer timeout', () => {
  it('waits answerMs (not idleMs) for the answer after the last byte of an upload', async () => {
    // Server reads the whole body, then takes 1.2 s to "checksum" before answering.
    const server = http.createServer((req, res) => {
      req.resume()
      req.on('end', () =>
        setTimeout(
          () => res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"checksum":"md5:x","size":3}'),
          1200
        )
      )
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    const dir = mkdtempSync(path.join(tmpdir(), 'rv-'))
    writeFileSync(path.join(dir, 'a.bin'), 'abc')
    const t = new HttpTransport({
      token: 't',
      userAgent: 'ua',
      limiter: new RateLimiter(),
      // 0.5 s without bytes moving = stall; but the server may take 3 s to answer after the upload.
      timeouts: { idleMs: 500, answerMs: 3000, perGiBMs: 0 }
    })
    try {
      const r = await t.send({
        method: 'PUT',
        url: `http://127.0.0.1:${port}/files/b/a.bin`,
        upload: { path: path.join(dir, 'a.bin'), size: 3 }
      })
      expect(r.status).toBe(201)
    } finally {
      t.close()
      server.close()
    }
  })
})

describe('local file problems', () => {
  it('are not retried: a vanished file fails at once with a LocalFileError', async () => {
    const { startFakeZenodo } = await import('../support/fake-zenodo.js')
    const { ZenodoClient } = await import('../../src/zenodo/client.js')
    const { LocalFileError } = await import('../../src/files/local-file.js')
    const fake = await startFakeZenodo()
    const t = new HttpTransport({ token: 'owner-token', userAgent: 'zenodo-upload/test', limiter: new RateLimiter() })
    const warnings: string[] = []
    const client = new ZenodoClient(
      fake.url,
      t,
      { info: () => {}, warning: (m) => warnings.push(m), debug: () => {} },
      { attempts: 4, baseDelayMs: 1, maxDelayMs: 2 }
    )
    try {
      const dep = await client.createDeposition({}, async () => undefined)
      const gone = path.join(mkdtempSync(path.join(tmpdir(), 'zu-gone-')), 'gone.bin')
      await expect(
        client.uploadFile(dep.id, dep.links.bucket!, { path: gone, name: 'gone.bin', size: 5 })
      ).rejects.toThrow(LocalFileError)
      expect(warnings).toEqual([])
      expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(0)
    } finally {
      t.close()
      await fake.close()
    }
  })
})

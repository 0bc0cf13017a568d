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

// Multipart (M) uploads on the native API, end to end through the bundled action: a stock
// InvenioRDM instance (parts allowed, the MD5 only after a background task) and Zenodo (parts
// refused with 403, zenodo/zenodo-rdm#1443). A small threshold through the env knob.
import { describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { META, inputsFor, useFakeZenodo } from '../support/e2e.js'
import type { FakeZenodo } from '../support/fake-zenodo.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const KIB = 1024
/** 256 KiB parts: a 600 KiB file goes in 3 parts, small files in one request. */
const ENV = { ZENODO_UPLOAD_MULTIPART_MIB: '0.25' }
const big = randomBytes(600 * KIB)
const md5 = (b: Buffer | string): string => createHash('md5').update(b).digest('hex')

const partPuts = (server: FakeZenodo, key = 'big.bin'): Array<{ path: string; status: number; auth?: string }> =>
  server.requests
    .filter((r) => r.method === 'PUT' && new RegExp(`/${key}/content/\\d+(\\?|$)`).test(r.path))
    .map((r) => ({ path: r.path, status: r.status, auth: r.headers.authorization }))

const singlePuts = (server: FakeZenodo): string[] =>
  server.requests.filter((r) => r.method === 'PUT' && /\/content$/.test(r.path)).map((r) => r.path)

async function checksums(server: FakeZenodo, id: string, published: boolean): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/api/records/${id}${published ? '' : '/draft'}/files`, {
    headers: { Authorization: 'Bearer owner-token' }
  })
  const body = (await res.json()) as { entries: Array<{ key: string; checksum: string }> }
  return Object.fromEntries(body.entries.map((e) => [e.key, e.checksum]))
}

describe('multipart on a stock InvenioRDM instance (api: auto)', () => {
  const server = useFakeZenodo({ flavor: 'invenio', config: { multipartChecksumDelayMs: 700 } })

  it('sends a large file in parallel parts and verifies it by the MD5 that appears later', async () => {
    const ws = makeWorkspace({ 'big.bin': big, 'small.txt': 'small' })
    const inputs = inputsFor(server(), { files: '*', publish: 'true', api: 'auto' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1', env: ENV })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('published')
    const init = server().requests.filter((r) => r.method === 'POST' && /\/draft\/files$/.test(r.path))
    expect(init).toHaveLength(2)
    expect(partPuts(server()).map((p) => p.path.replace(/^.*\/content\//, ''))).toEqual(
      expect.arrayContaining(['1', '2', '3'])
    )
    expect(partPuts(server())).toHaveLength(3)
    expect(partPuts(server()).every((p) => p.status === 200 && p.auth === 'Bearer owner-token')).toBe(true)
    // The small file went in one request; the large one never did.
    expect(singlePuts(server())).toHaveLength(1)
    expect(singlePuts(server())[0]).toMatch(/small\.txt\/content$/)
    // The MD5 was read back after the commit (the fake shows none for 700 ms).
    expect(
      server().requests.filter((r) => r.method === 'GET' && /\/draft\/files\/big\.bin$/.test(r.path)).length
    ).toBeGreaterThan(0)
    expect(run.stdout).toContain(`big.bin (600.0 KiB, md5 ${md5(big)})`)
    expect(await checksums(server(), run.outputs['deposition-id'], true)).toEqual({
      'big.bin': `md5:${md5(big)}`,
      'small.txt': `md5:${md5('small')}`
    })
    expect(server().fileBytes(run.outputs['deposition-id'], 'big.bin')?.equals(big)).toBe(true)
  })

  it('re-sends only the part that failed', async () => {
    server().addFault({
      method: 'PUT',
      path: /\/big\.bin\/content\/2$/,
      times: 1,
      action: { kind: 'status', status: 500 }
    })
    const ws = makeWorkspace({ 'big.bin': big })
    const run = await runAction(inputsFor(server(), { files: '*', publish: 'true', api: 'auto' }, META), {
      workspace: ws,
      ref: 'refs/tags/v1',
      env: ENV
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const puts = partPuts(server()).map((p) => `${p.path.replace(/^.*\/content\//, '')} ${p.status}`)
    expect(puts).toHaveLength(4)
    expect(puts.filter((p) => p.startsWith('2 '))).toEqual(['2 500', '2 200'])
    expect(puts.filter((p) => p.startsWith('1 ') || p.startsWith('3 '))).toHaveLength(2)
    // One entry, one commit: the file was never started over.
    expect(server().requests.filter((r) => r.method === 'POST' && /\/draft\/files$/.test(r.path))).toHaveLength(1)
    expect(server().requests.filter((r) => r.method === 'DELETE')).toHaveLength(0)
    expect(server().fileBytes(run.outputs['deposition-id'], 'big.bin')?.equals(big)).toBe(true)
  })

  it('sends no token to presigned part links on another host', async () => {
    // The same fake under another host name: another origin than server-url.
    const other = server().url.replace('127.0.0.1', 'localhost')
    server().configure({ multipartLinks: 'presigned', partsBaseUrl: other, multipartPendingChecksum: 'etag' })
    const ws = makeWorkspace({ 'big.bin': big })
    const run = await runAction(inputsFor(server(), { files: '*', publish: 'true', api: 'auto' }, META), {
      workspace: ws,
      ref: 'refs/tags/v1',
      env: ENV
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const parts = partPuts(server())
    expect(parts).toHaveLength(3)
    expect(parts.every((p) => p.path.includes('X-Signature=') && p.status === 200)).toBe(true)
    expect(parts.map((p) => p.auth)).toEqual([undefined, undefined, undefined])
    // Everything else still carried the token.
    const api = server().requests.filter((r) => !/\/content\/\d+/.test(r.path) && !r.path.startsWith('/__fake'))
    expect(api.every((r) => r.headers.authorization === 'Bearer owner-token')).toBe(true)
    expect(await checksums(server(), run.outputs['deposition-id'], true)).toEqual({ 'big.bin': `md5:${md5(big)}` })
  })

  it('fails without publishing when the MD5 never appears, and keeps the draft', async () => {
    server().configure({ multipartChecksumDelayMs: Infinity })
    const ws = makeWorkspace({ 'big.bin': big })
    const run = await runAction(inputsFor(server(), { files: '*', publish: 'true', api: 'auto' }, META), {
      workspace: ws,
      ref: 'refs/tags/v1',
      env: { ...ENV, ZENODO_UPLOAD_CHECKSUM_WAIT_MS: '1500' }
    })
    expect(run.code).toBe(1)
    expect(run.errors.join('\n')).toMatch(/'big\.bin' was uploaded in 3 parts, but the server had not computed its MD5/)
    expect(run.outputs.state).toBe('draft')
    expect(server().requests.some((r) => /\/actions\/publish$/.test(r.path))).toBe(false)
    const id = run.outputs['deposition-id']
    expect(server().record(id)).toBeDefined()
    // Polled with backoff, not hammered.
    const polls = server().requests.filter((r) => r.method === 'GET' && /\/draft\/files\/big\.bin$/.test(r.path))
    expect(polls.length).toBeGreaterThan(1)
    expect(polls.length).toBeLessThan(10)
  })
})

describe('multipart on Zenodo (api: rdm): parts refused with 403', () => {
  const server = useFakeZenodo({ flavor: 'zenodo' })

  it('probes once, then sends every file in one request', async () => {
    const other = randomBytes(300 * KIB)
    const ws = makeWorkspace({ 'big.bin': big, 'more.bin': other })
    const run = await runAction(
      inputsFor(server(), { files: '*.bin', publish: 'true', api: 'rdm', concurrency: '2' }, META),
      { workspace: ws, ref: 'refs/tags/v1', env: ENV }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/refused a multipart part upload \(HTTP 403\)/)
    const parts = server().requests.filter((r) => r.method === 'PUT' && /\/content\/\d+$/.test(r.path))
    expect(parts.map((r) => r.status)).toEqual([403])
    expect(parts[0].path).toMatch(/\/content\/1$/)
    expect(singlePuts(server()).map((p) => p.replace(/^.*\/files\//, ''))).toEqual(
      expect.arrayContaining(['big.bin/content', 'more.bin/content'])
    )
    expect(singlePuts(server())).toHaveLength(2)
    // The probe's entry was deleted before the file went in one request.
    expect(
      server().requests.filter((r) => r.method === 'DELETE' && /\/files\/(big|more)\.bin$/.test(r.path))
    ).toHaveLength(1)
    const id = run.outputs['deposition-id']
    expect(server().fileBytes(id, 'big.bin')?.equals(big)).toBe(true)
    expect(server().fileBytes(id, 'more.bin')?.equals(other)).toBe(true)
  })
})

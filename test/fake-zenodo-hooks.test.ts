// Tests of the fake Zenodo's search by related identifier, index lag, hold/release hooks, server
// clock and exact (Unicode) keys: the knobs client tests use to stage races and clock skew.
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { request, type IncomingHttpHeaders } from 'node:http'
import { startFakeZenodo, type FakeZenodo } from './support/fake-zenodo.js'

type Obj = Record<string, any>

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json: any
}

interface Req {
  token?: string | null
  json?: unknown
  body?: Buffer | string
  /** Aborts the request once this resolves (a client giving up). */
  abort?: Promise<unknown>
}

/** A raw HTTP call on a fresh connection (node:http sends exactly the headers we give it). */
async function call(z: FakeZenodo, method: string, path: string, r: Req = {}): Promise<Reply> {
  const url = new URL(path.startsWith('http') ? path : z.url + path)
  const headers: Record<string, string> = {}
  const token = r.token === undefined ? 'owner-token' : r.token
  if (token !== null) headers.Authorization = `Bearer ${token}`
  let body = r.body
  if (r.json !== undefined) {
    body = JSON.stringify(r.json)
    headers['Content-Type'] = 'application/json'
  }
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body))
  return await new Promise<Reply>((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: any
        try {
          json = JSON.parse(text)
        } catch {
          json = undefined
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    void r.abort?.then(() => req.destroy())
    req.end(body)
  })
}

const sleep = async (ms: number): Promise<void> => await new Promise((resolve) => setTimeout(resolve, ms))

const META = {
  title: 'A dataset',
  upload_type: 'dataset',
  description: 'Some description',
  creators: [{ name: 'Doe, Jane', affiliation: 'Somewhere' }]
}
const TREE = 'https://github.com/octo/repo/tree/v1.0.0'
const related = (identifier: string, relation = 'isSupplementTo'): Obj => ({
  ...META,
  related_identifiers: [{ identifier, relation }]
})

async function createDraft(z: FakeZenodo, metadata: Obj = META): Promise<Obj> {
  const r = await call(z, 'POST', '/api/deposit/depositions', { json: { metadata } })
  expect(r.status).toBe(201)
  return r.json
}

async function publishWith(z: FakeZenodo, metadata: Obj = META): Promise<Obj> {
  const dep = await createDraft(z, metadata)
  expect((await call(z, 'PUT', `${dep.links.bucket as string}/a.txt`, { body: 'a' })).status).toBe(201)
  const r = await call(z, 'POST', dep.links.publish)
  expect(r.status).toBe(202)
  return r.json
}

async function search(z: FakeZenodo, query: string): Promise<Reply> {
  return await call(z, 'GET', `/api/deposit/depositions?${query}`)
}

const q = (s: string): string => `q=${encodeURIComponent(s)}`
const ids = (r: Reply): number[] => (r.json as Obj[]).map((d) => d.id)

describe('fake Zenodo hooks', () => {
  let z: FakeZenodo
  beforeEach(async () => {
    z = await startFakeZenodo()
  })
  afterEach(async () => {
    await z.close()
  })

  describe('search by related identifier', () => {
    it('matches related.identifier and its native name exactly, in the current (draft) metadata', async () => {
      const a = await createDraft(z, related(TREE))
      await createDraft(z, related('https://github.com/octo/repo/tree/v2.0.0'))
      // An isAlternateIdentifier entry is stored as metadata.identifiers, not a related one.
      const alt = await createDraft(z, related(TREE, 'isAlternateIdentifier'))
      for (const field of ['related.identifier', 'metadata.related_identifiers.identifier']) {
        expect(ids(await search(z, q(`${field}:"${TREE}"`)))).toEqual([a.id])
      }
      // A keyword field: no prefix, case or escaping slack.
      expect(ids(await search(z, q(`related.identifier:"${TREE.toUpperCase()}"`)))).toEqual([])
      expect(ids(await search(z, q('related.identifier:"https://github.com/octo/repo"')))).toEqual([])
      expect(ids(await search(z, q(`related.identifier:${TREE.replace(/:/g, '\\:')}`)))).toEqual([a.id])
      expect(ids(await search(z, q(`alternate.identifier:"${TREE}"`)))).toEqual([alt.id])

      // An edit draft's metadata is what the index holds while it is open.
      const rec = await publishWith(z, related('https://example.org/old'))
      const old = q('related.identifier:"https://example.org/old"')
      expect(ids(await search(z, old))).toEqual([rec.id])
      expect((await call(z, 'POST', rec.links.edit)).status).toBe(201)
      expect((await call(z, 'PUT', rec.links.latest_draft, { json: { metadata: related(TREE) } })).status).toBe(200)
      expect(ids(await search(z, old))).toEqual([])
      expect(ids(await search(z, q(`related.identifier:"${TREE}"`)))).toEqual([rec.id, a.id])
    })

    it('ANDs terms (with or without AND) and only lists the caller’s own', async () => {
      const a = await publishWith(z, related(TREE))
      const b = await createDraft(z, related(TREE))
      const rel = `related.identifier:"${TREE}"`
      expect(ids(await search(z, q(`${rel} AND conceptrecid:${a.conceptrecid as string}`)))).toEqual([a.id])
      expect(ids(await search(z, q(`${rel} conceptrecid:${b.conceptrecid as string}`)))).toEqual([b.id])
      expect(ids(await search(z, q(`${rel} AND conceptrecid:1`)))).toEqual([])
      expect(ids(await search(z, q(`${rel} AND state:done`)))).toEqual([a.id])
      const other = await call(z, 'GET', `/api/deposit/depositions?${q(rel)}`, { token: 'other-token' })
      expect(other.json).toEqual([])
    })

    it('pages, sorts and applies allversions after filtering', async () => {
      const hits: number[] = []
      for (let i = 0; i < 7; i++) {
        hits.push((await createDraft(z, related(TREE))).id)
        await createDraft(z)
      }
      const rel = q(`related.identifier:"${TREE}"`)
      expect(ids(await search(z, `${rel}&size=3&page=1`))).toEqual(hits.slice().reverse().slice(0, 3))
      expect(ids(await search(z, `${rel}&size=3&page=3`))).toEqual([hits[0]])
      expect(ids(await search(z, `${rel}&size=3&page=4`))).toEqual([])
      expect(ids(await search(z, `${rel}&size=3&sort=oldest`))).toEqual(hits.slice(0, 3))
      expect(ids(await search(z, `${rel}&sort=newest&size=100`))).toEqual(hits.slice().reverse())
      // RDM checks sort against its options: the pre-2023 'mostrecent' is refused.
      const bad = await search(z, `${rel}&sort=mostrecent`)
      expect([bad.status, bad.json.errors]).toEqual([
        400,
        [{ field: 'sort', messages: ["Invalid sort option 'mostrecent'."] }]
      ])

      // A pending new version hides its published predecessor unless allversions is set.
      const v1 = await publishWith(z, related('https://example.org/v'))
      const v2 = (await call(z, 'POST', v1.links.newversion)).json
      const vq = q('related.identifier:"https://example.org/v"')
      expect(ids(await search(z, vq))).toEqual([v2.id])
      expect(ids(await search(z, `${vq}&allversions=true`))).toEqual([v2.id, v1.id])
      expect(ids(await search(z, `${vq}&allversions=true&size=1&page=2`))).toEqual([v1.id])
    })

    it('refuses a page that starts past the 10000-hit search window', async () => {
      await createDraft(z)
      const refused = { status: 400, message: 'Invalid querystring parameters.' }
      for (const args of ['size=1&page=10001', 'size=100&page=101', 'size=10000&page=2', 'size=3000&page=5']) {
        const r = await search(z, args)
        expect([args, r.status, r.json]).toEqual([args, 400, refused])
      }
      // A page starting inside the window is served (cut off at 10000 hits).
      for (const args of ['size=100&page=100', 'size=10000&page=1', 'size=3000&page=4', 'size=20000']) {
        expect([args, (await search(z, args)).status]).toEqual([args, 200])
      }
    })
  })

  describe('index lag', () => {
    const LAG = 1000

    it('a fresh draft is missing from the list (not from GET) until the lag has passed', async () => {
      await z.close()
      z = await startFakeZenodo({ indexLagMs: LAG })
      const t0 = Date.now()
      const dep = await createDraft(z, related(TREE))
      expect((await call(z, 'GET', dep.links.self)).status).toBe(200)
      const early = await search(z, q(`related.identifier:"${TREE}"`))
      expect(Date.now() - t0).toBeLessThan(LAG)
      expect(early.json).toEqual([])
      expect(await search(z, '')).toMatchObject({ json: [] })
      await sleep(LAG + 50)
      expect(ids(await search(z, q(`related.identifier:"${TREE}"`)))).toEqual([dep.id])
    })

    it('serves the previous indexed view of a change (publish, edit, update, delete) until the lag passed', async () => {
      const seeded = await z.seedPublished({ metadata: META, files: [{ key: 'a.txt', content: 'a' }] })
      const draft = await createDraft(z, { ...META, title: 'Before' })
      z.setIndexLag(LAG)
      // Existing state counts as indexed long ago.
      expect(ids(await search(z, ''))).toEqual([draft.id, seeded.id])

      const t0 = Date.now()
      expect((await call(z, 'POST', `/api/deposit/depositions/${seeded.id}/actions/edit`)).status).toBe(201)
      expect((await call(z, 'PUT', draft.links.self, { json: { metadata: { ...META, title: 'After' } } })).status).toBe(
        200
      )
      const view = async (): Promise<Obj[]> => (await search(z, '')).json
      let listed = await view()
      expect(Date.now() - t0).toBeLessThan(LAG)
      expect(listed.map((d) => [d.id, d.title, d.state])).toEqual([
        [draft.id, 'Before', 'unsubmitted'],
        [seeded.id, 'A dataset', 'done']
      ])
      expect(ids(await search(z, q('title:"After"')))).toEqual([])
      // GET of one deposition is never lagged.
      expect((await call(z, 'GET', `/api/deposit/depositions/${seeded.id}`)).json.state).toBe('inprogress')
      await sleep(LAG + 50)
      listed = await view()
      expect(listed.map((d) => [d.id, d.title, d.state, d.submitted])).toEqual([
        [draft.id, 'After', 'unsubmitted', false],
        [seeded.id, 'A dataset', 'inprogress', true]
      ])

      // Discard of the edit draft and delete of the new draft: still listed as before.
      const t1 = Date.now()
      expect((await call(z, 'POST', `/api/deposit/depositions/${seeded.id}/actions/discard`)).status).toBe(204)
      expect((await call(z, 'DELETE', draft.links.self)).status).toBe(204)
      expect((await call(z, 'GET', draft.links.self)).status).toBe(404)
      listed = await view()
      expect(Date.now() - t1).toBeLessThan(LAG)
      expect(listed.map((d) => [d.id, d.state])).toEqual([
        [draft.id, 'unsubmitted'],
        [seeded.id, 'inprogress']
      ])
      await sleep(LAG + 50)
      expect((await view()).map((d) => [d.id, d.state])).toEqual([[seeded.id, 'done']])
    })

    it('a publish and a new version show up late too; setIndexLag(0) is live again', async () => {
      const draft = await createDraft(z)
      z.setIndexLag(LAG)
      expect((await call(z, 'PUT', `${draft.links.bucket as string}/a.txt`, { body: 'a' })).status).toBe(201)
      const rec = (await call(z, 'POST', draft.links.publish)).json
      expect((await search(z, '')).json.map((d: Obj) => d.state)).toEqual(['unsubmitted'])
      await sleep(LAG + 50)
      expect((await search(z, '')).json.map((d: Obj) => d.state)).toEqual(['done'])
      const next = (await call(z, 'POST', rec.links.newversion)).json
      // The record is still the concept's latest in the index; the new draft is not there yet.
      expect(ids(await search(z, 'allversions=true'))).toEqual([rec.id])
      expect(ids(await search(z, ''))).toEqual([rec.id])
      z.setIndexLag(0)
      expect(ids(await search(z, ''))).toEqual([next.id])
      expect(() => z.setIndexLag(-1)).toThrow(RangeError)
    })
  })

  describe('hold and release', () => {
    it("'before' pauses a request before anything is done; other requests go on", async () => {
      const dep = await createDraft(z)
      const bucket = dep.links.bucket as string
      const h = z.hold({ method: 'PUT', path: '/a.txt' })
      const upload = call(z, 'PUT', `${bucket}/a.txt`, { body: 'hello' })
      const entry = await h.arrived
      expect([entry.method, entry.status, entry.bodyBytes]).toEqual(['PUT', 0, 0])
      expect(h.held).toEqual([entry])
      // Not processed, and the server is not blocked: another upload goes through meanwhile.
      expect(z.deposition(dep.id)?.files).toEqual([])
      expect((await call(z, 'PUT', `${bucket}/b.txt`, { body: 'other' })).status).toBe(201)
      h.release()
      const r = await upload
      expect([r.status, r.json.key]).toEqual([201, 'a.txt'])
      expect(z.fileBytes(dep.id, 'a.txt')?.toString()).toBe('hello')
      // A hold catches `times` requests (default 1), then lets others pass.
      expect((await call(z, 'PUT', `${bucket}/a.txt`, { body: 'again' })).status).toBe(201)
    })

    it("'after' processes the request and holds only its answer", async () => {
      const dep = await createDraft(z)
      expect((await call(z, 'PUT', `${dep.links.bucket as string}/a.txt`, { body: 'a' })).status).toBe(201)
      const h = z.hold({ path: /\/actions\/publish$/, phase: 'after' })
      let answered = false
      const publish = call(z, 'POST', dep.links.publish).then((r) => {
        answered = true
        return r
      })
      const entry = await h.arrived
      expect(entry.status).toBe(0)
      expect(z.deposition(dep.id)?.state).toBe('done')
      await sleep(50)
      expect(answered).toBe(false)
      h.release()
      const r = await publish
      expect([r.status, r.json.state, entry.status]).toEqual([202, 'done', 202])
    })

    it('times, method filter, releaseAll, and a client that gives up while held', async () => {
      const dep = await createDraft(z)
      const h = z.hold({ method: 'GET', path: `/depositions/${dep.id as number}`, times: 2 })
      const first = call(z, 'GET', dep.links.self)
      const second = call(z, 'GET', dep.links.self)
      await h.arrived
      while (h.held.length < 2) await sleep(5)
      expect((await call(z, 'GET', dep.links.self)).status).toBe(200)
      expect((await call(z, 'PUT', dep.links.self, { json: { metadata: META } })).status).toBe(200)
      z.releaseAll()
      expect([(await first).status, (await second).status]).toEqual([200, 200])

      const giveUp = z.hold({ method: 'DELETE' })
      let abort!: () => void
      const gone = call(z, 'DELETE', dep.links.self, { abort: new Promise<void>((resolve) => (abort = resolve)) })
      await giveUp.arrived
      abort()
      await expect(gone).rejects.toThrow()
      await sleep(20)
      giveUp.release()
      await sleep(20)
      // The abandoned DELETE was never processed.
      expect(z.deposition(dep.id)).toBeDefined()
      expect((await call(z, 'GET', dep.links.self)).status).toBe(200)
    })

    it('close() releases held requests, so nothing hangs', async () => {
      const own = await startFakeZenodo()
      const h = own.hold({})
      const pending = call(own, 'GET', '/api/deposit/depositions').then(
        (r) => r.status,
        () => 'reset'
      )
      await h.arrived
      await own.close()
      expect(['reset', 200]).toContain(await pending)
    })
  })

  describe('server clock', () => {
    const OFFSET = 10 * 86400e3 + 1234

    it('stamps created/modified and the Date header with Date.now() + offset', async () => {
      await z.close()
      z = await startFakeZenodo({ clockOffsetMs: OFFSET, rateLimit: { limit: 2, windowSeconds: 60 } })
      const near = (ms: number, slack = 2000): void => {
        expect(Math.abs(ms - (Date.now() + OFFSET))).toBeLessThan(slack)
      }
      expect(Math.abs(z.now() - Date.now() - OFFSET)).toBeLessThan(50)
      const r = await call(z, 'POST', '/api/deposit/depositions', { json: { metadata: META } })
      const date = r.headers.date as string
      expect(date).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/)
      near(Date.parse(date))
      // Zenodo's timestamps: ISO 8601 with sub-second digits and +00:00.
      expect(r.json.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/)
      expect(r.json.modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/)
      near(Date.parse(r.json.created), 100)
      expect(r.json.metadata.publication_date).toBe(new Date(Date.now() + OFFSET).toISOString().slice(0, 10))
      const put = await call(z, 'PUT', `${r.json.links.bucket as string}/a.txt`, { body: 'a' })
      near(Date.parse(put.json.created), 100)
      near(Date.parse(put.headers.date as string))
      // The rate-limit reset is on the same clock as the Date header.
      const reset = Number(put.headers['x-ratelimit-reset']) * 1000
      expect(reset - Date.parse(put.headers.date as string)).toBeGreaterThan(55e3)
      expect(reset - Date.parse(put.headers.date as string)).toBeLessThanOrEqual(61e3)

      // A 429 and a fault answer carry it as well; so does a file download.
      const limited = await call(z, 'GET', '/api/deposit/depositions')
      expect(limited.status).toBe(429)
      near(Date.parse(limited.headers.date as string))
      z.addFault({ action: { kind: 'status', status: 503 } })
      const fault = await call(z, 'GET', '/api/deposit/depositions')
      expect(fault.status).toBe(503)
      near(Date.parse(fault.headers.date as string))

      z.setClockOffset(-OFFSET)
      const back = await call(z, 'GET', '/__fake/state', { token: null })
      expect(Math.abs(Date.parse(back.headers.date as string) - (Date.now() - OFFSET))).toBeLessThan(2000)
      expect(() => z.setClockOffset(Number.NaN)).toThrow(RangeError)
    })

    it('file downloads and redirects send the Date header too', async () => {
      z.setClockOffset(-OFFSET)
      const rec = await z.seedPublished({ metadata: META, files: [{ key: 'a.txt', content: 'abc' }] })
      const dl = await call(z, 'GET', `${rec.bucketUrl}/a.txt`)
      expect([dl.status, dl.text]).toEqual([200, 'abc'])
      expect(Math.abs(Date.parse(dl.headers.date as string) - (Date.now() - OFFSET))).toBeLessThan(2000)
      const redirect = await call(z, 'GET', `/api/records/${rec.conceptrecid}`, { token: null })
      expect(redirect.status).toBe(302)
      expect(Math.abs(Date.parse(redirect.headers.date as string) - (Date.now() - OFFSET))).toBeLessThan(2000)
    })
  })

  describe('edit drafts in search', () => {
    it('list the record as inprogress/submitted while the edit draft is open', async () => {
      const rec = await publishWith(z)
      const listed = async (): Promise<unknown[]> =>
        (await search(z, 'allversions=true')).json.map((d: Obj) => [d.id, d.state, d.submitted])
      expect(await listed()).toEqual([[rec.id, 'done', true]])
      expect((await call(z, 'POST', rec.links.edit)).status).toBe(201)
      expect(await listed()).toEqual([[rec.id, 'inprogress', true]])
      expect(ids(await search(z, q('state:inprogress')))).toEqual([rec.id])
      expect((await call(z, 'POST', rec.links.discard)).status).toBe(204)
      expect(await listed()).toEqual([[rec.id, 'done', true]])
    })
  })

  describe('exact keys', () => {
    const NFC = 'café.txt'.normalize('NFC')
    const NFD = 'café.txt'.normalize('NFD')

    it('stores an NFD key as sent, apart from its NFC twin; DELETE of the encoded NFD key', async () => {
      expect(NFC).not.toBe(NFD)
      const dep = await createDraft(z)
      const bucket = dep.links.bucket as string
      const nfd = await call(z, 'PUT', `${bucket}/${encodeURIComponent(NFD)}`, { body: 'decomposed' })
      const nfc = await call(z, 'PUT', `${bucket}/${encodeURIComponent(NFC)}`, { body: 'composed' })
      expect([nfd.status, nfc.status, nfd.json.key, nfc.json.key]).toEqual([201, 201, NFD, NFC])
      expect(z.deposition(dep.id)?.files.map((f) => f.key)).toEqual([NFD, NFC])
      const files = (await call(z, 'GET', dep.links.files)).json as Obj[]
      expect(files.map((f) => f.filename)).toEqual([NFD, NFC])
      expect(files[0].links.download).toContain(`/files/${encodeURIComponent(NFD)}/content`)

      const del = await call(z, 'DELETE', `${bucket}/${encodeURIComponent(NFD)}`)
      expect(del.status).toBe(204)
      expect(z.deposition(dep.id)?.files.map((f) => f.key)).toEqual([NFC])
      expect(z.fileBytes(dep.id, NFC)?.toString()).toBe('composed')
      const again = await call(z, 'DELETE', `${bucket}/${encodeURIComponent(NFD)}`)
      expect([again.status, again.json.message]).toEqual([404, `Record '${dep.id as number}' has no file '${NFD}'.`])
    })

    it('seedDraft, seedPublished and seedFile keep keys verbatim', async () => {
      z.setIndexLag(60e3)
      const draft = await z.seedDraft({ metadata: related(TREE), files: [{ key: NFD, content: 'x' }] })
      expect([draft.state, draft.published, draft.files.map((f) => f.key)]).toEqual(['unsubmitted', false, [NFD]])
      expect(draft.bucketUrl).toBe(`${z.publicUrl}/api/files/${draft.bucketId}`)
      // Seeded depositions are indexed at once, whatever the lag.
      expect(ids(await search(z, q(`related.identifier:"${TREE}"`)))).toEqual([draft.id])
      expect((await call(z, 'GET', `${draft.bucketUrl}/${encodeURIComponent(NFD)}`)).text).toBe('x')
      expect((await call(z, 'GET', `${draft.bucketUrl}/${encodeURIComponent(NFC)}`)).status).toBe(404)
      await z.seedFile(draft.id, NFC, 'y')
      expect(z.deposition(draft.id)?.files.map((f) => f.key)).toEqual([NFD, NFC])

      const rec = await z.seedPublished({ metadata: META, files: [{ key: NFD, content: 'z' }] })
      const f = await z.seedFile(rec.id, 'extra.txt', 'more')
      expect(z.deposition(rec.id)?.files.map((x) => x.key)).toEqual([NFD, 'extra.txt'])
      expect(z.deposition(rec.id)?.files[1]).toEqual(f)
      const next = await z.seedDraft({ conceptrecid: rec.conceptrecid, metadata: META })
      expect([next.conceptrecid, next.state]).toEqual([rec.conceptrecid, 'unsubmitted'])
      await expect(z.seedDraft({ conceptrecid: rec.conceptrecid })).rejects.toThrow(/unpublished draft/)
    })
  })
})

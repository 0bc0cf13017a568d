// Targeted tests of the fake's native records API beyond InvenioRDM's own tests (those are in
// fake-zenodo-rdm.conformance.test.ts): the two flavors, one store for both APIs on Zenodo,
// multipart uploads and their delayed checksum, the native fault traps and holds, user-records
// search with index lag, communities with review and inclusion requests, and the seed helpers.
import { describe, it, expect, afterEach } from '@jest/globals'
import { request, type IncomingHttpHeaders } from 'node:http'
import { createHash } from 'node:crypto'
import { startFakeZenodo, type FakeZenodo, type FakeZenodoOptions } from './support/fake-zenodo.js'

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
  headers?: Record<string, string>
}

const OWNER = 'owner-token'
const VND = 'application/vnd.inveniordm.v1+json'

async function call(z: FakeZenodo, method: string, path: string, r: Req = {}): Promise<Reply> {
  const url = new URL(path.startsWith('http') ? path : z.url + path)
  const headers: Record<string, string> = { Accept: VND, ...r.headers }
  const token = r.token === undefined ? OWNER : r.token
  if (token !== null) headers.Authorization = `Bearer ${token}`
  let body = r.body
  if (r.json !== undefined) {
    body = JSON.stringify(r.json)
    headers['Content-Type'] ??= 'application/json'
  }
  if (typeof body === 'string') body = Buffer.from(body)
  if (body !== undefined) headers['Content-Length'] = String(body.length)
  return await new Promise<Reply>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
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
    req.on('error', (err) => resolve({ status: 0, headers: {}, text: String(err), json: undefined }))
    req.end(body)
  })
}

const md5 = (data: Buffer | string): string => createHash('md5').update(data).digest('hex')
const sleep = async (ms: number): Promise<void> => await new Promise((resolve) => setTimeout(resolve, ms))

const METADATA = {
  resource_type: { id: 'software' },
  title: 'A native record',
  publication_date: '2024-05-01',
  publisher: 'Fake Press',
  creators: [
    {
      person_or_org: {
        type: 'personal',
        family_name: 'Doe',
        given_name: 'Jane',
        identifiers: [{ scheme: 'orcid', identifier: '0000-0002-1825-0097' }]
      },
      affiliations: [{ name: 'CERN' }]
    }
  ],
  description: 'Some description',
  version: '1.0.0',
  rights: [{ id: 'mit' }],
  subjects: [{ subject: 'testing' }],
  related_identifiers: [
    { identifier: 'https://github.com/o/r/tree/v1', scheme: 'url', relation_type: { id: 'issupplementto' } }
  ]
}

const body = (over: Obj = {}): Obj => ({
  metadata: METADATA,
  files: { enabled: true },
  access: { record: 'public', files: 'public' },
  ...over
})

async function createDraft(z: FakeZenodo, over: Obj = {}, token?: string): Promise<Obj> {
  const r = await call(z, 'POST', '/api/records', { json: body(over), token })
  expect(r.status).toBe(201)
  return r.json
}

/** Init, content and commit of one local (L) file. */
async function upload(z: FakeZenodo, d: Obj, key: string, content: string, token?: string): Promise<Obj> {
  const files = d.links.files as string
  expect((await call(z, 'POST', files, { json: [{ key, size: content.length }], token })).status).toBe(201)
  const put = await call(z, 'PUT', `${files}/${key}/content`, {
    body: content,
    headers: { 'Content-Type': 'application/octet-stream' },
    token
  })
  expect(put.status).toBe(200)
  const commit = await call(z, 'POST', `${files}/${key}/commit`, { token })
  expect(commit.status).toBe(200)
  return commit.json
}

async function publishNew(
  z: FakeZenodo,
  files: Record<string, string> = { 'a.txt': 'a' },
  over: Obj = {}
): Promise<Obj> {
  const d = await createDraft(z, over)
  for (const [k, v] of Object.entries(files)) await upload(z, d, k, v)
  const p = await call(z, 'POST', d.links.publish)
  expect(p.status).toBe(202)
  return p.json
}

describe('fake InvenioRDM (native API)', () => {
  let z: FakeZenodo
  const start = async (options: FakeZenodoOptions = {}): Promise<FakeZenodo> => {
    z = await startFakeZenodo({ flavor: 'invenio', ...options })
    return z
  }
  afterEach(async () => {
    await z?.close()
  })

  describe('invenio flavor', () => {
    it('has no legacy routes and native ids, DOIs from its prefix, a reserved DOI kept at publish', async () => {
      await start()
      expect((await call(z, 'GET', '/api/deposit/depositions')).status).toBe(404)
      expect((await call(z, 'GET', '/api/files/some-bucket')).status).toBe(404)
      const d = await createDraft(z)
      expect(d.id).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/)
      expect(d.parent.id).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/)
      const reserved = await call(z, 'POST', d.links.reserve_doi)
      expect(reserved.status).toBe(201)
      expect(reserved.json.pids.doi).toEqual({
        identifier: `10.1234/${d.id}`,
        provider: 'datacite',
        client: 'datacite'
      })
      await upload(z, d, 'a.txt', 'a')
      const p = await call(z, 'POST', d.links.publish)
      expect(p.status).toBe(202)
      expect(p.json.pids.doi.identifier).toBe(`10.1234/${d.id}`)
      expect(p.json.parent.pids.doi.identifier).toBe(`10.1234/${d.parent.id}`)
      expect(p.json.links.doi).toBe(`https://handle.test.datacite.org/10.1234/${d.id}`)
      expect(z.record(d.id)).toMatchObject({ recid: d.id, published: true, doi: `10.1234/${d.id}` })
    })

    it('an instance without DOI registration: no doi scheme, no publisher needed, only an OAI id', async () => {
      await start({ config: { mintDois: false } })
      const d = await createDraft(z, { metadata: { ...METADATA, publisher: undefined } })
      const reserve = await call(z, 'POST', d.links.reserve_doi)
      expect([reserve.status, reserve.json.message]).toEqual([400, "No configuration defined for PIDs {'doi'}"])
      const external = await call(z, 'POST', '/api/records', {
        json: body({ pids: { doi: { provider: 'external', identifier: '10.4321/x' } } })
      })
      expect(external.status).toBe(400)
      await upload(z, d, 'a.txt', 'a')
      const p = await call(z, 'POST', d.links.publish)
      expect(p.status).toBe(202)
      expect(p.json.pids).toEqual({ oai: { identifier: `oai:127.0.0.1:${d.id as string}`, provider: 'oai' } })
      expect(p.json.parent.pids).toEqual({})
      expect(p.json.links.doi).toBeUndefined()
    })

    it('reports invalid values in the draft errors and drops them; a vocabulary id it lacks is a 400', async () => {
      await start()
      const d = await createDraft(z, {
        metadata: { ...METADATA, title: 'x', publication_date: '2021-08-XX' },
        custom_fields: { 'journal:journal': { title: 'J' } }
      })
      expect(d.errors).toEqual(
        expect.arrayContaining([
          { field: 'metadata.title', messages: ['Shorter than minimum length 3.'] },
          { field: 'metadata.publication_date', messages: ['Please provide a valid date or interval.'] },
          { field: 'custom_fields.journal:journal', messages: ['Unknown field.'] }
        ])
      )
      expect(d.metadata.title).toBeUndefined()
      expect(d.custom_fields).toEqual({})
      const bad = await call(z, 'POST', '/api/records', {
        json: body({ metadata: { ...METADATA, rights: [{ id: 'BSD 3 clause' }] } })
      })
      expect([bad.status, bad.json.message]).toEqual([400, 'Invalid value BSD 3 clause.'])
      const publish = await call(z, 'POST', d.links.publish)
      expect(publish.status).toBe(400)
      expect(publish.json.errors).toEqual([
        { field: 'metadata.title', messages: ['Missing data for required field.'] },
        { field: 'metadata.publication_date', messages: ['Missing data for required field.'] }
      ])
    })

    it('embargo and restricted files: access status, files closed to others until the embargo ends', async () => {
      await start()
      const past = await call(z, 'POST', '/api/records', {
        json: body({
          access: { record: 'public', files: 'restricted', embargo: { active: true, until: '2001-01-01' } }
        })
      })
      expect([past.status, past.json.errors]).toEqual([
        400,
        [{ field: 'access.embargo', messages: ['Embargo end date must be in the future.'] }]
      ])
      const until = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10)
      const rec = await publishNew(
        z,
        { 'a.txt': 'a' },
        { access: { record: 'public', files: 'restricted', embargo: { active: true, until, reason: 'Paper' } } }
      )
      expect(rec.access).toEqual({
        record: 'public',
        files: 'restricted',
        embargo: { active: true, until, reason: 'Paper' },
        status: 'embargoed'
      })
      expect((await call(z, 'GET', `/api/records/${rec.id}`, { token: null })).status).toBe(200)
      expect((await call(z, 'GET', `/api/records/${rec.id}/files`, { token: null })).status).toBe(403)
      expect((await call(z, 'GET', `/api/records/${rec.id}/files`)).status).toBe(200)
    })

    it('multipart: parts in any order, commit assembles them, the MD5 shows only after the delay', async () => {
      await start({ config: { multipartChecksumDelayMs: 150 } })
      const d = await createDraft(z)
      const data = 'abcdefghij0123456789XYZ'
      const init = await call(z, 'POST', d.links.files, {
        json: [{ key: 'big.bin', size: data.length, transfer: { type: 'M', parts: 3, part_size: 10 } }]
      })
      expect(init.status).toBe(201)
      const entry = init.json.entries[0]
      expect(entry.links.content).toBeUndefined()
      expect(entry.links.parts.map((p: Obj) => p.part)).toEqual([1, 2, 3])
      const put = async (n: number, bytes: string): Promise<Reply> =>
        await call(z, 'PUT', entry.links.parts[n - 1].url, {
          body: bytes,
          headers: { 'Content-Type': 'application/octet-stream' }
        })
      expect((await put(3, 'XYZ')).status).toBe(200)
      // A part of the wrong size is refused; a part can be sent again.
      expect((await put(1, 'short')).status).toBe(400)
      expect((await put(1, 'AAAAAAAAAA')).status).toBe(200)
      await Promise.all([put(2, '0123456789'), put(1, 'abcdefghij')])
      const commit = await call(z, 'POST', entry.links.commit)
      expect(commit.status).toBe(200)
      expect(commit.json).toMatchObject({ status: 'completed', transfer: { type: 'L' }, checksum: null, size: 23 })
      await sleep(250)
      const read = await call(z, 'GET', entry.links.self)
      expect(read.json.checksum).toBe(`md5:${md5(data)}`)
      const content = await call(z, 'GET', `${entry.links.self}/content`)
      expect(content.text).toBe(data)
    })

    it('multipart: an S3-like pending checksum, and presigned part links that need no token', async () => {
      await start({
        config: {
          multipartChecksumDelayMs: Infinity,
          multipartPendingChecksum: 'etag',
          multipartLinks: 'presigned',
          partsBaseUrl: 'http://localhost:1'
        }
      })
      const d = await createDraft(z)
      const init = await call(z, 'POST', d.links.files, {
        json: [{ key: 'p.bin', size: 4, transfer: { type: 'M', parts: 2, part_size: 2 } }]
      })
      const parts = init.json.entries[0].links.parts as Obj[]
      expect(parts[0].url).toMatch(/^http:\/\/localhost:1\/api\/records\/.+\/content\/1\?X-Signature=[0-9a-f]{32}$/)
      for (const [i, bytes] of ['ab', 'cd'].entries()) {
        const path = new URL(parts[i].url as string)
        const r = await call(z, 'PUT', path.pathname + path.search, {
          token: null,
          body: bytes,
          headers: { 'Content-Type': 'application/octet-stream' }
        })
        expect(r.status).toBe(200)
      }
      const forged = await call(z, 'PUT', `${d.links.files}/p.bin/content/1?X-Signature=00`, {
        token: null,
        body: 'ab'
      })
      expect(forged.status).toBe(403)
      const commit = await call(z, 'POST', `${d.links.files}/p.bin/commit`)
      expect(commit.json.checksum).toMatch(/^multipart:[0-9a-f]{32}-2$/)
      expect(z.fileBytes(d.id, 'p.bin')?.toString()).toBe('abcd')
    })

    it('native traps: a 200 with errors deletes the entry, so does a reset during content; a 5xx on commit', async () => {
      await start()
      const d = await createDraft(z)
      const files = d.links.files as string
      await call(z, 'POST', files, { json: [{ key: 'a.txt' }] })
      z.addFault({ method: 'PUT', path: /\/content$/, action: { kind: 'transfer-failed' } })
      const failed = await call(z, 'PUT', `${files}/a.txt/content`, { body: 'aaaa' })
      expect([failed.status, failed.json.errors]).toEqual([200, 'File upload transfer failed.'])
      expect((await call(z, 'GET', `${files}/a.txt`)).status).toBe(404)

      await call(z, 'POST', files, { json: [{ key: 'a.txt' }] })
      z.addFault({ method: 'PUT', path: /\/content$/, action: { kind: 'reset-mid-body', afterBytes: 2 } })
      const reset = await call(z, 'PUT', `${files}/a.txt/content`, { body: 'aaaa' })
      expect(reset.status).toBe(0)
      expect((await call(z, 'GET', `${files}/a.txt`)).status).toBe(404)

      // An existing key answers 400 "already exists"; a second content PUT is upstream's quirk.
      await call(z, 'POST', files, { json: [{ key: 'a.txt' }] })
      expect((await call(z, 'POST', files, { json: [{ key: 'a.txt' }] })).json.message).toBe(
        'File with key a.txt already exists.'
      )
      expect((await call(z, 'PUT', `${files}/a.txt/content`, { body: 'aaaa' })).status).toBe(200)
      const twice = await call(z, 'PUT', `${files}/a.txt/content`, { body: 'aaaa' })
      expect(twice.json.errors).toBe('File upload transfer failed.')

      await call(z, 'POST', files, { json: [{ key: 'b.txt' }] })
      await call(z, 'PUT', `${files}/b.txt/content`, { body: 'bbbb' })
      z.addFault({ method: 'POST', path: '/commit', action: { kind: 'status', status: 502 } })
      expect((await call(z, 'POST', `${files}/b.txt/commit`)).status).toBe(502)
      const commit = await call(z, 'POST', `${files}/b.txt/commit`)
      expect(commit.json).toMatchObject({ status: 'completed', checksum: `md5:${md5('bbbb')}` })
    })

    it('holds work on native routes: an answer held after processing, a request held before it', async () => {
      await start()
      const d = await createDraft(z)
      await upload(z, d, 'a.txt', 'a')
      const after = z.hold({ method: 'POST', path: '/actions/publish', phase: 'after' })
      const publishing = call(z, 'POST', d.links.publish)
      await after.arrived
      // Processed (published) while the answer waits.
      expect(z.record(d.id)?.published).toBe(true)
      after.release()
      expect((await publishing).status).toBe(202)
      const before = z.hold({ method: 'POST', path: /\/versions$/ })
      const versioning = call(z, 'POST', `/api/records/${d.id as string}/versions`)
      await before.arrived
      expect(z.depositions()).toHaveLength(1)
      before.release()
      expect((await versioning).status).toBe(201)
    })

    it('user records: drafts and records, allversions, q on the marker, parent and DOI, paging, index lag', async () => {
      await start()
      const v1 = await publishNew(z)
      const nv = await call(z, 'POST', `/api/records/${v1.id}/versions`)
      expect(nv.status).toBe(201)
      expect(nv.json.metadata.version).toBeUndefined()
      const other = await createDraft(z, { metadata: { ...METADATA, related_identifiers: [] } })
      const list = async (q: string): Promise<Obj> => (await call(z, 'GET', `/api/user/records?${q}`)).json
      expect((await list('')).hits.hits.map((h: Obj) => h.id)).toEqual([other.id, nv.json.id])
      expect((await list('allversions=true')).hits.total).toBe(3)
      const marker = encodeURIComponent('metadata.related_identifiers.identifier:"https://github.com/o/r/tree/v1"')
      expect((await list(`q=${marker}&allversions=true`)).hits.hits.map((h: Obj) => h.id)).toEqual([nv.json.id, v1.id])
      expect((await list(`q=parent.id:${v1.parent.id}`)).hits.total).toBe(1)
      const doi = encodeURIComponent(`pids.doi.identifier:"${v1.pids.doi.identifier as string}"`)
      expect((await list(`q=${doi}&allversions=true`)).hits.hits[0].id).toBe(v1.id)
      const page = await list('allversions=true&size=2&page=1')
      expect([page.hits.hits.length, page.links.next]).toEqual([2, expect.stringContaining('page=2')])
      const records = await call(z, 'GET', `/api/records?q=${doi}`, { token: null })
      expect(records.json.hits.hits.map((h: Obj) => h.id)).toEqual([v1.id])

      z.setIndexLag(300)
      const fresh = await createDraft(z)
      expect((await list('')).hits.hits.map((h: Obj) => h.id)).not.toContain(fresh.id)
      await sleep(400)
      expect((await list('')).hits.hits.map((h: Obj) => h.id)).toContain(fresh.id)
    })

    it('a new version: no files until files-import; versions/latest redirects (301)', async () => {
      await start()
      const v1 = await publishNew(z, { 'a.txt': 'a', 'b/c.txt': 'c' })
      const nv = (await call(z, 'POST', `/api/records/${v1.id}/versions`)).json
      expect(nv.files.count).toBe(0)
      expect(nv.metadata.publication_date).toBe(new Date().toISOString().slice(0, 10))
      expect((await call(z, 'POST', `/api/records/${v1.id}/versions`)).json.id).toBe(nv.id)
      const imported = await call(z, 'POST', `/api/records/${nv.id}/draft/actions/files-import`)
      expect(imported.json.entries.map((e: Obj) => e.key).sort()).toEqual(['a.txt', 'b/c.txt'])
      expect((await call(z, 'DELETE', `/api/records/${nv.id}/draft/files/b/c.txt`)).status).toBe(204)
      const v2 = (await call(z, 'POST', `/api/records/${nv.id}/draft/actions/publish`)).json
      expect(v2.versions).toMatchObject({ index: 2, is_latest: true })
      const latest = await call(z, 'GET', `/api/records/${v1.id}/versions/latest`, { token: null })
      expect([latest.status, latest.headers.location]).toEqual([301, `${z.url}/api/records/${v2.id}`])
      const parent = await call(z, 'GET', `/api/records/${v1.parent.id}`, { token: null })
      expect([parent.status, parent.headers.location]).toEqual([302, `${z.url}/api/records/${v2.id}`])
    })
  })

  describe('communities and requests', () => {
    it('a submission to a community with review: in review, accepted by its owner, published in it', async () => {
      await start()
      const c = z.addCommunity({ slug: 'physics', title: 'Physics' })
      const d = await createDraft(z)
      await upload(z, d, 'a.txt', 'a')
      const review = await call(z, 'PUT', d.links.review, {
        json: { type: 'community-submission', receiver: { community: 'physics' } }
      })
      expect(review.json).toMatchObject({ status: 'created', receiver: { community: c.id } })
      const sub = await call(z, 'POST', `/api/records/${d.id}/draft/actions/submit-review`, {
        json: { payload: { content: 'Please', format: 'html' } }
      })
      expect(sub.status).toBe(202)
      expect(sub.json).toMatchObject({ status: 'submitted', is_open: true, title: 'A native record' })
      // A draft with an open review can be neither deleted nor published.
      expect((await call(z, 'DELETE', d.links.self)).status).toBe(400)
      expect((await call(z, 'POST', d.links.publish)).json.message).toBe(
        'You cannot publish a draft with an open review request. Please cancel the review request first.'
      )
      expect((await call(z, 'GET', d.links.self)).json.status).toBe('in_review')
      // The community's owner may read the draft and the request; another user may not.
      expect((await call(z, 'GET', d.links.self, { token: 'community-token' })).status).toBe(200)
      expect((await call(z, 'GET', sub.json.links.self, { token: 'other-token' })).status).toBe(403)
      expect((await call(z, 'POST', sub.json.links.self + '/actions/accept', { token: OWNER })).status).toBe(403)
      const acc = await call(z, 'POST', sub.json.links.self + '/actions/accept', { token: 'community-token' })
      expect(acc.json).toMatchObject({ status: 'accepted', is_closed: true })
      const rec = await call(z, 'GET', `/api/records/${d.id}`)
      expect(rec.json).toMatchObject({ is_published: true, parent: { communities: { ids: [c.id], default: c.id } } })
      expect(z.record(d.id)?.communities).toEqual([c.id])
      const timeline = await call(z, 'GET', sub.json.links.timeline)
      expect(timeline.json.hits.hits.map((e: Obj) => e.type)).toEqual(['C', 'L'])
    })

    it('the uploader may include directly (review policy open, curator): accepted at once and published', async () => {
      await start()
      z.addCommunity({ slug: 'lab', reviewPolicy: 'open', members: [{ user: 1, role: 'curator' }] })
      const d = await createDraft(z)
      await upload(z, d, 'a.txt', 'a')
      await call(z, 'PUT', d.links.review, { json: { type: 'community-submission', receiver: { community: 'lab' } } })
      const sub = await call(z, 'POST', `/api/records/${d.id}/draft/actions/submit-review`)
      expect([sub.status, sub.json.status]).toEqual([202, 'accepted'])
      expect(z.record(d.id)).toMatchObject({ published: true })
    })

    it('refusals: unknown community, closed submission, restricted community, decline', async () => {
      await start()
      z.addCommunity({ slug: 'closed', submissionPolicy: 'closed' })
      z.addCommunity({ slug: 'hidden', visibility: 'restricted' })
      z.addCommunity({ slug: 'open' })
      const d = await createDraft(z)
      const unknown = await call(z, 'PUT', d.links.review, {
        json: { type: 'community-submission', receiver: { community: 'nope' } }
      })
      expect([unknown.status, unknown.json.message]).toEqual([404, 'Community not found.'])
      for (const slug of ['closed', 'hidden']) {
        await call(z, 'PUT', d.links.review, { json: { type: 'community-submission', receiver: { community: slug } } })
        const refused = await call(z, 'POST', `/api/records/${d.id}/draft/actions/submit-review`)
        expect([refused.status, refused.json.message]).toEqual([
          403,
          'Submission to this community is only allowed to community members.'
        ])
      }
      expect((await call(z, 'GET', '/api/communities/hidden', { token: null })).status).toBe(403)
      await upload(z, d, 'a.txt', 'a')
      await call(z, 'PUT', d.links.review, { json: { type: 'community-submission', receiver: { community: 'open' } } })
      const sub = (await call(z, 'POST', `/api/records/${d.id}/draft/actions/submit-review`)).json
      const declined = await z.declineRequest(sub.id, 'Out of scope')
      expect(declined.status).toBe('declined')
      expect((await call(z, 'GET', `/api/requests/${sub.id as string}`)).json.status).toBe('declined')
      expect((await call(z, 'GET', d.links.self)).json.status).toBe('declined')
      // A declined review is closed: the draft may be published outside the community.
      expect((await call(z, 'POST', d.links.publish)).status).toBe(202)
    })

    it('inclusion requests for a published record; a new-version review policy', async () => {
      await start({ config: { newVersionReviewPolicy: 'always' } })
      const a = z.addCommunity({ slug: 'a' })
      z.addCommunity({ slug: 'b', reviewPolicy: 'members', members: [{ user: 1, role: 'reader' }] })
      const rec = await publishNew(z)
      const add = await call(z, 'POST', `/api/records/${rec.id}/communities`, {
        json: { communities: [{ id: 'a' }, { id: 'b' }, { id: 'nope' }] }
      })
      expect(add.status).toBe(200)
      expect(add.json.processed.map((p: Obj) => [p.community_id, p.request.status])).toEqual([
        ['a', 'submitted'],
        ['b', 'accepted']
      ])
      expect(add.json.errors).toEqual([{ community_id: 'nope', message: 'Community not found.' }])
      const again = await call(z, 'POST', `/api/records/${rec.id}/communities`, {
        json: { communities: [{ id: 'a' }] }
      })
      expect([again.status, again.json.errors[0].message]).toEqual([
        400,
        'There is already an open inclusion request for this community.'
      ])
      await z.acceptRequest(add.json.processed[0].request_id)
      expect(z.record(rec.id)?.communities).toEqual([z.community('b')?.id, a.id])
      const nv = (await call(z, 'POST', `/api/records/${rec.id}/versions`)).json
      expect(nv.review).toMatchObject({ type: 'community-submission', status: 'created' })
      expect(nv.links['submit-review']).toBeDefined()
      await call(z, 'POST', `/api/records/${nv.id}/draft/actions/files-import`)
      expect((await call(z, 'POST', `/api/records/${nv.id}/draft/actions/publish`)).status).toBe(400)
      const sub = await call(z, 'POST', `/api/records/${nv.id}/draft/actions/submit-review`)
      // The parent's default community is b, where the uploader, a member, may include directly.
      expect(sub.json.status).toBe('accepted')
      expect(z.record(nv.id)?.published).toBe(true)
    })
  })

  describe('zenodo flavor', () => {
    it('one store for both APIs; ZenodoJSON unless the native JSON is asked for', async () => {
      z = await startFakeZenodo()
      const plain = await call(z, 'POST', '/api/records', { json: body(), headers: { Accept: 'application/json' } })
      expect(plain.status).toBe(201)
      expect(plain.json).toMatchObject({ id: expect.any(Number), status: 'draft', submitted: false })
      expect(plain.json.errors).toBeUndefined()
      expect(plain.json.links.publish).toBe(`${z.url}/api/records/${plain.json.id as number}/draft/actions/publish`)
      const native = await call(z, 'GET', `/api/records/${plain.json.id as number}/draft`)
      expect(native.json).toMatchObject({ id: String(plain.json.id), metadata: { title: 'A native record' } })
      const legacy = await call(z, 'GET', `/api/deposit/depositions/${plain.json.id as number}`)
      expect(legacy.json.metadata).toMatchObject({
        title: 'A native record',
        upload_type: 'software',
        license: 'mit',
        creators: [{ name: 'Doe, Jane', affiliation: 'CERN', orcid: '0000-0002-1825-0097' }],
        prereserve_doi: { doi: `10.5281/zenodo.${plain.json.id as number}` }
      })
      // A legacy deposit reads natively with the legacy layer's conversion.
      const dep = await call(z, 'POST', '/api/deposit/depositions', {
        json: { metadata: { title: 'Legacy', upload_type: 'dataset', creators: [{ name: 'Roe, R' }] } },
        headers: { Accept: 'application/json' }
      })
      const read = await call(z, 'GET', `/api/records/${dep.json.id as number}/draft`)
      expect(read.json.metadata).toMatchObject({
        resource_type: { id: 'dataset' },
        title: 'Legacy',
        publisher: 'Zenodo',
        rights: [{ id: 'cc0-1.0' }],
        creators: [{ person_or_org: { type: 'personal', family_name: 'Roe', given_name: 'R' } }]
      })
    })

    it("Zenodo's configuration: restricted records and metadata-only refused, parts 403, empty files 400", async () => {
      z = await startFakeZenodo()
      const restricted = await call(z, 'POST', '/api/records', {
        json: body({ access: { record: 'restricted', files: 'public' } })
      })
      expect(restricted.json.errors).toEqual([
        { field: 'access', messages: ["You don't have permissions to manage record access."] }
      ])
      const metaOnly = await createDraft(z, { files: { enabled: false } })
      expect(metaOnly.files.enabled).toBe(true)
      expect(metaOnly.errors).toEqual([
        { field: 'files.enabled', messages: ["You don't have permissions to manage files options."] }
      ])
      const init = await call(z, 'POST', metaOnly.links.files, {
        json: [{ key: 'm.bin', size: 4, transfer: { type: 'M', parts: 2, part_size: 2 } }]
      })
      expect(init.status).toBe(201)
      const part = await call(z, 'PUT', init.json.entries[0].links.parts[0].url, { body: 'ab' })
      expect([part.status, part.json.message]).toEqual([403, 'Permission denied.'])
      expect((await call(z, 'DELETE', `${metaOnly.links.files as string}/m.bin`)).status).toBe(204)
      await call(z, 'POST', metaOnly.links.files, { json: [{ key: 'e.txt' }] })
      await call(z, 'PUT', `${metaOnly.links.files as string}/e.txt/content`, { body: '' })
      const empty = await call(z, 'POST', `${metaOnly.links.files as string}/e.txt/commit`)
      expect([empty.status, empty.json.message]).toEqual([400, 'Empty files are not accepted.'])
      // The entry stays pending (publishing would wait for it) until it is deleted.
      const pending = await call(z, 'POST', metaOnly.links.publish)
      expect(pending.json.errors).toEqual([
        { field: 'files', messages: ['One or more files have not completed their transfer, please wait.'] }
      ])
      expect((await call(z, 'DELETE', `${metaOnly.links.files as string}/e.txt`)).status).toBe(204)
      const f = await upload(z, metaOnly, 'a.txt', 'a')
      expect(f.checksum).toBe(`md5:${md5('a')}`)
      const p = await call(z, 'POST', metaOnly.links.publish)
      expect(p.json.pids.doi.identifier).toBe(`10.5281/zenodo.${metaOnly.id as string}`)
      expect(z.deposition(Number(metaOnly.id))).toMatchObject({
        state: 'done',
        conceptdoi: expect.stringMatching(/^10\.5281\/zenodo\./)
      })
      const legacy = await call(z, 'GET', `/api/deposit/depositions/${metaOnly.id as string}`)
      expect(legacy.json).toMatchObject({
        state: 'done',
        submitted: true,
        doi: `10.5281/zenodo.${metaOnly.id as string}`
      })
    })

    it('seeded records carry native fields and communities; a native new version of a legacy record', async () => {
      z = await startFakeZenodo()
      const c = z.addCommunity({ slug: 'zc' })
      const seeded = await z.seedPublished({
        metadata: { title: 'Seeded', upload_type: 'software', creators: [{ name: 'Doe, J' }] },
        rdm: { metadata: { ...METADATA, title: 'Seeded natively' } },
        files: [{ key: 'x.txt', content: 'x' }],
        communities: ['zc']
      })
      expect(seeded).toMatchObject({ communities: [c.id], metadata: { title: 'Seeded natively' } })
      const nv = await call(z, 'POST', `/api/records/${seeded.id}/versions`)
      expect(nv.json.metadata).toMatchObject({ title: 'Seeded natively', rights: [{ id: 'mit' }] })
      const imported = await call(z, 'POST', `/api/records/${nv.json.id as string}/draft/actions/files-import`)
      expect(imported.json.entries.map((e: Obj) => [e.key, e.checksum])).toEqual([['x.txt', `md5:${md5('x')}`]])
    })
  })
})

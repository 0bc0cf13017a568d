// Targeted tests of the fake Zenodo server for behaviour the conformance file does not cover:
// bucket rules, publish validation, new versions, search, redirects, rate limits and faults.
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals'
import { request, type IncomingHttpHeaders } from 'node:http'
import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
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
  body?: Buffer | string | Readable
  headers?: Record<string, string>
  chunked?: boolean
}

const OWNER = 'owner-token'

/** A raw HTTP call (node:http sends exactly the headers we give it). */
async function call(z: FakeZenodo, method: string, path: string, r: Req = {}): Promise<Reply> {
  const url = new URL(path.startsWith('http') ? path : z.url + path)
  const headers: Record<string, string> = { ...r.headers }
  const token = r.token === undefined ? OWNER : r.token
  if (token !== null) headers.Authorization = `Bearer ${token}`
  let body = r.body
  if (r.json !== undefined) {
    body = JSON.stringify(r.json)
    headers['Content-Type'] ??= 'application/json'
  }
  if (typeof body === 'string') body = Buffer.from(body)
  if (Buffer.isBuffer(body) && r.chunked !== true) headers['Content-Length'] = String(body.length)
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
    req.on('error', reject)
    if (body instanceof Readable) body.pipe(req)
    else req.end(body)
  })
}

const md5 = (data: Buffer | string): string => createHash('md5').update(data).digest('hex')

const META = {
  title: 'A dataset',
  upload_type: 'dataset',
  description: 'Some description',
  creators: [{ name: 'Doe, Jane', affiliation: 'Somewhere' }],
  version: '1.0.0'
}

async function createDraft(z: FakeZenodo, metadata: Obj = META): Promise<Obj> {
  const r = await call(z, 'POST', '/api/deposit/depositions', { json: { metadata } })
  expect(r.status).toBe(201)
  return r.json
}

async function put(
  z: FakeZenodo,
  dep: Obj,
  key: string,
  data: Buffer | string,
  headers: Record<string, string> = {}
): Promise<Reply> {
  return await call(z, 'PUT', `${dep.links.bucket as string}/${encodeURIComponent(key)}`, { body: data, headers })
}

async function publishWith(z: FakeZenodo, files: Record<string, string>, metadata: Obj = META): Promise<Obj> {
  const dep = await createDraft(z, metadata)
  for (const [k, v] of Object.entries(files)) expect((await put(z, dep, k, v)).status).toBe(201)
  const r = await call(z, 'POST', dep.links.publish)
  expect(r.status).toBe(202)
  return r.json
}

describe('fake Zenodo', () => {
  let z: FakeZenodo
  let options: FakeZenodoOptions = {}
  beforeEach(async () => {
    z = await startFakeZenodo(options)
  })
  afterEach(async () => {
    await z.close()
  })

  describe('bucket PUT', () => {
    it('takes no Content-Type or exactly application/octet-stream (raw compare), else 415', async () => {
      const dep = await createDraft(z)
      const msg = "Invalid 'Content-Type' header. Expected one of: application/octet-stream"
      for (const ct of ['text/plain', 'application/octet-stream; charset=x', 'application/json']) {
        const r = await put(z, dep, 'a.txt', 'data', { 'Content-Type': ct })
        expect([r.status, r.json]).toEqual([415, { status: 415, message: msg }])
      }
      expect((await put(z, dep, 'a.txt', 'data')).status).toBe(201)
      expect((await put(z, dep, 'b.txt', 'data', { 'Content-Type': 'application/octet-stream' })).status).toBe(201)
    })

    it('answers 201 with the Files-REST object body and an md5: checksum; GET files has the bare md5', async () => {
      const dep = await createDraft(z)
      const r = await put(z, dep, 'table.csv', '4, 5, 6')
      expect(r.status).toBe(201)
      expect(r.json).toMatchObject({
        key: 'table.csv',
        size: 7,
        mimetype: 'text/csv',
        checksum: `md5:${md5('4, 5, 6')}`,
        is_head: true,
        delete_marker: false
      })
      expect(r.json.links.self).toBe(`${dep.links.bucket as string}/table.csv`)
      expect(r.json.links.version).toBe(`${r.json.links.self as string}?version_id=${r.json.version_id as string}`)
      const files = await call(z, 'GET', dep.links.files)
      expect(files.json).toEqual([
        expect.objectContaining({
          filename: 'table.csv',
          filesize: 7,
          checksum: md5('4, 5, 6')
        })
      ])
      expect(z.fileBytes(dep.id, 'table.csv')?.toString()).toBe('4, 5, 6')
    })

    it('refuses empty files and stores nothing', async () => {
      const dep = await createDraft(z)
      const r = await put(z, dep, 'empty.bin', '')
      expect([r.status, r.json.message]).toEqual([400, 'Empty files are not accepted.'])
      expect(z.deposition(dep.id)?.files).toEqual([])
    })

    it('overwrites an existing key: new version_id and file id, new content', async () => {
      const dep = await createDraft(z)
      const first = await put(z, dep, 'a.txt', 'one')
      const fileId1 = z.deposition(dep.id)?.files[0].id
      const second = await put(z, dep, 'a.txt', 'second')
      expect(second.status).toBe(201)
      expect(second.json.version_id).not.toBe(first.json.version_id)
      const files = z.deposition(dep.id)?.files ?? []
      expect(files).toHaveLength(1)
      expect(files[0].id).not.toBe(fileId1)
      expect(files[0]).toMatchObject({ key: 'a.txt', size: 6, md5: md5('second') })
    })

    it('keeps Unicode keys as-is; a "/" in the key is 404; keys over 255 chars are 400', async () => {
      const dep = await createDraft(z)
      expect((await put(z, dep, 'données é.csv', 'x')).status).toBe(201)
      expect(z.deposition(dep.id)?.files.map((f) => f.key)).toEqual(['données é.csv'])
      expect((await put(z, dep, 'dir/file.txt', 'x')).status).toBe(404)
      const raw = await call(z, 'PUT', `${dep.links.bucket as string}/dir/file.txt`, { body: 'x' })
      expect(raw.status).toBe(404)
      const long = await put(z, dep, 'x'.repeat(256), 'x')
      expect([long.status, long.json.message]).toEqual([400, 'Filename is too long.'])
      expect((await put(z, dep, 'y'.repeat(255), 'x')).status).toBe(201)
    })

    it('accepts chunked bodies', async () => {
      const dep = await createDraft(z)
      const r = await call(z, 'PUT', `${dep.links.bucket as string}/chunked.bin`, {
        body: Readable.from([Buffer.from('hello '), Buffer.from('world')]),
        chunked: true
      })
      expect([r.status, r.json.size, r.json.checksum]).toEqual([201, 11, `md5:${md5('hello world')}`])
      expect(z.requests.at(-1)?.headers['transfer-encoding']).toBe('chunked')
    })

    it("DELETE {bucket}/{key}: 204, then 404 with Zenodo's message", async () => {
      const dep = await createDraft(z)
      await put(z, dep, 'a.txt', 'x')
      expect((await call(z, 'DELETE', `${dep.links.bucket as string}/a.txt`)).status).toBe(204)
      const again = await call(z, 'DELETE', `${dep.links.bucket as string}/a.txt`)
      expect([again.status, again.json.message]).toEqual([404, `Record '${dep.id as number}' has no file 'a.txt'.`])
    })

    it('another user gets 403, anonymous 403', async () => {
      const dep = await createDraft(z)
      const url = `${dep.links.bucket as string}/a`
      expect((await call(z, 'PUT', url, { body: 'x', token: 'other-token' })).status).toBe(403)
      expect((await call(z, 'PUT', url, { body: 'x', token: null })).status).toBe(403)
    })

    it('survives a client that aborts mid-body; nothing is stored', async () => {
      const dep = await createDraft(z)
      await new Promise<void>((resolve) => {
        const req = request(`${dep.links.bucket as string}/partial.bin`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${OWNER}`, 'Content-Length': '1000000' }
        })
        req.on('error', () => resolve())
        req.write(Buffer.alloc(200000, 1), () =>
          setTimeout(() => {
            req.destroy()
            resolve()
          }, 50)
        )
      })
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(z.deposition(dep.id)?.files).toEqual([])
      expect((await put(z, dep, 'after.bin', 'still alive')).status).toBe(201)
    })

    it('is locked after publish: 404 on the record, 403 "locked" on an edit draft', async () => {
      const pub = await publishWith(z, { 'a.txt': 'a' })
      expect(pub.links.bucket).toMatch(/\/api\/files\//)
      const afterPublish = await call(z, 'PUT', `${pub.links.bucket as string}/b.txt`, { body: 'b' })
      expect(afterPublish.status).toBe(404)
      const del = await call(z, 'DELETE', `${pub.links.bucket as string}/a.txt`)
      expect(del.status).toBe(403)
      const edit = await call(z, 'POST', pub.links.edit)
      expect([edit.status, edit.json.state, edit.json.submitted]).toEqual([201, 'inprogress', true])
      const locked = await call(z, 'PUT', `${edit.json.links.bucket as string}/b.txt`, { body: 'b' })
      expect([locked.status, locked.json.message]).toEqual([403, 'Bucket is locked for modifications.'])
      const read = await call(z, 'GET', `${pub.links.bucket as string}/a.txt`, { token: null })
      expect(read.text).toBe('a')
    })
  })

  describe('bucket limits', () => {
    beforeAll(() => {
      options = { maxFiles: 2, quotaBytes: 10 }
    })
    afterAll(() => {
      options = {}
    })

    it('refuses a file over the max count, but still allows overwriting', async () => {
      const dep = await createDraft(z)
      await put(z, dep, 'a', '1')
      await put(z, dep, 'b', '2')
      const third = await put(z, dep, 'c', '3')
      expect([third.status, third.json.message]).toEqual([
        400,
        'Uploading selected files will result in exceeding the max amount per record.'
      ])
      expect((await put(z, dep, 'b', '22')).status).toBe(201)
    })

    it('refuses bytes over the quota, known length or chunked', async () => {
      const dep = await createDraft(z)
      await put(z, dep, 'a', '123456')
      const over = await put(z, dep, 'b', '12345')
      expect([over.status, over.json.message]).toEqual([400, 'Bucket quota exceeded.'])
      const chunked = await call(z, 'PUT', `${dep.links.bucket as string}/c`, {
        body: Readable.from([Buffer.from('123'), Buffer.from('45')]),
        chunked: true
      })
      expect([chunked.status, chunked.json.message]).toEqual([400, 'Bucket quota exceeded.'])
      expect(z.deposition(dep.id)?.files.map((f) => f.key)).toEqual(['a'])
      // overwriting frees the old bytes first
      expect((await put(z, dep, 'a', '1234567890')).status).toBe(201)
    })
  })

  describe('JSON endpoints', () => {
    it('want exactly application/json (or none), and JSON', async () => {
      const r = await call(z, 'POST', '/api/deposit/depositions', {
        json: {},
        headers: { 'Content-Type': 'application/json; charset=utf-8' }
      })
      expect([r.status, r.json.message]).toEqual([
        415,
        "Invalid 'Content-Type' header. Expected one of: application/json"
      ])
      const bad = await call(z, 'POST', '/api/deposit/depositions', {
        body: '{nope',
        headers: { 'Content-Type': 'application/json' }
      })
      expect([bad.status, bad.json.message]).toEqual([400, 'Unable to decode JSON data in request body.'])
      const none = await call(z, 'POST', '/api/deposit/depositions', { body: '{}' })
      expect(none.status).toBe(201)
    })

    it('create: unknown top-level keys 400, unknown metadata keys dropped, defaults', async () => {
      const r = await call(z, 'POST', '/api/deposit/depositions', { json: { metadata: {}, files: [] } })
      expect(r.json).toEqual({
        status: 400,
        message: 'A validation error occurred.',
        errors: [{ field: 'files', messages: ['Unknown field.'] }]
      })
      const dep = await createDraft(z, { title: 'T', bogus: 1, upload_type: 'software' })
      const today = new Date().toISOString().slice(0, 10)
      expect(dep.metadata).toEqual({
        title: 'T',
        upload_type: 'software',
        publication_date: today,
        access_right: 'open',
        license: 'cc-by-4.0',
        imprint_publisher: 'Zenodo',
        prereserve_doi: { doi: `10.5281/zenodo.${dep.id as number}`, recid: dep.id }
      })
      expect(dep.conceptrecid).toBe(String(dep.id - 1))
      expect(dep).not.toHaveProperty('doi')
      const embargo = await call(z, 'POST', '/api/deposit/depositions', {
        json: { metadata: { access_right: 'embargoed' } }
      })
      expect(embargo.json.errors).toEqual([{ field: '_schema', messages: ['Unknown access type.'] }])
      const lic = await call(z, 'POST', '/api/deposit/depositions', {
        json: { metadata: { license: 'not-a-licence' } }
      })
      expect(lic.json.errors).toEqual([
        {
          field: 'metadata.license',
          messages: ['Invalid license provided: not-a-licence']
        }
      ])
    })

    it('PUT replaces the metadata entirely', async () => {
      const dep = await createDraft(z)
      const r = await call(z, 'PUT', dep.links.self, { json: { metadata: { title: 'Only' } } })
      expect(r.status).toBe(200)
      expect(r.json.metadata).not.toHaveProperty('creators')
      expect(r.json.metadata).not.toHaveProperty('version')
      expect(r.json.metadata).toMatchObject({ title: 'Only', access_right: 'open' })
    })
  })

  describe('auth', () => {
    it('takes the Bearer header and ?access_token=, never answers 401', async () => {
      expect((await call(z, 'GET', '/api/deposit/depositions')).status).toBe(200)
      expect((await call(z, 'GET', `/api/deposit/depositions?access_token=${OWNER}`, { token: null })).status).toBe(200)
      const bad = await call(z, 'GET', '/api/deposit/depositions', { token: 'nope' })
      expect([bad.status, bad.json]).toEqual([403, { status: 403, message: 'Permission denied.' }])
      expect(z.requests[0].headers.authorization).toBe(`Bearer ${OWNER}`)
    })
  })

  describe('publish', () => {
    it('validates required fields, one errors item per field', async () => {
      const dep = (await call(z, 'POST', '/api/deposit/depositions', { json: {} })).json
      const r = await call(z, 'POST', dep.links.publish)
      expect(r.status).toBe(400)
      expect(r.json.message).toBe('A validation error occurred.')
      const fields = (r.json.errors as Obj[]).map((e) => e.field)
      expect(fields.sort()).toEqual([
        'files.enabled',
        'metadata.creators',
        'metadata.publication_date',
        'metadata.resource_type',
        'metadata.title'
      ])
      expect(r.json.errors).toContainEqual({
        field: 'files.enabled',
        messages: ['Missing uploaded files. To disable files for this record please mark it as ' + 'metadata-only.']
      })
      const dep2 = await createDraft(z, {
        ...META,
        title: 'ab',
        upload_type: 'thing',
        creators: [{ name: ', John' }]
      })
      await put(z, dep2, 'a', 'a')
      const r2 = await call(z, 'POST', dep2.links.publish)
      expect(r2.json.errors).toEqual(
        expect.arrayContaining([
          {
            field: 'metadata.creators.0.person_or_org.family_name',
            messages: ['Family name cannot be blank.']
          },
          { field: 'metadata.title', messages: ['Shorter than minimum length 3.'] },
          expect.objectContaining({ field: 'metadata.resource_type' })
        ])
      )
      expect(z.deposition(dep2.id)?.state).toBe('unsubmitted')
    })

    it('answers 202 with the published record; publishing twice is 404', async () => {
      const dep = await createDraft(z)
      await put(z, dep, 'a.txt', 'a')
      const r = await call(z, 'POST', dep.links.publish)
      expect(r.status).toBe(202)
      const doi = `10.5281/zenodo.${dep.id as number}`
      expect(r.json).toMatchObject({
        id: dep.id,
        state: 'done',
        submitted: true,
        doi,
        doi_url: `https://doi.org/${doi}`,
        conceptdoi: `10.5281/zenodo.${dep.conceptrecid as string}`,
        metadata: { doi }
      })
      expect(r.json.links).toMatchObject({
        self: `${z.url}/api/records/${dep.id as number}`,
        html: `${z.url}/records/${dep.id as number}`,
        files: `${z.url}/api/records/${dep.id as number}/files`,
        bucket: dep.links.bucket,
        latest_draft: dep.links.self
      })
      expect((await call(z, 'POST', dep.links.publish)).status).toBe(404)
      expect((await call(z, 'PUT', dep.links.self, { json: { metadata: META } })).status).toBe(404)
    })

    it('edit then discard keeps the record; DELETE/discard of a new draft deletes it', async () => {
      const pub = await publishWith(z, { 'a.txt': 'a' })
      expect((await call(z, 'POST', pub.links.edit)).status).toBe(201)
      expect(z.deposition(pub.id)?.state).toBe('inprogress')
      expect((await call(z, 'POST', pub.links.discard)).status).toBe(204)
      expect(z.deposition(pub.id)?.state).toBe('done')
      const dep = await createDraft(z)
      expect((await call(z, 'POST', dep.links.discard)).status).toBe(204)
      expect(z.deposition(dep.id)).toBeUndefined()
    })
  })

  describe('new version', () => {
    it('inherits metadata (no version, today) and files of the LATEST version', async () => {
      const v1 = await publishWith(z, { 'a.txt': 'v1' }, { ...META, publication_date: '2020-01-01' })
      const nv = await call(z, 'POST', v1.links.newversion)
      expect(nv.status).toBe(201)
      const draft = nv.json
      expect(draft.id).not.toBe(v1.id)
      expect([draft.conceptrecid, draft.state, draft.submitted]).toEqual([v1.conceptrecid, 'unsubmitted', false])
      expect(draft).not.toHaveProperty('doi')
      expect(draft.conceptdoi).toBe(v1.conceptdoi)
      expect(draft.links.latest_draft).toBe(draft.links.self)
      expect(draft.links.bucket).not.toBe(v1.links.bucket)
      expect(draft.metadata).not.toHaveProperty('version')
      expect(draft.metadata.publication_date).toBe(new Date().toISOString().slice(0, 10))
      expect(draft.files.map((f: Obj) => f.filename)).toEqual(['a.txt'])
      // v2: change a file and the title, publish
      await put(z, draft, 'a.txt', 'v2')
      await call(z, 'PUT', draft.links.self, { json: { metadata: { ...META, title: 'Second' } } })
      expect((await call(z, 'POST', draft.links.publish)).status).toBe(202)
      // newversion from the OLD id takes metadata and files from v2
      const v3 = (await call(z, 'POST', v1.links.newversion)).json
      expect(v3.metadata.title).toBe('Second')
      expect(z.fileBytes(v3.id, 'a.txt')?.toString()).toBe('v2')
      expect(z.fileBytes(v1.id, 'a.txt')?.toString()).toBe('v1')
    })

    it('repeat: 400 while the draft has files; re-import when emptied; fresh after DELETE', async () => {
      const v1 = await publishWith(z, { 'a.txt': 'a', 'b.txt': 'b' })
      const first = (await call(z, 'POST', v1.links.newversion)).json
      const again = await call(z, 'POST', v1.links.newversion)
      expect(again.status).toBe(400)
      expect(again.json).toEqual({
        status: 400,
        message: 'A validation error occurred.',
        errors: [{ field: 'files.enabled', messages: ['Please remove all files first.'] }]
      })
      for (const f of first.files as Obj[]) {
        expect((await call(z, 'DELETE', f.links.self)).status).toBe(204)
      }
      const reuse = await call(z, 'POST', v1.links.newversion)
      expect([reuse.status, reuse.json.id, reuse.json.files.length]).toEqual([201, first.id, 2])
      expect(z.depositions().filter((d) => !d.published)).toHaveLength(1)
      expect((await call(z, 'DELETE', first.links.self)).status).toBe(204)
      const fresh = await call(z, 'POST', v1.links.newversion)
      expect(fresh.status).toBe(201)
      expect(fresh.json.id).not.toBe(first.id)
    })

    it('a never-published id is 404', async () => {
      const dep = await createDraft(z)
      expect((await call(z, 'POST', dep.links.newversion)).status).toBe(404)
    })
  })

  describe('search', () => {
    it("finds a concept's versions by conceptrecid; only the newest without allversions", async () => {
      const v1 = await publishWith(z, { 'a.txt': 'a' })
      const v2 = (await call(z, 'POST', v1.links.newversion)).json
      await createDraft(z, { ...META, title: 'Unrelated thing' })
      const q = encodeURIComponent(`conceptrecid:${v1.conceptrecid as string}`)
      const all = await call(z, 'GET', `/api/deposit/depositions?q=${q}&allversions=true&size=100`)
      expect(all.json.map((d: Obj) => d.id)).toEqual([v2.id, v1.id])
      expect(all.json.find((d: Obj) => d.submitted === false).id).toBe(v2.id)
      for (const d of all.json as Obj[]) expect(d.links).not.toHaveProperty('bucket')
      const latest = await call(z, 'GET', `/api/deposit/depositions?q=${q}`)
      expect(latest.json.map((d: Obj) => d.id)).toEqual([v2.id])
      const byDoi = await call(
        z,
        'GET',
        `/api/deposit/depositions?allversions=true&q=${encodeURIComponent(`doi:"${v1.doi as string}"`)}`
      )
      expect(byDoi.json.map((d: Obj) => d.id)).toEqual([v1.id])
      const byConceptDoi = await call(
        z,
        'GET',
        `/api/deposit/depositions?allversions=true&q=${encodeURIComponent(`conceptdoi:"${v1.conceptdoi as string}"`)}`
      )
      expect(byConceptDoi.json).toHaveLength(2)
      const byTitle = await call(z, 'GET', `/api/deposit/depositions?q=${encodeURIComponent('title:"unrelated"')}`)
      expect(byTitle.json.map((d: Obj) => d.title)).toEqual(['Unrelated thing'])
      const free = await call(z, 'GET', '/api/deposit/depositions?q=unrelated')
      expect(free.json).toHaveLength(1)
      const other = await call(z, 'GET', '/api/deposit/depositions', { token: 'other-token' })
      expect(other.json).toEqual([])
    })

    it('pages with size (default 10) and page, newest first', async () => {
      const ids: number[] = []
      for (let i = 0; i < 12; i++) ids.push((await createDraft(z)).id)
      const p1 = await call(z, 'GET', '/api/deposit/depositions')
      expect(p1.json.map((d: Obj) => d.id)).toEqual(ids.slice().reverse().slice(0, 10))
      const p2 = await call(z, 'GET', '/api/deposit/depositions?size=5&page=3')
      expect(p2.json.map((d: Obj) => d.id)).toEqual(ids.slice().reverse().slice(10, 12))
    })
  })

  describe('records API', () => {
    it('redirects a concept id and versions/latest to the latest published version', async () => {
      const v1 = await publishWith(z, { 'a.txt': 'a' })
      const draft = (await call(z, 'POST', v1.links.newversion)).json
      await call(z, 'PUT', draft.links.self, { json: { metadata: META } })
      const v2 = (await call(z, 'POST', draft.links.publish)).json
      const concept = await call(z, 'GET', `/api/records/${v1.conceptrecid as string}`, { token: null })
      const v2url = `${z.url}/api/records/${v2.id as number}`
      expect([concept.status, concept.headers.location]).toEqual([302, v2url])
      const latest = await call(z, 'GET', `/api/records/${v1.id as number}/versions/latest`, { token: null })
      expect([latest.status, latest.headers.location]).toEqual([302, v2url])
      const rec = await call(z, 'GET', `/api/records/${v1.id as number}`, { token: null })
      expect(rec.status).toBe(200)
      expect(rec.json).toMatchObject({
        id: v1.id,
        conceptrecid: v1.conceptrecid,
        doi: v1.doi,
        status: 'published',
        metadata: { resource_type: { type: 'dataset' }, license: { id: 'cc-zero' } }
      })
      expect(rec.json.files[0]).toMatchObject({ key: 'a.txt', checksum: `md5:${md5('a')}` })
      const unpublished = await createDraft(z)
      expect((await call(z, 'GET', `/api/records/${unpublished.id as number}`)).status).toBe(404)
    })
  })

  describe('rate limits', () => {
    beforeAll(() => {
      options = { rateLimit: { limit: 3, windowSeconds: 60 } }
    })
    afterAll(() => {
      options = {}
    })

    it('sends X-RateLimit-* and Retry-After on every answer, 429 over the limit', async () => {
      const ok = await call(z, 'GET', '/api/deposit/depositions')
      expect(ok.status).toBe(200)
      expect(ok.headers['x-ratelimit-limit']).toBe('3')
      expect(ok.headers['x-ratelimit-remaining']).toBe('2')
      expect(Number(ok.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
      expect(Number(ok.headers['retry-after'])).toBeGreaterThanOrEqual(0)
      await call(z, 'GET', '/api/deposit/depositions')
      await call(z, 'GET', '/nowhere')
      const limited = await call(z, 'GET', '/api/deposit/depositions')
      expect([limited.status, limited.json]).toEqual([429, { status: 429, message: '3 per 1 minute' }])
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
      expect(limited.headers['x-ratelimit-remaining']).toBe('0')
      // keyed by User-Agent + IP
      const other = await call(z, 'GET', '/api/deposit/depositions', { headers: { 'User-Agent': 'x' } })
      expect(other.status).toBe(200)
    })
  })

  describe('faults', () => {
    it('status: answers at once (503 JSON, 502 nginx HTML), nothing processed', async () => {
      z.addFault({
        method: 'POST',
        path: '/api/deposit/depositions',
        action: { kind: 'status', status: 503 }
      })
      z.addFault({
        path: /depositions$/,
        action: {
          kind: 'status',
          status: 502,
          body: '<html><body>502 Bad Gateway</body></html>',
          headers: { 'Retry-After': '1' }
        }
      })
      const a = await call(z, 'POST', '/api/deposit/depositions', { json: {} })
      expect([a.status, a.headers['content-type'], a.json.status]).toEqual([503, 'application/json', 503])
      const b = await call(z, 'POST', '/api/deposit/depositions', { json: {} })
      expect([b.status, b.headers['content-type'], b.headers['retry-after']]).toEqual([502, 'text/html', '1'])
      expect(a.headers).not.toHaveProperty('retry-after')
      expect(z.depositions()).toHaveLength(0)
      expect((await call(z, 'POST', '/api/deposit/depositions', { json: {} })).status).toBe(201)
    })

    it('status-after: processes (publishes) and then answers the fault', async () => {
      const dep = await createDraft(z)
      await put(z, dep, 'a', 'a')
      z.addFault({
        path: '/actions/publish',
        action: { kind: 'status-after', status: 504, body: 'Gateway Timeout' }
      })
      const r = await call(z, 'POST', dep.links.publish)
      expect([r.status, r.text, r.headers['content-type']]).toEqual([504, 'Gateway Timeout', 'text/plain'])
      expect(r.headers).not.toHaveProperty('retry-after')
      expect(z.deposition(dep.id)?.state).toBe('done')
    })

    it('reset-mid-body: the connection drops during the upload, nothing stored', async () => {
      const dep = await createDraft(z)
      z.addFault({ method: 'PUT', action: { kind: 'reset-mid-body' } })
      await expect(put(z, dep, 'a.bin', Buffer.alloc(1 << 20, 7))).rejects.toThrow()
      expect(z.deposition(dep.id)?.files).toEqual([])
      const entry = z.requests.find((e) => e.method === 'PUT')
      expect(entry?.status).toBe(0)
      expect(entry?.bodyBytes).toBeGreaterThanOrEqual(1 << 19)
      expect(entry?.bodyBytes).toBeLessThan(1 << 20)
    })

    it('reset-after-processing: stored, but no answer', async () => {
      const dep = await createDraft(z)
      z.addFault({ path: 'a.bin', action: { kind: 'reset-after-processing' } })
      await expect(put(z, dep, 'a.bin', 'abc')).rejects.toThrow()
      expect(z.deposition(dep.id)?.files.map((f) => f.md5)).toEqual([md5('abc')])
    })

    it('wrong-checksum: the stored (and reported) md5 differs from what was sent', async () => {
      const dep = await createDraft(z)
      z.addFault({ method: 'PUT', action: { kind: 'wrong-checksum' } })
      const r = await put(z, dep, 'a.txt', 'hello')
      expect(r.status).toBe(201)
      expect(r.json.checksum).not.toBe(`md5:${md5('hello')}`)
      const stored = z.fileBytes(dep.id, 'a.txt') as Buffer
      expect(r.json.checksum).toBe(`md5:${md5(stored)}`)
      expect(stored.length).toBe(5)
      const files = await call(z, 'GET', dep.links.files)
      expect(`md5:${files.json[0].checksum as string}`).toBe(r.json.checksum)
    })

    it('delay and stall slow the answer down but change nothing else', async () => {
      const dep = await createDraft(z)
      z.addFault({ path: dep.links.self.replace(z.url, ''), action: { kind: 'delay', ms: 200 } })
      let t = Date.now()
      expect((await call(z, 'GET', dep.links.self)).status).toBe(200)
      expect(Date.now() - t).toBeGreaterThanOrEqual(190)
      z.addFault({ method: 'PUT', action: { kind: 'stall', ms: 300 } })
      t = Date.now()
      const r = await put(z, dep, 'big.bin', Buffer.alloc(4 << 20, 3))
      expect(Date.now() - t).toBeGreaterThanOrEqual(290)
      expect([r.status, r.json.checksum]).toEqual([201, `md5:${md5(Buffer.alloc(4 << 20, 3))}`])
    })

    it('times counts down (Infinity = always); clearFaults removes them; method must match', async () => {
      z.addFault({
        method: 'GET',
        path: '/api/deposit/depositions',
        times: 2,
        action: { kind: 'status', status: 500 }
      })
      expect((await call(z, 'POST', '/api/deposit/depositions', { json: {} })).status).toBe(201)
      expect((await call(z, 'GET', '/api/deposit/depositions')).status).toBe(500)
      expect((await call(z, 'GET', '/api/deposit/depositions')).status).toBe(500)
      expect((await call(z, 'GET', '/api/deposit/depositions')).status).toBe(200)
      z.addFault({ times: Infinity, action: { kind: 'status', status: 503 } })
      for (let i = 0; i < 3; i++) expect((await call(z, 'GET', '/api/records/1')).status).toBe(503)
      z.clearFaults()
      expect((await call(z, 'GET', '/api/deposit/depositions')).status).toBe(200)
    })
  })

  describe('inspection and seeding', () => {
    it('GET /__fake/state returns depositions(); seedPublished makes records and versions', async () => {
      const v1 = await z.seedPublished({ metadata: META, files: [{ key: 'a.txt', content: 'a' }] })
      const v2 = await z.seedPublished({
        metadata: META,
        files: [{ key: 'a.txt', content: 'b' }],
        conceptrecid: v1.conceptrecid
      })
      expect([v1.state, v2.state, v2.conceptrecid, v2.doi]).toEqual([
        'done',
        'done',
        v1.conceptrecid,
        `10.5281/zenodo.${v2.id}`
      ])
      const state = await call(z, 'GET', '/__fake/state', { token: null })
      expect(state.json).toEqual(z.depositions())
      const concept = await call(z, 'GET', `/api/records/${v1.conceptrecid}`)
      expect(concept.headers.location).toBe(`${z.url}/api/records/${v2.id}`)
    })
  })

  describe('large upload', () => {
    it('streams 200 MiB to disk with flat memory (md5 and size checked)', async () => {
      const dep = await createDraft(z)
      const size = 200 * 1024 * 1024
      const chunk = Buffer.alloc(1 << 20)
      for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + 7) & 0xff
      const hash = createHash('md5')
      let sent = 0
      const source = new Readable({
        read() {
          if (sent >= size) {
            this.push(null)
            return
          }
          sent += chunk.length
          hash.update(chunk)
          this.push(chunk)
        }
      })
      global.gc?.()
      const base = process.memoryUsage().rss
      let peak = base
      const timer = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss)
      }, 20)
      const r = await call(z, 'PUT', `${dep.links.bucket as string}/big.bin`, {
        body: source,
        headers: { 'Content-Length': String(size) }
      })
      clearInterval(timer)
      expect(r.status).toBe(201)
      expect(r.json.size).toBe(size)
      expect(r.json.checksum).toBe(`md5:${hash.digest('hex')}`)
      expect(peak - base).toBeLessThan(100 * 1024 * 1024)
    }, 120000)
  })

  describe('CLI', () => {
    it('prints one JSON line, then exits cleanly on SIGTERM removing its storage', async () => {
      const cli = fileURLToPath(new URL('./support/fake-zenodo-cli.ts', import.meta.url))
      const env = { ...process.env, NODE_OPTIONS: '' }
      const child = spawn(process.execPath, ['--import', 'tsx', cli, '--no-rate-limit', '--verbose'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let err = ''
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString()
      })
      const line = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString()
          if (out.includes('\n')) resolve(out.split('\n')[0])
        })
        child.once('exit', (code) => reject(new Error(`exited ${String(code)}`)))
      })
      const ready = JSON.parse(line) as { url: string; token: string }
      expect(ready.token).toBe('owner-token')
      const state = await fetch(`${ready.url}/api/deposit/depositions`, {
        method: 'POST',
        headers: { Authorization: 'Bearer owner-token', 'Content-Type': 'application/json' },
        body: '{}'
      })
      expect(state.status).toBe(201)
      const deps = (await (await fetch(`${ready.url}/__fake/state`)).json()) as Obj[]
      expect(deps).toHaveLength(1)
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      child.kill('SIGTERM')
      expect(await exit).toBe(0)
      const storage = /storage (\S+)/.exec(err)?.[1] as string
      expect(storage).toMatch(/fake-zenodo-/)
      expect(existsSync(storage)).toBe(false)
      expect(err).toMatch(/POST \/api\/deposit\/depositions 201/)
    }, 30000)
  })
})

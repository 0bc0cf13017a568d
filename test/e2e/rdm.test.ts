// The native InvenioRDM records API, end to end through the bundled action: a stock InvenioRDM
// instance (the fake's invenio flavor, no legacy routes) chosen by `api: auto`, and zenodo.org's
// native API with `api: rdm`.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { META, inputsFor, useFakeZenodo, writesSince } from '../support/e2e.js'
import type { FakeZenodo } from '../support/fake-zenodo.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

interface NativeRecord {
  id: string
  is_published: boolean
  parent: { id: string }
  pids?: { doi?: { identifier: string } }
  metadata: { title?: string; version?: string; related_identifiers?: Array<{ identifier: string }> }
}

async function nativeRecord(server: FakeZenodo, id: string): Promise<NativeRecord> {
  const res = await fetch(`${server.url}/api/records/${id}`, {
    headers: { Authorization: 'Bearer owner-token', Accept: 'application/vnd.inveniordm.v1+json' }
  })
  expect(res.status).toBe(200)
  return (await res.json()) as NativeRecord
}

async function nativeFiles(server: FakeZenodo, id: string): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/api/records/${id}/files`, { headers: { Authorization: 'Bearer owner-token' } })
  const body = (await res.json()) as { entries: Array<{ key: string; checksum: string }> }
  return Object.fromEntries(body.entries.map((e) => [e.key, e.checksum]))
}

describe('a stock InvenioRDM instance (api: auto)', () => {
  const server = useFakeZenodo({ flavor: 'invenio' })

  it('chooses the records API, publishes with a DOI, and a re-run changes nothing', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a', 'b.csv': 'bb' })
    const inputs = inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /api: auto chose the InvenioRDM records API \(GET \/api\/deposit\/depositions answered 404\)/
    )
    expect(run.outputs.state).toBe('published')
    expect(run.outputs.doi).toMatch(/^10\.1234\//)
    expect(run.outputs['deposition-id']).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/)
    const record = await nativeRecord(server(), run.outputs['deposition-id'])
    expect(record.is_published).toBe(true)
    expect(record.metadata.version).toBe('v1')
    expect(record.metadata.related_identifiers?.map((r) => r.identifier)).toContain(
      'https://github.com/octo-org/dataset/tree/v1'
    )
    expect(await nativeFiles(server(), record.id)).toEqual({ 'a.csv': `md5:${md5('a')}`, 'b.csv': `md5:${md5('bb')}` })
    // Only the one probe ever touched the legacy routes.
    expect(
      server()
        .requests.filter((r) => r.path.startsWith('/api/deposit'))
        .map((r) => r.status)
    ).toEqual([404])

    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/Already archived/)
    expect(writesSince(server(), before)).toEqual([])
    expect(again.outputs['deposition-id']).toBe(run.outputs['deposition-id'])
  })

  it('resumes its draft after a failed upload, then publishes a new version on the next tag', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a1', 'b.csv': 'b1' })
    server().addFault({
      method: 'PUT',
      path: /\/b\.csv\/content$/,
      times: Infinity,
      action: { kind: 'status', status: 500 }
    })
    const failed = await runAction(inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto' }, META), {
      workspace: ws,
      ref: 'refs/tags/v1'
    })
    expect(failed.code).toBe(1)
    expect(failed.outputs.state).toBe('draft')
    server().clearFaults()
    const v1 = await runAction(inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto' }, META), {
      workspace: ws,
      ref: 'refs/tags/v1'
    })
    expect(v1.code).toBe(0)
    expect(v1.outputs['deposition-id']).toBe(failed.outputs['deposition-id'])
    const concept = v1.outputs['concept-id']
    const ws2 = makeWorkspace({ 'a.csv': 'a1', 'c.csv': 'c2' })
    const v2 = await runAction(
      inputsFor(
        server(),
        { files: '*.csv', publish: 'true', 'deposition-id': concept, 'delete-old-files': 'true', api: 'auto' },
        META
      ),
      { workspace: ws2, ref: 'refs/tags/v2' }
    )
    expect(v2.errors).toEqual([])
    expect(v2.code).toBe(0)
    expect(v2.outputs['concept-id']).toBe(concept)
    expect(v2.outputs['deposition-id']).not.toBe(v1.outputs['deposition-id'])
    expect(await nativeFiles(server(), v2.outputs['deposition-id'])).toEqual({
      'a.csv': `md5:${md5('a1')}`,
      'c.csv': `md5:${md5('c2')}`
    })
    const statuses = JSON.parse(v2.outputs.files) as Array<{ name: string; status: string }>
    expect(Object.fromEntries(statuses.map((f) => [f.name, f.status]))).toEqual({
      'a.csv': 'skipped',
      'b.csv': 'deleted',
      'c.csv': 'uploaded'
    })
  })
})

describe('a stock InvenioRDM instance: releases, dry runs and errors (api: auto)', () => {
  const server = useFakeZenodo({ flavor: 'invenio' })
  const auto = (extra: Record<string, string>) =>
    inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto', ...extra }, META)

  it('a dry run prints the plan and writes nothing', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const run = await runAction(auto({ 'dry-run': 'true' }), { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.errors).toEqual([])
    expect(run.outputs.state).toBe('dry-run')
    expect(run.stdout).toMatch(/Plan: create a new deposition/)
    expect(run.stdout).toMatch(/upload +a\.csv/)
    expect(writesSince(server())).toEqual([])
  })

  it('makes the next version from a concept DOI found through the instance search', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const v1 = await runAction(auto({}), { workspace: ws, ref: 'refs/tags/v1' })
    expect(v1.outputs['concept-doi']).toMatch(/^10\.1234\//)
    const ws2 = makeWorkspace({ 'a.csv': 'a2' })
    const v2 = await runAction(auto({ 'deposition-id': `https://doi.org/${v1.outputs['concept-doi']}` }), {
      workspace: ws2,
      ref: 'refs/tags/v2'
    })
    expect(v2.errors).toEqual([])
    expect(v2.outputs['concept-id']).toBe(v1.outputs['concept-id'])
    expect(v2.outputs['concept-doi']).toBe(v1.outputs['concept-doi'])
    expect((await nativeRecord(server(), v2.outputs['deposition-id'])).metadata.version).toBe('v2')
    // The release is archived: the same run again changes nothing.
    const before = server().requests.length
    const again = await runAction(auto({ 'deposition-id': v1.outputs['concept-doi'] }), {
      workspace: ws2,
      ref: 'refs/tags/v2'
    })
    expect(again.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
  })

  it('names the instance, not Zenodo, when it refuses the token', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const run = await runAction({ ...auto({}), token: 'no-such-token' }, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.code).toBe(1)
    const host = new URL(server().url).host
    expect(run.errors.join('\n')).toContain(`${host} refused`)
    expect(run.errors.join('\n')).not.toMatch(/Zenodo/)
  })
})

describe('zenodo.org through its native API (api: rdm)', () => {
  const server = useFakeZenodo({ flavor: 'zenodo' })

  it('publishes through /api/records with the vendor media type, and the legacy API sees the record', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const run = await runAction(inputsFor(server(), { files: 'a.csv', publish: 'true', api: 'rdm' }, META), {
      workspace: ws,
      ref: 'refs/tags/v1'
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('published')
    expect(run.outputs.doi).toMatch(/^10\.5281\/zenodo\.\d+$/)
    const recordCalls = server().requests.filter(
      (r) => /^\/api\/(records|user\/records)/.test(r.path) && !/\/files/.test(r.path)
    )
    expect(recordCalls.length).toBeGreaterThan(0)
    expect(recordCalls.every((r) => r.headers.accept === 'application/vnd.inveniordm.v1+json')).toBe(true)
    const legacy = server().deposition(Number(run.outputs['deposition-id']))!
    expect(legacy.published).toBe(true)
    expect(legacy.files.map((f) => f.key)).toEqual(['a.csv'])
  })

  it('a re-run of a draft whose file says license: MIT sends no metadata update (the instance stores mit)', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(server(), { files: 'a.csv', api: 'rdm' }, { ...META, license: 'MIT' })
    const first = await runAction(inputs, { workspace: ws })
    expect(first.code).toBe(0)
    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws })
    expect(again.code).toBe(0)
    expect(again.outputs['deposition-id']).toBe(first.outputs['deposition-id'])
    expect(writesSince(server(), before)).toEqual([])
  })

  it('auto keeps the legacy API where the server has it', async () => {
    const run = await runAction(inputsFor(server(), { files: 'a.csv', api: 'auto' }, META), {
      workspace: makeWorkspace({ 'a.csv': 'a' })
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /api: auto chose the legacy deposit API \(GET \/api\/deposit\/depositions answered 200\)/
    )
    expect(server().requests.some((r) => r.method === 'POST' && r.path === '/api/deposit/depositions')).toBe(true)
  })
})

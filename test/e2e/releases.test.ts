// End to end: new versions of a concept, metadata files, publish, idempotent re-runs.

import { beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { copyFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { type FakeDepositionView } from '../support/fake-zenodo.js'
import { contentPuts, inputsFor, legacyOnly, META, uploadPath, useFakeZenodo } from '../support/e2e.js'
import { fileStatuses, makeWorkspace, runAction } from '../support/run-action.js'

const md5 = (s: string | Buffer): string => createHash('md5').update(s).digest('hex')
const V1_META = { ...META, description: 'Version one', version: 'v1.0.0' }

const server = useFakeZenodo()
let v1: FakeDepositionView
beforeEach(async () => {
  v1 = await server().seedPublished({
    metadata: V1_META,
    files: [
      { key: 'a.csv', content: 'a v1' },
      { key: 'b.csv', content: 'b v1' }
    ]
  })
})

const inputs = (extra: Record<string, string>): Record<string, string> => inputsFor(server(), extra)
const drafts = (): FakeDepositionView[] => {
  const all = server().depositions()
  return all.filter((d) => !d.published)
}
const bucketPuts = (): number => contentPuts(server()).length

describe('new version of a published concept', () => {
  const forms: Array<[string, (v: FakeDepositionView, url: string) => string]> = [
    ['the record id', (v) => String(v.id)],
    ['the concept id', (v) => v.conceptrecid],
    ['a version DOI', (v) => `10.5281/zenodo.${v.id}`],
    ['a concept DOI with doi: prefix', (v) => `doi:10.5281/zenodo.${v.conceptrecid}`],
    ['a doi.org URL', (v) => `https://doi.org/10.5281/zenodo.${v.id}`],
    ['a records URL', (v, url) => `${url}/records/${v.id}`],
    ['a deposit URL', (v, url) => `${url}/deposit/${v.id}`],
    ['an uploads URL', (v, url) => `${url}/uploads/${v.id}`]
  ]
  it.each(forms)(
    'given %s: new draft from the latest version, inherited files replaced, published',
    async (_name, form) => {
      const ws = makeWorkspace({ 'a.csv': 'a v2', 'c.csv': 'c v2' })
      const run = await runAction(
        inputs({
          'deposition-id': form(v1, server().url),
          files: '*.csv',
          publish: 'true',
          'delete-old-files': 'true'
        }),
        { workspace: ws, ref: 'refs/tags/v2.0.0' }
      )
      expect(run.errors).toEqual([])
      expect(run.code).toBe(0)
      const all = server().depositions()
      expect(all).toHaveLength(2)
      const v2 = all.find((d) => d.id !== v1.id)!
      expect(v2.conceptrecid).toBe(v1.conceptrecid)
      expect(v2.published).toBe(true)
      expect(v2.metadata.version).toBe('v2.0.0')
      expect(v2.metadata.title).toBe('Survey data')
      expect(v2.files.map((f) => [f.key, f.md5]).sort()).toEqual([
        ['a.csv', md5('a v2')],
        ['c.csv', md5('c v2')]
      ])
      // The old version is untouched.
      const old = server().deposition(v1.id)!
      expect(old.files.map((f) => f.md5).sort()).toEqual([md5('a v1'), md5('b v1')].sort())
      expect(run.outputs['deposition-id']).toBe(String(v2.id))
      expect(run.outputs.state).toBe('published')
      expect(run.outputs.doi).toBe(`10.5281/zenodo.${v2.id}`)
      expect(run.outputs['concept-doi']).toBe(`10.5281/zenodo.${v1.conceptrecid}`)
      const statuses = fileStatuses(run)
      expect(statuses).toEqual({ 'a.csv': 'uploaded', 'c.csv': 'uploaded', 'b.csv': 'deleted' })
    }
  )

  it('an older version id versions from the latest one', async () => {
    const v2 = await server().seedPublished({
      conceptrecid: v1.conceptrecid,
      metadata: { ...V1_META, version: 'v2' },
      files: [{ key: 'z.csv', content: 'z v2' }]
    })
    const ws = makeWorkspace({ 'new.csv': 'v3' })
    const run = await runAction(inputs({ 'deposition-id': String(v1.id), files: 'new.csv', publish: 'true' }), {
      workspace: ws,
      ref: 'refs/tags/v3'
    })
    expect(run.code).toBe(0)
    const v3 = server().deposition(Number(run.outputs['deposition-id']))!
    expect(v3.id).not.toBe(v2.id)
    // Inherited from v2 (the latest), not v1; kept since delete-old-files is off.
    expect(v3.files.map((f) => f.key).sort()).toEqual(['new.csv', 'z.csv'])
  })

  it('keeps an unchanged inherited file instead of deleting and re-sending it', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a v1', 'd.csv': 'd' })
    const run = await runAction(
      inputs({ 'deposition-id': String(v1.id), files: '*.csv', 'delete-old-files': 'true' }),
      { workspace: ws, ref: 'refs/tags/v2' }
    )
    expect(run.code).toBe(0)
    const sent = contentPuts(server()).map((r) => r.key)
    expect(sent).toEqual(['d.csv'])
    const deleted = server()
      .requests.filter((r) => r.method === 'DELETE')
      .map((r) => decodeURIComponent(r.path.split('/').pop()!))
    expect(deleted).toEqual(['b.csv'])
    const statuses = fileStatuses(run)
    expect(statuses).toEqual({ 'a.csv': 'skipped', 'b.csv': 'deleted', 'd.csv': 'uploaded' })
  })

  it('reuses a leftover new-version draft instead of failing or making a second one', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a v2', 'c.csv': 'c v2' })
    // First run dies on one upload (every attempt fails) and leaves its draft behind.
    server().addFault({
      method: 'PUT',
      path: uploadPath('c.csv'),
      times: Infinity,
      action: { kind: 'status', status: 500, contentType: 'application/json', body: '{"status":500,"message":"boom"}' }
    })
    const first = await runAction(inputs({ 'deposition-id': String(v1.id), files: '*.csv', publish: 'true' }), {
      workspace: ws,
      ref: 'refs/tags/v2'
    })
    expect(first.code).toBe(1)
    expect(first.outputs.state).toBe('draft')
    expect(drafts()).toHaveLength(1)
    const draftId = drafts()[0].id
    expect(first.outputs['deposition-id']).toBe(String(draftId))
    server().clearFaults()
    const second = await runAction(inputs({ 'deposition-id': String(v1.id), files: '*.csv', publish: 'true' }), {
      workspace: ws,
      ref: 'refs/tags/v2'
    })
    expect(second.errors).toEqual([])
    expect(second.code).toBe(0)
    expect(second.outputs['deposition-id']).toBe(String(draftId))
    expect(server().depositions()).toHaveLength(2)
    const v2 = server().deposition(draftId)!
    expect(v2.published).toBe(true)
    expect(v2.files.find((f) => f.key === 'c.csv')?.md5).toBe(md5('c v2'))
    // a.csv made it in the first run: the second one skips it.
    const statuses = fileStatuses(second)
    expect(statuses).toEqual({ 'a.csv': 'skipped', 'c.csv': 'uploaded' })
  })

  it('finds a pending draft made outside the action (e.g. in the web UI)', async () => {
    const res = await fetch(`${server().url}/api/deposit/depositions/${v1.id}/actions/newversion`, {
      method: 'POST',
      headers: { Authorization: 'Bearer owner-token' }
    })
    expect(res.status).toBe(201)
    const ws = makeWorkspace({ 'a.csv': 'a v2' })
    const run = await runAction(inputs({ 'deposition-id': String(v1.id), files: 'a.csv' }), {
      workspace: ws,
      ref: 'refs/tags/v2'
    })
    expect(run.code).toBe(0)
    expect(drafts()).toHaveLength(1)
    expect(run.outputs['deposition-id']).toBe(String(drafts()[0].id))
  })

  legacyOnly(
    'recovers when the search misses the pending draft and newversion answers 400 "Please remove all files first."',
    async () => {
      // Made two minutes ago (the server's clock), so it is a leftover, not a concurrent run's.
      server().setClockOffset(-120_000)
      const res = await fetch(`${server().url}/api/deposit/depositions/${v1.id}/actions/newversion`, {
        method: 'POST',
        headers: { Authorization: 'Bearer owner-token' }
      })
      const pendingId = ((await res.json()) as { id: number }).id
      server().setClockOffset(0)
      // The first searches (the marker's, the concept's, the look right before newversion) find
      // nothing; the one after the 400 finds it.
      server().addFault({
        method: 'GET',
        path: '/api/deposit/depositions',
        times: 3,
        action: { kind: 'status', status: 200, contentType: 'application/json', body: '[]' }
      })
      const ws = makeWorkspace({ 'a.csv': 'a v2' })
      const run = await runAction(inputs({ 'deposition-id': String(v1.id), files: 'a.csv' }), {
        workspace: ws,
        ref: 'refs/tags/v2'
      })
      expect(run.errors).toEqual([])
      const newVersions = server().requests.filter((r) => r.path.endsWith('/actions/newversion'))
      expect(newVersions.map((r) => r.status)).toEqual([201, 400])
      expect(drafts()).toHaveLength(1)
      expect(run.outputs['deposition-id']).toBe(String(pendingId))
    }
  )

  it('does nothing when the latest version already has this version and these files', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a v1', 'b.csv': 'b v1' })
    const run = await runAction(inputs({ 'deposition-id': v1.conceptrecid, files: '*.csv', publish: 'true' }), {
      workspace: ws,
      ref: 'refs/tags/v1.0.0'
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Already archived/)
    expect(server().depositions()).toHaveLength(1)
    expect(server().requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
    expect(run.outputs['deposition-id']).toBe(String(v1.id))
    expect(run.outputs.state).toBe('published')
  })
})

describe('idempotent re-runs without deposition-id', () => {
  it('a repeat run finds its draft and uploads nothing; a changed file alone is sent again', async () => {
    const ws = makeWorkspace({ 'x.csv': 'x1', 'y.csv': 'y1', '.zenodo.json': JSON.stringify(V1_META) })
    const opts = { workspace: ws, ref: 'refs/tags/v5' }
    const first = await runAction(inputs({ files: '*.csv' }), opts)
    expect(first.code).toBe(0)
    const afterFirst = server().requests.length
    const second = await runAction(inputs({ files: '*.csv' }), opts)
    expect(second.code).toBe(0)
    expect(second.outputs['deposition-id']).toBe(first.outputs['deposition-id'])
    const secondRequests = server().requests.slice(afterFirst)
    // Only reads: no new draft, no metadata PUT, no upload.
    expect(secondRequests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(JSON.parse(second.outputs.files).map((f: { status: string }) => f.status)).toEqual(['skipped', 'skipped'])
    writeFileSync(path.join(ws, 'y.csv'), 'y2')
    const before = bucketPuts()
    const third = await runAction(inputs({ files: '*.csv' }), opts)
    expect(third.code).toBe(0)
    expect(bucketPuts() - before).toBe(1)
    expect(drafts()).toHaveLength(1)
    const dep = server().deposition(Number(first.outputs['deposition-id']))!
    expect(dep.files.find((f) => f.key === 'y.csv')?.md5).toBe(md5('y2'))
  })

  it('a different ref makes its own deposition', async () => {
    const ws = makeWorkspace({ 'x.csv': 'x' })
    await runAction(inputs({ files: '*.csv' }), { workspace: ws, ref: 'refs/tags/v1' })
    await runAction(inputs({ files: '*.csv' }), { workspace: ws, ref: 'refs/tags/v2' })
    expect(drafts()).toHaveLength(2)
  })
})

describe('metadata', () => {
  it('converts a real CITATION.cff (xarray: 28 authors with ORCID URLs)', async () => {
    const ws = makeWorkspace({ 'data.bin': 'bytes' })
    copyFileSync('test/fixtures/samples/cff/pydata__xarray.cff', path.join(ws, 'CITATION.cff'))
    const run = await runAction(inputs({ files: 'data.bin', publish: 'true' }), {
      workspace: ws,
      ref: 'refs/tags/v2024.1.0'
    })
    expect(run.errors).toEqual([])
    const [dep] = server()
      .depositions()
      .filter((d) => d.id !== v1.id)
    const creators = dep.metadata.creators as Array<{ name: string; orcid?: string }>
    expect(creators.length).toBeGreaterThanOrEqual(27)
    expect(creators[0].name).toMatch(/^[^,]+, [^,]+$/)
    for (const c of creators) if (c.orcid) expect(c.orcid).toMatch(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/)
    expect(dep.metadata.title).toMatch(/xarray/i)
    expect(dep.metadata.version).toBe('v2024.1.0')
    expect(dep.published).toBe(true)
    const related = dep.metadata.related_identifiers as Array<{ identifier: string; relation: string }>
    expect(related).toContainEqual(
      expect.objectContaining({
        identifier: 'https://github.com/octo-org/dataset/tree/v2024.1.0',
        relation: 'isSupplementTo'
      })
    )
  })

  it('.zenodo.json wins over CITATION.cff', async () => {
    const ws = makeWorkspace({
      'data.bin': 'bytes',
      '.zenodo.json': JSON.stringify({
        title: 'From zenodo json',
        upload_type: 'software',
        creators: [{ name: 'Z, J' }]
      })
    })
    copyFileSync('test/fixtures/samples/cff/pandas-dev__pandas.cff', path.join(ws, 'CITATION.cff'))
    const run = await runAction(inputs({ files: 'data.bin' }), { workspace: ws })
    expect(run.code).toBe(0)
    expect(server().deposition(Number(run.outputs['deposition-id']))!.metadata.title).toBe('From zenodo json')
  })

  it('the version input wins; off a tag the file version stands', async () => {
    const ws = makeWorkspace({ 'data.bin': 'bytes', '.zenodo.json': JSON.stringify({ ...V1_META, version: '9.9' }) })
    const offTag = await runAction(inputs({ files: 'data.bin' }), { workspace: ws, ref: 'refs/heads/main' })
    expect(server().deposition(Number(offTag.outputs['deposition-id']))!.metadata.version).toBe('9.9')
    const given = await runAction(inputs({ files: 'data.bin', version: '10.0-rc1' }), {
      workspace: ws,
      ref: 'refs/tags/v10',
      repository: 'octo-org/other'
    })
    expect(server().deposition(Number(given.outputs['deposition-id']))!.metadata.version).toBe('10.0-rc1')
  })

  it('fails before any write when publish is set and the metadata would be refused', async () => {
    const ws = makeWorkspace({ 'data.bin': 'bytes' })
    const run = await runAction(inputs({ files: 'data.bin', publish: 'true', metadata: '{"title":"ok title"}' }), {
      workspace: ws
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/metadata\.creators/)
    expect(run.errors[0]).toMatch(/metadata\.upload_type/)
    expect(server().requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
  })

  it('names the file and line of a malformed CITATION.cff', async () => {
    const ws = makeWorkspace({
      'data.bin': 'bytes',
      'CITATION.cff': 'cff-version: 1.2.0\ntitle: "x\nauthors:\n  - name: [unclosed\n'
    })
    const run = await runAction(inputs({ files: 'data.bin' }), { workspace: ws })
    expect(run.code).toBe(1)
    // The opening quote is on line 2.
    expect(run.errors[0]).toMatch(/CITATION\.cff:2/)
    // Only the seeded record exists, and nothing was sent that writes.
    expect(server().depositions()).toHaveLength(1)
    expect(server().requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
    expect(server().requests).toHaveLength(0)
  })

  it('inline JSON, plain or wrapped in {"metadata": ...}', async () => {
    const ws = makeWorkspace({ 'data.bin': 'bytes' })
    const wrapped = await runAction(
      inputs({ files: 'data.bin', metadata: JSON.stringify({ metadata: { ...V1_META, title: 'Wrapped title' } }) }),
      { workspace: ws }
    )
    expect(server().deposition(Number(wrapped.outputs['deposition-id']))!.metadata.title).toBe('Wrapped title')
  })
})

describe('publish-only run (matrix fan-out)', () => {
  it('several concurrent runs fill one draft, then a run with no files publishes it', async () => {
    const meta = JSON.stringify(V1_META)
    const ws0 = makeWorkspace({})
    const create = await runAction(inputs({ files: '', metadata: meta }), { workspace: ws0, ref: 'refs/tags/data-1' })
    expect(create.code).toBe(0)
    const id = create.outputs['deposition-id']
    const parts = await Promise.all(
      [0, 1, 2].map((i) =>
        runAction(inputs({ files: `part-${i}/*`, 'deposition-id': id, metadata: meta }), {
          workspace: makeWorkspace({
            [`part-${i}/chunk-${i}-a.bin`]: `a${i}`,
            [`part-${i}/chunk-${i}-b.bin`]: `b${i}`
          }),
          ref: 'refs/tags/data-1'
        })
      )
    )
    for (const p of parts) expect(p.errors).toEqual([])
    const publish = await runAction(inputs({ files: '', 'deposition-id': id, publish: 'true', metadata: meta }), {
      workspace: ws0,
      ref: 'refs/tags/data-1'
    })
    expect(publish.errors).toEqual([])
    const dep = server().deposition(Number(id))!
    expect(dep.published).toBe(true)
    expect(dep.files).toHaveLength(6)
    expect(publish.outputs.state).toBe('published')
  })
})

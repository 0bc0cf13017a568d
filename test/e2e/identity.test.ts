// What belongs to a run, end to end through the bundled action: a record open for editing, an
// edited title, a rebuilt artifact, searches that must be complete, names in NFD, and a publish
// whose answer must be checked against the record's state.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { fileKeys, inputsFor, META, useFakeZenodo, writesSince } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const TREE = 'https://github.com/octo-org/dataset/tree'
const marker = (ref: string, dataset?: string): Record<string, string> => ({
  identifier: `${TREE}/${ref}${dataset === undefined ? '' : `?dataset=${encodeURIComponent(dataset)}`}`,
  relation: 'isSupplementTo',
  resource_type: 'software',
  scheme: 'url'
})
const md5 = (s: string): string => createHash('md5').update(s).digest('hex')

const server = useFakeZenodo()
const inputs = (extra: Record<string, string>, meta: Record<string, unknown> = META): Record<string, string> =>
  inputsFor(server(), extra, meta)
const concepts = (): Set<string> => {
  const all = server().depositions()
  return new Set(all.map((d) => d.conceptrecid))
}

async function publishedV1(files: Record<string, string>, extra: Record<string, unknown> = {}) {
  return server().seedPublished({
    metadata: { ...META, version: 'v1', related_identifiers: [marker('v1')], ...extra },
    files: Object.entries(files).map(([key, content]) => ({ key, content }))
  })
}

describe('a record open for editing on Zenodo (defect 1)', () => {
  async function openEdit(id: number): Promise<void> {
    const res = await fetch(`${server().url}/api/deposit/depositions/${id}/actions/edit`, {
      method: 'POST',
      headers: { Authorization: 'Bearer owner-token' }
    })
    expect(res.status).toBe(201)
  }

  /** Publishes v1 with a.csv, opens it for editing, then runs the v1 tag with a.csv holding content. */
  async function runOnOpenEdit(content: string) {
    const v1 = await publishedV1({ 'a.csv': 'a' })
    await openEdit(v1.id)
    const before = server().requests.length
    const run = await runAction(inputs({ files: 'a.csv', publish: 'true' }), {
      workspace: makeWorkspace({ 'a.csv': content }),
      ref: 'refs/tags/v1'
    })
    return { v1, before, run }
  }

  it('is already archived when its published version holds these files', async () => {
    const { v1, before, run } = await runOnOpenEdit('a')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Already archived/)
    expect(writesSince(server(), before)).toEqual([])
    expect(concepts().size).toBe(1)
    expect(run.outputs['deposition-id']).toBe(String(v1.id))
  })

  it('fails and names the open edit when the files differ; nothing is written', async () => {
    const { v1, before, run } = await runOnOpenEdit('rebuilt')
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(new RegExp(`Record \\(open for editing\\) ${v1.id}.*has an edit open on Zenodo`))
    expect(writesSince(server(), before)).toEqual([])
    expect(server().depositions()).toHaveLength(1)
    expect(server().deposition(v1.id)!.state).toBe('inprogress')
  })
})

describe('the title is not an identity (defect 2)', () => {
  it('a record whose title was edited on Zenodo, holding exactly these files, is this release', async () => {
    const v1 = await publishedV1({ 'a.csv': 'a' }, { title: 'Survey data (edited on Zenodo)' })
    const before = server().requests.length
    const run = await runAction(inputs({ files: 'a.csv', publish: 'true' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' }),
      ref: 'refs/tags/v1'
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Already archived/)
    expect(writesSince(server(), before)).toEqual([])
    expect(run.outputs['deposition-id']).toBe(String(v1.id))
  })

  it('another title with other files fails before any write, naming both titles and the dataset input', async () => {
    const v1 = await publishedV1({ 'a.csv': 'a' }, { title: 'Dataset A' })
    const before = server().requests.length
    const run = await runAction(inputs({ files: 'b.csv', publish: 'true' }, { ...META, title: 'Dataset B' }), {
      workspace: makeWorkspace({ 'b.csv': 'b' }),
      ref: 'refs/tags/v1'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(`Record ${v1.id} .*titled 'Dataset A', while this run's metadata says 'Dataset B'.*'dataset' input`)
    )
    expect(writesSince(server(), before)).toEqual([])
  })

  it('distinct dataset keys keep two datasets of one tag apart, whatever their titles become', async () => {
    const ref = 'refs/tags/v1'
    const a = await runAction(inputs({ files: 'a.csv', publish: 'true', dataset: 'raw' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' }),
      ref
    })
    const b = await runAction(inputs({ files: 'b.csv', publish: 'true', dataset: 'figures' }), {
      workspace: makeWorkspace({ 'b.csv': 'b' }),
      ref
    })
    expect([a.code, b.code]).toEqual([0, 0])
    expect(a.outputs['concept-id']).not.toBe(b.outputs['concept-id'])
    const links = server().deposition(Number(b.outputs['deposition-id']))!.metadata.related_identifiers as Array<{
      identifier: string
    }>
    expect(links.map((l) => l.identifier)).toContain(`${TREE}/v1?dataset=figures`)
    // Rename both on the server (as an edit on Zenodo would), then re-run each: nothing changes.
    const before = server().requests.length
    const again = await runAction(
      inputs({ files: 'b.csv', publish: 'true', dataset: 'figures' }, { ...META, title: 'Figures, renamed' }),
      { workspace: makeWorkspace({ 'b.csv': 'b' }), ref }
    )
    expect(again.code).toBe(0)
    expect(again.outputs['deposition-id']).toBe(b.outputs['deposition-id'])
    expect(writesSince(server(), before)).toEqual([])
    expect(concepts().size).toBe(2)
  })
})

describe('a rebuilt artifact on a published tag (defect 3)', () => {
  it('fails before any write, naming the record, its DOI and the version', async () => {
    const v1 = await publishedV1({ 'pkg.tar.gz': 'build 1' })
    const before = server().requests.length
    const run = await runAction(inputs({ files: 'pkg.tar.gz', publish: 'true' }), {
      workspace: makeWorkspace({ 'pkg.tar.gz': 'build 2' }),
      ref: 'refs/tags/v1'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `Record ${v1.id} \\(${v1.doi!.replace(/\./g, '\\.')}\\) already publishes version v1.*set the 'version' input`
      )
    )
    expect(writesSince(server(), before)).toEqual([])
    const all = server().depositions()
    expect(all.filter((d) => d.published)).toHaveLength(1)
  })

  it('a new version input publishes the corrected release on purpose, as a new version of the concept', async () => {
    const v1 = await publishedV1({ 'pkg.tar.gz': 'build 1' })
    const run = await runAction(inputs({ files: 'pkg.tar.gz', publish: 'true', version: 'v1-1' }), {
      workspace: makeWorkspace({ 'pkg.tar.gz': 'build 2' }),
      ref: 'refs/tags/v1'
    })
    expect(run.code).toBe(0)
    expect(run.outputs['concept-id']).toBe(v1.conceptrecid)
    expect(server().deposition(Number(run.outputs['deposition-id']))!.metadata.version).toBe('v1-1')
  })
})

describe('searches are complete or say so (defect 6)', () => {
  it('finds its record among more than a thousand other depositions, through the server-side filter', async () => {
    for (let i = 0; i < 1100; i++) await server().seedDraft({ metadata: { title: `other ${i}` } })
    const v1 = await publishedV1({ 'a.csv': 'a' })
    for (let i = 0; i < 50; i++) await server().seedDraft({ metadata: { title: `newer ${i}` } })
    const before = server().requests.length
    const run = await runAction(inputs({ files: 'a.csv', publish: 'true' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' }),
      ref: 'refs/tags/v1'
    })
    expect(run.code).toBe(0)
    expect(run.outputs['deposition-id']).toBe(String(v1.id))
    expect(writesSince(server(), before)).toEqual([])
    const searches = server()
      .requests.slice(before)
      .filter((r) => /\/api\/(?:deposit\/depositions|user\/records)\?/.test(r.path))
      // The api: auto probe reads one entry and decides nothing about the identity.
      .filter((r) => r.path !== '/api/deposit/depositions?size=1')
    // Every search is filtered by the server (the marker, or the concept): none pages through all.
    const queries = searches.map((r) => new URL(r.path, server().url).searchParams.get('q') ?? '')
    expect(queries.length).toBeGreaterThan(0)
    for (const q of queries) {
      expect(q).toMatch(
        /^(related\.identifier:"|conceptrecid:|metadata\.related_identifiers\.identifier:"|parent\.id:)/
      )
    }
  }, 120_000)

  it('stops, naming the search, when the marker matches more than it pages through', async () => {
    for (let i = 0; i < 1001; i++) {
      await server().seedDraft({ metadata: { ...META, related_identifiers: [marker('v1')] } })
    }
    const before = server().requests.length
    const run = await runAction(inputs({ files: 'a.csv' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' }),
      ref: 'refs/tags/v1'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      /search for (?:depositions|drafts and records) of octo-org\/dataset@v1 found more than 1000 .*stopped/
    )
    expect(writesSince(server(), before)).toEqual([])
  }, 120_000)
})

describe('remote names in another Unicode form (defect 7)', () => {
  const nfc = 'café.csv'
  const nfd = nfc.normalize('NFD')

  it('replaces a file Zenodo holds in NFD by its own key: no look-alike duplicate', async () => {
    const draft = await server().seedDraft({ metadata: { ...META, related_identifiers: [marker('main')] } })
    await server().seedFile(draft.id, nfd, 'old')
    const run = await runAction(inputs({ files: '*.csv' }), { workspace: makeWorkspace({ [nfc]: 'new' }) })
    expect(run.code).toBe(0)
    const files = server().deposition(draft.id)!.files
    expect(files.map((f) => f.key)).toEqual([nfc])
    expect(files[0].md5).toBe(md5('new'))
  })

  it('skips it when the content is the same, and deletes it by its own key with delete-old-files', async () => {
    const draft = await server().seedDraft({ metadata: { ...META, related_identifiers: [marker('main')] } })
    await server().seedFile(draft.id, nfd, 'same')
    await server().seedFile(draft.id, 'Ångström.txt'.normalize('NFD'), 'gone')
    const run = await runAction(inputs({ files: '*.csv', 'delete-old-files': 'true' }), {
      workspace: makeWorkspace({ [nfc]: 'same' })
    })
    expect(run.code).toBe(0)
    expect(fileKeys(server(), draft.id)).toEqual([nfd])
    const again = await runAction(inputs({ files: '*.csv', 'delete-old-files': 'true' }), {
      workspace: makeWorkspace({ [nfc]: 'same' })
    })
    expect(again.code).toBe(0)
    expect(again.errors).toEqual([])
  })
})

describe('the server state, not the status code (defect 8)', () => {
  it('a publish that answers 202 while the record is not published is not reported as published', async () => {
    const draft = await server().seedDraft({ metadata: { ...META, related_identifiers: [marker('main')] } })
    server().addFault({
      method: 'POST',
      path: '/actions/publish',
      action: {
        kind: 'status',
        status: 202,
        body: JSON.stringify({ id: draft.id, state: 'unsubmitted', submitted: false, links: {}, metadata: {} })
      }
    })
    const run = await runAction(inputs({ files: 'a.csv', publish: 'true' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' })
    })
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/Published /)
    expect(run.errors[0]).toMatch(/accepted the publish request .* but the record is not published/)
    expect(run.outputs.state).toBe('draft')
  })

  it('a publish that answers 200 with the record published is a success', async () => {
    const draft = await server().seedDraft({ metadata: { ...META, related_identifiers: [marker('main')] } })
    server().addFault({ method: 'POST', path: '/actions/publish', action: { kind: 'status-after', status: 200 } })
    const run = await runAction(inputs({ files: 'a.csv', publish: 'true' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' })
    })
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('published')
    expect(server().deposition(draft.id)!.published).toBe(true)
  })
})

// What belongs to the run: an open edit, a title edited on Zenodo, several titled records on one
// tag, datasets, and a rebuilt artifact under a version that is already published.

import { describe, expect, it } from '@jest/globals'
import { PlanError } from '../../src/plan/plan.js'
import { MemoryRepository } from '../support/memory-repository.js'
import { identityOf, keysOf, metadataOf, runOnce, seedFiles, useHarness } from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')
const main = identityOf('refs/heads/main')

describe('(1) a record open for editing', () => {
  it.each([
    { name: 'holding these files: archived', content: 'a', archived: true },
    { name: 'with other files: stops and names the edit', content: 'rebuilt', archived: false },
    {
      name: 'title changed in the edit, these files: archived',
      content: 'a',
      archived: true,
      title: 'Survey data (fixed)'
    }
  ])('$name', async ({ content, archived, title }) => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
    repo.openEdit(r1.id, title ? { title } : undefined)
    const r = await runOnce({ repo, files: { 'a.csv': content } })
    if (archived) {
      expect(r.error).toBeUndefined()
      expect(r.plan!.target).toMatchObject({ kind: 'archived', record: { id: r1.id } })
    } else {
      expect(r.error).toBeInstanceOf(PlanError)
      expect(r.error!.message).toMatch(
        new RegExp(`Record \\(open for editing\\) ${r1.id} .*has an edit open on Zenodo`)
      )
      expect(r.error!.message).toMatch(/finish or discard the edit/)
    }
    expect(repo.writes).toEqual([])
    expect(repo.peek(r1.id)!.state).toBe('editing')
  })

  it('a branch run (no version) does not make a new version past an open edit', async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(main), files: seedFiles({ 'a.csv': 'a' }) })
    repo.openEdit(r1.id)
    const r = await runOnce({ repo, ref: 'refs/heads/main', files: { 'a.csv': 'new' } })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(/edit open on Zenodo/)
    expect(repo.writes).toEqual([])
  })
})

describe('(2) the title is not the identity', () => {
  it('a title edited on Zenodo, exactly these files: archived', async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
    repo.editPublished(r1.id, { title: 'Survey data, 2024 edition' })
    const r = await runOnce({ repo, files: { 'a.csv': 'a' } })
    expect(r.error).toBeUndefined()
    expect(r.plan!.target).toMatchObject({ kind: 'archived', record: { id: r1.id } })
    expect(repo.writes).toEqual([])
  })

  it.each([
    { name: 'a draft left for review', publish: false, kind: 'draft' },
    { name: 'a published record', publish: true, kind: 'archived' }
  ])('a title with outer white space, which Zenodo stores trimmed: a re-run finds $name', async ({ publish, kind }) => {
    const repo = new MemoryRepository()
    const spec = { repo, files: { 'a.csv': 'a' }, publish, metadata: { ...metadataOf(v1), title: 'Survey data ' } }
    const first = await runOnce(spec)
    expect(first.error).toBeUndefined()
    expect(repo.peek(first.outcome!.record!.id)!.title).toBe('Survey data')
    const again = await runOnce(spec)
    expect(again.error).toBeUndefined()
    expect(again.plan!.target.kind).toBe(kind)
    expect(again.writes.filter((w) => !w.startsWith('put-metadata'))).toEqual([])
  })

  it('a title Zenodo stores trimmed causes no PUT on a re-run', async () => {
    const repo = new MemoryRepository()
    const spec = {
      repo,
      files: { 'a.csv': 'a' },
      publish: false,
      metadata: { ...metadataOf(v1), title: 'Survey data ' }
    }
    await runOnce(spec)
    expect((await runOnce(spec)).writes).toEqual([])
  })

  it.each([
    { name: 'other bytes', files: { 'a.csv': 'rebuilt' } },
    { name: 'a file more', files: { 'a.csv': 'a', 'b.csv': 'b' } }
  ])('a title edited on Zenodo, $name: stops, naming both titles', async ({ files }) => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
    repo.editPublished(r1.id, { title: 'Survey data, 2024 edition' })
    const r = await runOnce({ repo, files })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(/titled 'Survey data, 2024 edition'/)
    expect(r.error!.message).toMatch(/says 'Survey data'/)
    expect(r.error!.message).toMatch(/'dataset' input/)
    expect(repo.writes).toEqual([])
  })

  it.each([
    { name: 'run titled like one of them', title: 'Figures', files: { 'f.png': 'f' } },
    { name: 'run titled like the other', title: 'Tables', files: { 't.csv': 't' } },
    { name: 'run with a third title', title: 'Maps', files: { 'm.png': 'm' } }
  ])('several titled records on one tag: $name → stops', async ({ title, files }) => {
    const repo = new MemoryRepository()
    repo.seedPublished({ metadata: metadataOf(v1, { title: 'Figures' }, 'v1'), files: seedFiles({ 'f.png': 'f' }) })
    repo.seedPublished({ metadata: metadataOf(v1, { title: 'Tables' }, 'v1'), files: seedFiles({ 't.csv': 't' }) })
    const r = await runOnce({ repo, files, metadata: { ...metadataOf(v1), title } })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(/is titled '(Figures|Tables)'/)
    expect(r.error!.message).toMatch(/'dataset' input/)
    expect(repo.writes).toEqual([])
  })

  it("a first draft with another title (a sibling job's) is not filled", async () => {
    const repo = new MemoryRepository()
    const d = repo.seedDraft({
      metadata: metadataOf(v1, { title: 'Tables' }, 'v1'),
      files: seedFiles({ 't.csv': 't' })
    })
    const r = await runOnce({ repo, files: { 'f.png': 'f' }, metadata: { ...metadataOf(v1), title: 'Figures' } })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(new RegExp(`Draft ${d.id} .*titled 'Tables'.*says 'Figures'`))
    expect(repo.writes).toEqual([])
  })

  it('distinct dataset values keep two datasets of one tag apart', async () => {
    const repo = new MemoryRepository()
    const figures = { dataset: 'figures', files: { 'f.png': 'f' }, metadata: { ...metadataOf(v1), title: 'Figures' } }
    const tables = { dataset: 'tables', files: { 't.csv': 't' }, metadata: { ...metadataOf(v1), title: 'Tables' } }
    const a = await runOnce({ repo, ...figures })
    const b = await runOnce({ repo, ...tables })
    expect(a.error).toBeUndefined()
    expect(b.error).toBeUndefined()
    expect(b.plan!.target.kind).toBe('create')
    expect(repo.conceptIds()).toHaveLength(2)
    expect(keysOf(repo.peek(a.outcome!.record!.id))).toEqual(['f.png'])
    expect(keysOf(repo.peek(b.outcome!.record!.id))).toEqual(['t.csv'])
    // Each re-run finds its own record.
    const a2 = await runOnce({ repo, ...figures })
    const b2 = await runOnce({ repo, ...tables })
    expect(a2.plan!.target).toMatchObject({ kind: 'archived', record: { id: a.outcome!.record!.id } })
    expect(b2.plan!.target).toMatchObject({ kind: 'archived', record: { id: b.outcome!.record!.id } })
    expect(a2.writes.concat(b2.writes)).toEqual([])
  })
})

describe('(3) a rebuilt artifact under a published version', () => {
  it.each([
    { name: 'version from the tag', ref: 'refs/tags/v1', version: undefined, fileVersion: undefined, recorded: 'v1' },
    { name: 'version input', ref: 'refs/heads/main', version: '2.0', fileVersion: undefined, recorded: '2.0' },
    {
      name: 'version in the metadata file',
      ref: 'refs/heads/main',
      version: undefined,
      fileVersion: '3.1',
      recorded: '3.1'
    }
  ])('$name: stops, naming record, DOI and version', async ({ ref, version, fileVersion, recorded }) => {
    const repo = new MemoryRepository()
    const id = identityOf(ref)
    const r1 = repo.seedPublished({
      metadata: metadataOf(id, {}, recorded),
      files: seedFiles({ 'a.tar.gz': 'build 1' })
    })
    const metadata = fileVersion ? { ...metadataOf(id), version: fileVersion } : undefined
    const r = await runOnce({ repo, ref, version, metadata, files: { 'a.tar.gz': 'build 2' } })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toContain(
      `Record ${r1.id} (10.5281/zenodo.${r1.id}) already publishes version ${recorded}`
    )
    expect(repo.writes).toEqual([])
  })

  it('named by deposition-id: stops too', async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.tar.gz': 'build 1' }) })
    const r = await runOnce({ repo, depositionId: r1.id, files: { 'a.tar.gz': 'build 2' } })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toContain(`already publishes version v1`)
    expect(repo.writes).toEqual([])
  })

  it('no version at all: a new version, as before', async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(main), files: seedFiles({ 'a.tar.gz': 'build 1' }) })
    const r = await runOnce({ repo, ref: 'refs/heads/main', files: { 'a.tar.gz': 'build 2' } })
    expect(r.error).toBeUndefined()
    expect(r.plan!.target).toMatchObject({ kind: 'new-version', of: { id: r1.id } })
    expect(r.writes[0]).toBe(`new-version ${r1.id}`)
  })
})

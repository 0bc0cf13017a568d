// The in-memory Zenodo itself: the behaviours the orchestration tests rely on.

import { describe, expect, it } from '@jest/globals'
import { IncompleteSearchError } from '../../src/repository/types.js'
import { MemoryRepository, md5 } from '../support/memory-repository.js'
import { identityOf, localFiles, metadataOf, seedFiles, useHarness } from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')

describe('MemoryRepository', () => {
  it('answers with a Date header in whole seconds, per client', async () => {
    const repo = new MemoryRepository({ start: Date.parse('2024-05-01T10:00:05.750Z') })
    const other = repo.connect('other')
    expect(repo.serverTime()).toBeUndefined()
    await repo.findByMarker(v1)
    await repo.tick(1000)
    await other.findByMarker(v1)
    expect(repo.serverTime()).toBe(Date.parse('2024-05-01T10:00:05Z'))
    expect(other.serverTime()).toBe(Date.parse('2024-05-01T10:00:06Z'))
  })

  it('search: exact marker, all versions, no bucket link, index lag, page cap', async () => {
    const repo = new MemoryRepository({ indexLagMs: 1000 })
    const old = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
    repo.seedDraft({ metadata: metadataOf(identityOf('refs/tags/v1', 'figures')) })
    const fresh = repo.seedDraft({ metadata: metadataOf(v1), created: repo.now() })
    expect((await repo.findByMarker(v1)).map((r) => r.id)).toEqual([old.id])
    await repo.tick(1000)
    const hits = await repo.findByMarker(v1)
    expect(hits.map((r) => r.id)).toEqual([fresh.id, old.id])
    expect(hits.every((r) => r.links.bucket === undefined)).toBe(true)
    expect((await repo.read(fresh.id)).links.bucket).toBeDefined()
    repo.pageCap = 1
    await expect(repo.findByMarker(v1)).rejects.toBeInstanceOf(IncompleteSearchError)
  })

  it('newversion: inherited files and metadata, one pending draft per concept', async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
    const first = await repo.newVersion(r1)
    expect(first.created).toBe(true)
    expect(first.draft).toMatchObject({
      state: 'draft',
      conceptId: r1.conceptId,
      conceptDoi: `10.5281/zenodo.${r1.conceptId}`
    })
    expect(first.draft.files.map((f) => [f.key, f.md5])).toEqual([['a.csv', md5('a')]])
    expect(first.draft.metadata).not.toHaveProperty('version')
    expect(first.draft.metadata).not.toHaveProperty('publication_date')
    expect(first.draft.metadata).not.toHaveProperty('doi')
    // With files: the same draft, not a second one.
    expect(await repo.newVersion(r1)).toMatchObject({ created: false, draft: { id: first.draft.id } })
    // Emptied: handed back, the latest version's files imported again.
    await repo.deleteFile(first.draft, first.draft.files[0])
    const again = await repo.newVersion(r1)
    expect(again).toMatchObject({ created: false, draft: { id: first.draft.id } })
    expect(again.draft.files.map((f) => f.key)).toEqual(['a.csv'])
  })

  it('uploads: MD5 of the bytes read, keys as given, injected damage, the write log', async () => {
    const repo = new MemoryRepository()
    const d = await repo.read(repo.seedDraft({ metadata: {}, files: seedFiles({ 'cafe\u0301.csv': 'x' }) }).id)
    const [file] = localFiles({ 'café.csv': 'bytes' })
    expect(await repo.upload(d, file)).toEqual({ serverMd5: md5('bytes'), localMd5: md5('bytes'), size: 5 })
    repo.corruptUploads('café.csv')
    const bad = await repo.upload(d, file)
    expect(bad.serverMd5).not.toBe(bad.localMd5)
    expect((await repo.read(d.id)).files.map((f) => f.key)).toEqual(['cafe\u0301.csv', 'café.csv'])
    expect(repo.writes).toEqual([`upload ${d.id} café.csv`, `upload ${d.id} café.csv`])
  })

  it('publish: judged by state; an answer can be made to lie once', async () => {
    const repo = new MemoryRepository()
    const d = await repo.read(repo.seedDraft({ metadata: {}, files: seedFiles({ 'a.csv': 'a' }) }).id)
    repo.answerNextPublish('unpublished')
    expect((await repo.publish(d)).state).toBe('draft')
    const done = await repo.publish(d)
    expect(done).toMatchObject({
      state: 'published',
      doi: `10.5281/zenodo.${d.id}`,
      conceptDoi: `10.5281/zenodo.${d.conceptId}`
    })
    await expect(repo.discard(d)).rejects.toMatchObject({ status: 403 })
  })

  it('hooks run once, around the next matching operation', async () => {
    const repo = new MemoryRepository()
    const seen: string[] = []
    repo.beforeNext('find', ({ client }) => void seen.push(`before ${client}`), 'B')
    repo.afterNext('find', ({ client }) => void seen.push(`after ${client}`))
    await repo.findByMarker(v1)
    await repo.connect('B').findByMarker(v1)
    await repo.connect('B').findByMarker(v1)
    expect(seen).toEqual(['after main', 'before B'])
  })
})

// Server answers the run must not misread: an incomplete search, keys in NFD, a publish that
// answers with a record that is not published.

import { describe, expect, it } from '@jest/globals'
import { IncompleteSearchError } from '../../src/repository/types.js'
import { MemoryRepository } from '../support/memory-repository.js'
import { identityOf, keysOf, metadataOf, runOnce, seedFiles, useHarness } from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')
const files = { 'a.csv': 'a' }

describe('(6) an incomplete search stops the run, naming the search', () => {
  it.each([
    {
      phase: 'gather',
      setup: (repo: MemoryRepository) => {
        repo.seedPublished({ metadata: metadataOf(v1, { title: 'One' }, 'v0'), files: seedFiles({ x: 'x' }) })
        repo.seedPublished({ metadata: metadataOf(v1, { title: 'Two' }, 'v0'), files: seedFiles({ y: 'y' }) })
        repo.pageCap = 1
      },
      writes: [] as string[]
    },
    {
      phase: 'create recovery',
      setup: (repo: MemoryRepository) => {
        repo.failCreates({ tookEffect: true })
        repo.pageCap = 0
      },
      writes: ['create']
    },
    {
      phase: 'settle after create',
      // The uploads run beside the settle check; without its verdict the run discards its own
      // draft (a rival may have won) and stops before publishing.
      setup: (repo: MemoryRepository) => repo.afterNext('create', () => void (repo.pageCap = 0)),
      writes: ['create', 'put-metadata', 'upload', 'discard']
    },
    {
      phase: 'pre-publish check',
      setup: (repo: MemoryRepository) => repo.afterNext('upload', () => void (repo.pageCap = 0)),
      writes: ['create', 'put-metadata', 'upload']
    }
  ])('$phase', async ({ setup, writes }) => {
    const repo = new MemoryRepository()
    setup(repo)
    const r = await runOnce({ repo, files })
    expect(r.error).toBeInstanceOf(IncompleteSearchError)
    expect(r.error!.message).toMatch(/The search for depositions of octo\/data@v1 found more than/)
    expect(r.writes.map((w) => w.split(' ')[0])).toEqual(writes)
    expect(r.outcome?.published ?? false).toBe(false)
  })
})

describe('(7) a key the server holds in NFD', () => {
  const nfd = 'caf\u0065\u0301.csv'
  const nfc = 'caf\u00e9.csv'

  it.each([
    { name: 'same bytes: skipped', local: { [nfc]: 'v1' }, del: false, writes: (_d: string) => [], keys: [nfd] },
    {
      name: 'other bytes: replaced by its own key, no look-alike left',
      local: { [nfc]: 'v2' },
      del: false,
      writes: (d: string) => [`delete-file ${d} ${nfd}`, `upload ${d} ${nfc}`],
      keys: [nfc]
    },
    {
      name: 'not uploaded, delete-old-files: deleted by its own key',
      local: { 'other.csv': 'o' },
      del: true,
      writes: (d: string) => [`delete-file ${d} ${nfd}`, `upload ${d} other.csv`],
      keys: ['other.csv']
    }
  ])('$name', async ({ local, del, writes, keys }) => {
    const repo = new MemoryRepository()
    const d = repo.seedDraft({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ [nfd]: 'v1' }) })
    const r = await runOnce({ repo, files: local, deleteOldFiles: del })
    expect(r.error).toBeUndefined()
    expect(r.writes).toEqual([...writes(d.id), `publish ${d.id}`])
    expect(keysOf(repo.peek(d.id))).toEqual(keys)
  })

  it('an inherited NFD key in a new version is replaced by its own key', async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ [nfd]: 'v1' }) })
    const r = await runOnce({ repo, ref: 'refs/tags/v2', files: { [nfc]: 'v2' }, depositionId: r1.conceptId })
    expect(r.error).toBeUndefined()
    const n = r.outcome!.record!.id
    expect(r.writes).toEqual([
      `new-version ${r1.id}`,
      `put-metadata ${n}`,
      `delete-file ${n} ${nfd}`,
      `upload ${n} ${nfc}`,
      `publish ${n}`
    ])
    expect(keysOf(repo.peek(n))).toEqual([nfc])
  })
})

describe('(8) a publish is judged by the state the server shows', () => {
  it.each([
    { answer: undefined, published: true },
    { answer: 'stale' as const, published: true },
    { answer: 'unpublished' as const, published: false }
  ])('publish answering $answer', async ({ answer, published }) => {
    const repo = new MemoryRepository()
    if (answer) repo.answerNextPublish(answer)
    const r = await runOnce({ repo, files })
    const d = r.outcome!.record!.id
    expect(r.outcome!.published).toBe(published)
    expect(repo.peek(d)!.state).toBe(published ? 'published' : 'draft')
    expect(r.writes.filter((w) => w.startsWith('publish'))).toEqual([`publish ${d}`])
    if (published) {
      expect(r.error).toBeUndefined()
      expect(r.outcome!.record!.state).toBe('published')
      return
    }
    expect(r.error!.message).toMatch(
      new RegExp(`accepted the publish request for draft ${d}, but the record is not published`)
    )
    expect(r.outcome!.record!.state).toBe('draft')
    // A re-run publishes the draft as it is.
    const again = await runOnce({ repo, files })
    expect(again.error).toBeUndefined()
    expect(again.writes).toEqual([`publish ${d}`])
  })
})

// New versions: inherited files skipped, replaced or deleted; the plan rebased on the draft the
// server made; Zenodo's 100-file limit checked at plan time and again after the rebase.

import { describe, expect, it } from '@jest/globals'
import { PlanError } from '../../src/plan/plan.js'
import { MemoryRepository, type SeedFile } from '../support/memory-repository.js'
import { identityOf, keysOf, metadataOf, runOnce, seedFiles, useHarness } from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')

function published(repo: MemoryRepository, files: SeedFile[]) {
  return repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files })
}

/** n stand-in files of 10 bytes. */
const many = (n: number, prefix = 'f'): SeedFile[] =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}.bin`, size: 10, md5: `${i}`.padStart(32, '0') }))

describe('inherited files', () => {
  it.each([
    {
      name: 'kept without delete-old-files: same skipped, changed replaced, new uploaded',
      deleteOldFiles: false,
      local: { 'a.csv': 'a', 'b.csv': 'b2', 'c.csv': 'c' },
      actions: [
        ['a.csv', 'skip'],
        ['b.csv', 'replace'],
        ['c.csv', 'upload']
      ],
      writes: (d: string) => [`upload ${d} b.csv`, `upload ${d} c.csv`],
      final: ['a.csv', 'b.csv', 'c.csv', 'old.txt']
    },
    {
      name: 'dropped with delete-old-files, unchanged ones skipped (never deleted and re-sent)',
      deleteOldFiles: true,
      local: { 'a.csv': 'a', 'c.csv': 'c' },
      actions: [
        ['a.csv', 'skip'],
        ['c.csv', 'upload'],
        ['b.csv', 'delete'],
        ['old.txt', 'delete']
      ],
      writes: (d: string) => [`delete-file ${d} b.csv`, `delete-file ${d} old.txt`, `upload ${d} c.csv`],
      final: ['a.csv', 'c.csv']
    }
  ])('$name', async ({ deleteOldFiles, local, actions, writes, final }) => {
    const repo = new MemoryRepository()
    const r1 = published(repo, seedFiles({ 'a.csv': 'a', 'b.csv': 'b1', 'old.txt': 'o' }))
    const r = await runOnce({ repo, ref: 'refs/tags/v2', files: local, deleteOldFiles, depositionId: r1.conceptId })
    expect(r.error).toBeUndefined()
    expect(r.plan!.files.map((f) => [f.name, f.action])).toEqual(actions)
    const d = r.outcome!.record!.id
    expect(r.writes).toEqual([`new-version ${r1.id}`, `put-metadata ${d}`, ...writes(d), `publish ${d}`])
    expect(keysOf(repo.peek(d))).toEqual(final)
    expect(keysOf(repo.peek(r1.id))).toEqual(['a.csv', 'b.csv', 'old.txt'])
  })
})

it('rebases on the files the new draft really inherited (a version published meanwhile)', async () => {
  const repo = new MemoryRepository()
  const r1 = published(repo, seedFiles({ 'a.csv': 'a', 'b.csv': 'b' }))
  // The owner publishes another version between this run's gather and its newversion.
  repo.beforeNext('new-version', () => {
    repo.seedPublished({
      conceptId: r1.conceptId,
      metadata: { title: 'Survey data' },
      files: seedFiles({ 'a.csv': 'a', 'x.csv': 'x' })
    })
  })
  const r = await runOnce({
    repo,
    ref: 'refs/tags/v2',
    files: { 'a.csv': 'a' },
    deleteOldFiles: true,
    depositionId: r1.conceptId
  })
  expect(r.error).toBeUndefined()
  expect(r.plan!.files.map((f) => [f.name, f.action])).toEqual([
    ['a.csv', 'skip'],
    ['b.csv', 'delete']
  ])
  const d = r.outcome!.record!.id
  expect(r.writes).toEqual([
    expect.stringMatching(/^new-version /),
    `put-metadata ${d}`,
    `delete-file ${d} x.csv`,
    `publish ${d}`
  ])
  expect(keysOf(repo.peek(d))).toEqual(['a.csv'])
})

describe('limits', () => {
  it.each([
    { name: '101 local files', seed: [] as SeedFile[], local: 101, deleteOldFiles: false, ok: false },
    { name: '100 inherited + 1 new', seed: many(100), local: 1, deleteOldFiles: false, ok: false },
    { name: '100 inherited + 1 new with delete-old-files', seed: many(100), local: 1, deleteOldFiles: true, ok: true },
    { name: '99 inherited + 1 new', seed: many(99), local: 1, deleteOldFiles: false, ok: true }
  ])('$name', async ({ seed, local, deleteOldFiles, ok }) => {
    const repo = new MemoryRepository()
    const r1 = published(repo, seed.length ? seed : seedFiles({ 'z.txt': 'z' }))
    const files = Object.fromEntries(Array.from({ length: local }, (_, i) => [`new${i}.csv`, `n${i}`]))
    const r = await runOnce({
      repo,
      ref: 'refs/tags/v2',
      files,
      deleteOldFiles,
      depositionId: r1.conceptId,
      publish: false
    })
    if (ok) {
      expect(r.error).toBeUndefined()
      expect(repo.peek(r.outcome!.record!.id)!.files.length).toBeLessThanOrEqual(100)
    } else {
      expect(r.error).toBeInstanceOf(PlanError)
      expect(r.error!.message).toMatch(/at most 100 per record/)
      expect(repo.writes).toEqual([])
    }
  })

  it('is checked again after the rebase, before any upload', async () => {
    const repo = new MemoryRepository()
    const r1 = published(repo, many(99))
    repo.beforeNext('new-version', () => {
      repo.seedPublished({ conceptId: r1.conceptId, metadata: { title: 'Survey data' }, files: many(100, 'g') })
    })
    const r = await runOnce({ repo, ref: 'refs/tags/v2', files: { 'new.csv': 'n' }, depositionId: r1.conceptId })
    expect(r.plan!.final.count).toBe(100)
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(/would hold 101 files/)
    // The fresh new version is discarded, like one whose metadata Zenodo refuses.
    expect(r.writes).toEqual([expect.stringMatching(/^new-version /), expect.stringMatching(/^discard /)])
    expect(repo.all().filter((x) => x.state === 'draft')).toEqual([])
  })
})

// Re-runs: a finished run changes nothing, same-MD5 files are skipped, a broken run resumes.

import { describe, expect, it } from '@jest/globals'
import { ZenodoApiError } from '../../src/zenodo/errors.js'
import { MemoryRepository } from '../support/memory-repository.js'
import { identityOf, keysOf, metadataOf, runOnce, seedFiles, useHarness } from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')

describe('a re-run of a finished run changes nothing', () => {
  it.each([
    { name: 'published tag', ref: 'refs/tags/v1', publish: true, kind: 'archived' },
    { name: 'published branch (no version)', ref: 'refs/heads/main', publish: true, kind: 'archived' },
    { name: 'draft left for review', ref: 'refs/tags/v1', publish: false, kind: 'draft' }
  ])('$name', async ({ ref, publish, kind }) => {
    const repo = new MemoryRepository()
    const files = { 'a.csv': 'a', 'b.csv': 'b' }
    const first = await runOnce({ repo, ref, files, publish })
    expect(first.error).toBeUndefined()
    await repo.tick(60_000)
    const again = await runOnce({ repo, ref, files, publish })
    expect(again.error).toBeUndefined()
    expect(again.plan!.target.kind).toBe(kind)
    expect(again.writes).toEqual([])
    expect(repo.conceptIds()).toHaveLength(1)
  })
})

it('skips files with the same name and MD5, replaces changed ones, uploads new ones', async () => {
  const repo = new MemoryRepository()
  const d = repo.seedDraft({
    metadata: metadataOf(v1, {}, 'v1'),
    files: seedFiles({ 'same.csv': 's', 'changed.csv': 'old' })
  })
  const r = await runOnce({ repo, files: { 'same.csv': 's', 'changed.csv': 'new', 'new.csv': 'n' } })
  expect(r.error).toBeUndefined()
  expect(r.plan!.files.map((f) => [f.name, f.action])).toEqual([
    ['same.csv', 'skip'],
    ['changed.csv', 'replace'],
    ['new.csv', 'upload']
  ])
  expect(r.writes).toEqual([`upload ${d.id} changed.csv`, `upload ${d.id} new.csv`, `publish ${d.id}`])
})

describe('a run that failed half-way resumes in its draft', () => {
  it.each([
    {
      name: 'an upload refused by the server',
      inject: (repo: MemoryRepository) =>
        repo.failNext('upload', new ZenodoApiError('Internal error', 500, 'PUT', '', ''), { key: 'b.csv' }),
      firstWrites: (d: string) => ['create', `put-metadata ${d}`, `upload ${d} a.csv`]
    },
    {
      name: 'an upload damaged on every attempt (the corrupt copy is deleted)',
      inject: (repo: MemoryRepository) => repo.corruptUploads('b.csv', 3),
      firstWrites: (d: string) => [
        'create',
        `put-metadata ${d}`,
        `upload ${d} a.csv`,
        `upload ${d} b.csv`,
        `upload ${d} b.csv`,
        `upload ${d} b.csv`,
        `delete-file ${d} b.csv`
      ]
    }
  ])('$name', async ({ inject, firstWrites }) => {
    const repo = new MemoryRepository()
    const files = { 'a.csv': 'a', 'b.csv': 'b' }
    inject(repo)
    const first = await runOnce({ repo, files })
    expect(first.error?.message).toMatch(/1 file\(s\) failed; 1 uploaded/)
    expect(first.outcome!.published).toBe(false)
    const d = first.outcome!.record!.id
    expect(first.writes).toEqual(firstWrites(d))
    expect(keysOf(repo.peek(d))).toEqual(['a.csv'])

    const again = await runOnce({ repo, files })
    expect(again.error).toBeUndefined()
    expect(again.plan!.target).toMatchObject({ kind: 'draft', draft: { id: d } })
    expect(again.writes).toEqual([`upload ${d} b.csv`, `publish ${d}`])
    expect(repo.peek(d)!.state).toBe('published')
  })
})

it('a new version that failed half-way resumes in its draft, not in a second new version', async () => {
  const repo = new MemoryRepository()
  const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a1' }) })
  const spec = { repo, ref: 'refs/tags/v2', files: { 'a.csv': 'a2', 'b.csv': 'b' }, depositionId: r1.conceptId }
  repo.failNext('upload', new ZenodoApiError('Internal error', 500, 'PUT', '', ''), { key: 'b.csv' })
  const first = await runOnce(spec)
  expect(first.error).toBeDefined()
  const n = first.outcome!.record!.id
  const again = await runOnce(spec)
  expect(again.error).toBeUndefined()
  expect(again.plan!.target).toMatchObject({ kind: 'draft', draft: { id: n } })
  expect(again.writes).toEqual([`upload ${n} b.csv`, `publish ${n}`])
  expect(keysOf(repo.peek(n))).toEqual(['a.csv', 'b.csv'])
  expect(repo.all().filter((r) => r.state === 'published')).toHaveLength(2)
})

it('an upload damaged once is sent again and verified', async () => {
  const repo = new MemoryRepository()
  repo.corruptUploads('a.csv', 1)
  const r = await runOnce({ repo, files: { 'a.csv': 'a' } })
  expect(r.error).toBeUndefined()
  const d = r.outcome!.record!.id
  expect(r.writes).toEqual(['create', `put-metadata ${d}`, `upload ${d} a.csv`, `upload ${d} a.csv`, `publish ${d}`])
  expect(r.log.warnings.join('\n')).toMatch(/damaged on the way/)
})

it('a branch re-run with new bytes makes a new version, not a second concept', async () => {
  const repo = new MemoryRepository()
  const first = await runOnce({ repo, ref: 'refs/heads/main', files: { 'a.csv': 'a1' } })
  const again = await runOnce({ repo, ref: 'refs/heads/main', files: { 'a.csv': 'a2' } })
  expect(again.error).toBeUndefined()
  expect(again.plan!.target).toMatchObject({ kind: 'new-version', of: { id: first.outcome!.record!.id } })
  expect(repo.conceptIds()).toHaveLength(1)
  expect(repo.all().filter((r) => r.state === 'published')).toHaveLength(2)
})

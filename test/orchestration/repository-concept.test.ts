// deposition-id: repository continues the concept of this repository's newest published record
// (any tag, the same dataset), as Zenodo's webhook does without a pinned concept DOI.

import { describe, expect, it } from '@jest/globals'
import { PlanError } from '../../src/plan/plan.js'
import { MemoryRepository } from '../support/memory-repository.js'
import { identityOf, metadataOf, runOnce, seedFiles, useHarness } from '../support/orchestration.js'

useHarness()

const repository = 'repository'

describe('deposition-id: repository', () => {
  it('the first run makes the concept; the next tag becomes its new version; a re-run changes nothing', async () => {
    const repo = new MemoryRepository()
    const v1 = await runOnce({ repo, ref: 'refs/tags/v1', files: { 'a.csv': '1' }, depositionId: repository })
    expect(v1.error).toBeUndefined()
    expect(v1.plan!.target.kind).toBe('create')
    const v2 = await runOnce({ repo, ref: 'refs/tags/v2', files: { 'a.csv': '2' }, depositionId: repository })
    expect(v2.error).toBeUndefined()
    expect(v2.plan!.target.kind).toBe('new-version')
    expect(v2.lines[0]).toContain('deposition-id: repository')
    expect(v2.outcome!.record!.conceptId).toBe(v1.outcome!.record!.conceptId)
    expect(v2.outcome!.record!.version).toBe('v2')
    const again = await runOnce({ repo, ref: 'refs/tags/v2', files: { 'a.csv': '2' }, depositionId: repository })
    expect(again.plan!.target.kind).toBe('archived')
    expect(again.writes).toEqual([])
    // v3 continues from v2, the newest.
    const v3 = await runOnce({ repo, ref: 'refs/tags/v3', files: { 'a.csv': '3' }, depositionId: repository })
    expect(v3.writes[0]).toBe(`new-version ${v2.outcome!.record!.id}`)
  })

  it("continues a concept that Zenodo's webhook made (its tree link is the same marker)", async () => {
    const repo = new MemoryRepository()
    const webhook = repo.seedPublished({
      metadata: { ...metadataOf(identityOf('refs/tags/v0.9'), {}, 'v0.9'), title: 'octo/data: v0.9' },
      files: seedFiles({ 'octo/data-v0.9.zip': 'zip' })
    })
    const r = await runOnce({ repo, ref: 'refs/tags/v1', files: { 'a.csv': '1' }, depositionId: repository })
    expect(r.error).toBeUndefined()
    expect(r.writes[0]).toBe(`new-version ${webhook.id}`)
    expect(r.outcome!.record!.conceptId).toBe(webhook.conceptId)
  })

  it("ignores another dataset's records and drafts, and fails naming the concepts when there are several", async () => {
    const repo = new MemoryRepository()
    repo.seedPublished({ metadata: metadataOf(identityOf('refs/tags/v1', 'figures'), {}, 'v1') })
    repo.seedDraft({ metadata: metadataOf(identityOf('refs/tags/v1'), {}, 'v1') })
    const first = await runOnce({ repo, ref: 'refs/tags/v2', files: { 'a.csv': '1' }, depositionId: repository })
    // The draft of v1 is another tag's, not published: no concept yet, so v2 makes one.
    expect(first.plan!.target.kind).toBe('create')
    repo.seedPublished({ metadata: metadataOf(identityOf('refs/tags/v0'), { title: 'Older series' }, 'v0') })
    const r = await runOnce({ repo, ref: 'refs/tags/v3', files: { 'a.csv': '3' }, depositionId: repository })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(/in 2 concepts: concept \d+.*'Survey data'; concept \d+.*'Older series'/)
    expect(r.writes).toEqual([])
  })

  it("does not continue a branch's snapshot series (tree/main): releases only", async () => {
    const repo = new MemoryRepository()
    repo.seedPublished({ metadata: metadataOf(identityOf('refs/heads/main'), { title: 'Nightly' }, '2024-05-01') })
    const r = await runOnce({ repo, ref: 'refs/tags/v1.0', files: { 'a.csv': '1' }, depositionId: repository })
    expect(r.error).toBeUndefined()
    expect(r.plan!.target.kind).toBe('create')
  })

  it('warns that a back-filled tag becomes the latest version', async () => {
    const repo = new MemoryRepository()
    await runOnce({ repo, ref: 'refs/tags/v2', files: { 'a.csv': '2' }, depositionId: repository })
    const old = await runOnce({
      repo,
      ref: 'refs/tags/v1',
      tag: 'v1',
      files: { 'a.csv': '1' },
      depositionId: repository
    })
    expect(old.error).toBeUndefined()
    expect(old.plan!.warnings.join('\n')).toMatch(/Publishing v1 makes it the latest version of its concept/)
  })
})

// Communities: a first version is submitted for review instead of published; re-runs during the
// review change nothing; a decline or a refusal names the community; further communities get
// inclusion requests once the record is published; new versions publish directly unless the
// instance attached a review.

import { describe, expect, it } from '@jest/globals'
import { PlanError } from '../../src/plan/plan.js'
import { recordOutputs } from '../../src/report/outputs.js'
import { CommunityError } from '../../src/repository/communities.js'
import { MemoryRepository } from '../support/memory-repository.js'
import { META, runOnce, useHarness } from '../support/orchestration.js'

useHarness()

const files = { 'a.csv': 'a' }

describe('a first version with a community', () => {
  it('is submitted for review instead of published; state in-review, review-url set', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab')
    const r = await runOnce({ repo, files, communities: ['lab'] })
    expect(r.error).toBeUndefined()
    const d = r.outcome!.record!.id
    expect(r.writes).toEqual([`create`, `put-metadata ${d}`, `upload ${d} a.csv`, `submit-review ${d} lab`])
    expect(r.outcome!.published).toBe(false)
    expect(r.outcome!.review?.status).toBe('submitted')
    const out = recordOutputs(r.outcome!.record!, false, r.outcome!.review)
    expect(out.state).toBe('in-review')
    expect(out['review-url']).toBe(r.outcome!.review!.url)
    expect(r.lines.join('\n')).toContain("Submit to community 'lab' for review")
  })

  it('a re-run while the review is open reports in-review and writes nothing', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab')
    const first = await runOnce({ repo, files, communities: ['lab'] })
    const again = await runOnce({ repo, files, communities: ['lab'] })
    expect(again.error).toBeUndefined()
    expect(again.plan!.target.kind).toBe('in-review')
    expect(again.writes).toEqual([])
    expect(again.lines[0]).toContain('In review')
    expect(again.lines[0]).toContain(first.outcome!.review!.url)
  })

  it('a re-run with other files while the review is open stops and says why', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab')
    await runOnce({ repo, files, communities: ['lab'] })
    const again = await runOnce({ repo, files: { 'a.csv': 'changed' }, communities: ['lab'] })
    expect(again.error).toBeInstanceOf(PlanError)
    expect(again.error!.message).toMatch(/under review by community 'lab'.*cancel the review/s)
    expect(again.writes).toEqual([])
  })

  it('after the curators accept, a re-run finds the published record and asks the second community', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab')
    repo.addCommunity('field')
    const first = await runOnce({ repo, files, communities: ['lab', 'field'] })
    expect(first.writes.at(-1)).toMatch(/^submit-review \d+ lab$/)
    expect(first.outcome!.notes.join(' ')).toContain("'field'")
    repo.decide(first.outcome!.review!.id, 'accepted')
    const again = await runOnce({ repo, files, communities: ['lab', 'field'] })
    expect(again.error).toBeUndefined()
    expect(again.plan!.target.kind).toBe('archived')
    const id = first.outcome!.record!.id
    expect(again.writes).toEqual([`include ${id} field`])
    // Asked once: the request is open, so a third run asks nothing.
    const third = await runOnce({ repo, files, communities: ['lab', 'field'] })
    expect(third.writes).toEqual([])
    expect(third.lines.join('\n')).toMatch(/Community 'field': request open/)
  })

  it('where the uploader may include directly, it is published at once and the others get inclusion requests', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab', { direct: true })
    repo.addCommunity('field')
    const r = await runOnce({ repo, files, communities: ['lab', 'field'] })
    expect(r.error).toBeUndefined()
    const d = r.outcome!.record!.id
    expect(r.writes.slice(-2)).toEqual([`submit-review ${d} lab`, `include ${d} field`])
    expect(r.outcome!.published).toBe(true)
    expect(recordOutputs(r.outcome!.record!, false, r.outcome!.review).state).toBe('published')
    expect(repo.requestsOf(d).map((q) => [q.type, q.status])).toEqual([
      ['community-submission', 'accepted'],
      ['community-inclusion', 'submitted']
    ])
  })

  it('a declined submission fails the re-run, naming the community and the request', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab')
    const first = await runOnce({ repo, files, communities: ['lab'] })
    repo.decide(first.outcome!.review!.id, 'declined')
    const again = await runOnce({ repo, files, communities: ['lab'] })
    expect(again.error).toBeInstanceOf(PlanError)
    expect(again.error!.message).toContain(`Community 'lab' declined the submission`)
    expect(again.error!.message).toContain(first.outcome!.review!.url)
    expect(again.writes).toEqual([])
    // Without the community, the draft is published directly.
    const without = await runOnce({ repo, files })
    expect(without.error).toBeUndefined()
    expect(without.outcome!.published).toBe(true)
  })

  it('a refused submission names the community, keeps the draft, and takes the review back', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('closed-lab', { open: false })
    const r = await runOnce({ repo, files, communities: ['closed-lab'] })
    expect(r.error?.message).toMatch(/Community 'closed-lab' refused the submission of draft \d+/)
    expect(r.error?.message).toContain('only allowed to community members')
    const d = r.outcome!.record!.id
    expect(repo.peek(d)?.state).toBe('draft')
    const without = await runOnce({ repo, files })
    expect(without.error).toBeUndefined()
    expect(without.writes).toEqual([`publish ${d}`])
  })

  it('an unknown community fails before any write, naming it', async () => {
    const repo = new MemoryRepository()
    const r = await runOnce({ repo, files, communities: ['nope'] })
    expect(r.error).toBeInstanceOf(CommunityError)
    expect(r.error!.message).toContain("'nope'")
    expect(r.writes).toEqual([])
  })

  it('publish: false leaves the draft without a review (it can still be discarded)', async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab')
    const r = await runOnce({ repo, files, communities: ['lab'], publish: false })
    expect(r.error).toBeUndefined()
    expect(r.writes.some((w) => w.startsWith('submit-review'))).toBe(false)
    expect(r.lines.join('\n')).toContain("Communities 'lab' are asked for when the record is published")
  })

  it(".zenodo.json's communities feed the same flow and are never sent as metadata", async () => {
    const repo = new MemoryRepository()
    repo.addCommunity('lab')
    const r = await runOnce({ repo, files, metadata: { ...META, communities: [{ identifier: 'lab' }] } })
    expect(r.error).toBeUndefined()
    const d = r.outcome!.record!.id
    expect(r.writes.at(-1)).toBe(`submit-review ${d} lab`)
    expect(repo.peek(d)?.metadata.communities).toBeUndefined()
  })
})

describe('new versions', () => {
  /** v1 published in 'lab' (accepted at once). */
  async function firstInLab(repo: MemoryRepository) {
    const lab = repo.addCommunity('lab', { direct: true })
    const first = await runOnce({ repo, files, communities: ['lab'] })
    expect(first.outcome!.published).toBe(true)
    return { lab, r1: first.outcome!.record! }
  }

  it('of a record already in the community are published directly', async () => {
    const repo = new MemoryRepository()
    const { r1 } = await firstInLab(repo)
    const r = await runOnce({
      repo,
      ref: 'refs/tags/v2',
      files: { 'a.csv': 'b' },
      communities: ['lab'],
      depositionId: r1.conceptId
    })
    expect(r.error).toBeUndefined()
    expect(r.plan!.communities?.included.map((c) => c.slug)).toEqual(['lab'])
    const d = r.outcome!.record!.id
    expect(r.writes.at(-1)).toBe(`publish ${d}`)
    expect(r.writes.some((w) => w.startsWith('submit-review') || w.startsWith('include'))).toBe(false)
  })

  it('with a review the instance attached, submit that review instead of publishing', async () => {
    const repo = new MemoryRepository()
    const { lab, r1 } = await firstInLab(repo)
    const v2 = { repo, ref: 'refs/tags/v2', files: { 'a.csv': 'b' }, depositionId: r1.conceptId }
    const draft = await runOnce({ ...v2, publish: false })
    const d = draft.outcome!.record!.id
    // The instance's new-version review policy: a review on the new draft, not yet submitted.
    repo.attachReview(d, lab.id)
    const again = await runOnce(v2)
    expect(again.error).toBeUndefined()
    expect(again.writes).toEqual([`submit-review ${d}`])
    expect(again.outcome!.published).toBe(true)
  })

  it('a re-run while the new version is under review reports in-review, with or without the community input', async () => {
    const repo = new MemoryRepository()
    const lab = repo.addCommunity('curated')
    const { r1 } = await firstInLab(repo)
    const v2 = { repo, ref: 'refs/tags/v2', files: { 'a.csv': 'b' }, depositionId: r1.conceptId }
    const draft = await runOnce({ ...v2, publish: false })
    const d = draft.outcome!.record!.id
    repo.attachReview(d, lab.id)
    const submitted = await runOnce(v2)
    expect(submitted.writes).toEqual([`submit-review ${d}`])
    expect(submitted.outcome!.published).toBe(false)
    for (const communities of [undefined, ['curated']]) {
      const again = await runOnce({ ...v2, communities })
      expect(again.error).toBeUndefined()
      expect(again.plan!.target.kind).toBe('in-review')
      expect(again.lines[0]).toContain("community 'curated'")
      expect(again.writes).toEqual([])
    }
    const changed = await runOnce({ ...v2, files: { 'a.csv': 'c' } })
    expect(changed.error).toBeInstanceOf(PlanError)
    expect(changed.writes).toEqual([])
  })
})

// Every target kind, from gather through execute, against the in-memory Zenodo.

import { describe, expect, it } from '@jest/globals'
import { PlanError } from '../../src/plan/plan.js'
import { MemoryRepository } from '../support/memory-repository.js'
import {
  identityOf,
  keysOf,
  metadataOf,
  runOnce,
  seedFiles,
  useHarness,
  type RunResult,
  type RunSpec
} from '../support/orchestration.js'

useHarness()

interface Case {
  name: string
  /** Seeds the server; returns the run's spec and the ids the expectations need. */
  setup: (repo: MemoryRepository) => { spec: Partial<RunSpec>; ids?: Record<string, string> }
  kind: string
  reason?: RegExp
  /** The writes expected; `draft` is the id the run wrote into. */
  writes: (ids: Record<string, string>, draft: string) => string[]
}

const v1 = identityOf('refs/tags/v1')
const main = identityOf('refs/heads/main')

const cases: Case[] = [
  {
    name: 'create: nothing of the identity exists',
    setup: () => ({ spec: { files: { 'a.csv': 'a' } } }),
    kind: 'create',
    writes: (_, d) => ['create', `put-metadata ${d}`, `upload ${d} a.csv`, `publish ${d}`]
  },
  {
    name: 'create without a GitHub context: no identity, no settle step',
    setup: () => ({ spec: { files: { 'a.csv': 'a' }, github: false } }),
    kind: 'create',
    writes: (_, d) => ['create', `upload ${d} a.csv`, `publish ${d}`]
  },
  {
    name: 'publish-only run (no files input): publishes the draft an earlier run filled',
    setup: (repo) => {
      const d = repo.seedDraft({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
      return { spec: { files: {}, patterns: [] }, ids: { d: d.id } }
    },
    kind: 'draft',
    writes: ({ d }) => [`publish ${d}`]
  },
  {
    name: 'draft from deposition-id (whatever it carries)',
    setup: (repo) => {
      const d = repo.seedDraft({ metadata: { title: 'Web draft' } })
      return { spec: { files: { 'a.csv': 'a' }, depositionId: d.id }, ids: { d: d.id } }
    },
    kind: 'draft',
    reason: /deposition-id \d+/,
    writes: ({ d }) => [`put-metadata ${d}`, `upload ${d} a.csv`, `publish ${d}`]
  },
  {
    name: 'draft found by identity: metadata as stored, so no PUT',
    setup: (repo) => {
      const d = repo.seedDraft({ metadata: metadataOf(v1, {}, 'v1') })
      return { spec: { files: { 'a.csv': 'a' } }, ids: { d: d.id } }
    },
    kind: 'draft',
    reason: /made by an earlier run for octo\/data@v1/,
    writes: ({ d }) => [`upload ${d} a.csv`, `publish ${d}`]
  },
  {
    name: 'new version of a concept named by deposition-id',
    setup: (repo) => {
      const r = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a1' }) })
      return { spec: { ref: 'refs/tags/v2', files: { 'a.csv': 'a2' }, depositionId: r.conceptId }, ids: { r: r.id } }
    },
    kind: 'new-version',
    reason: /deposition-id \d+; latest version of concept/,
    writes: ({ r }, d) => [`new-version ${r}`, `put-metadata ${d}`, `upload ${d} a.csv`, `publish ${d}`]
  },
  {
    name: 'new version of a concept the identity published (a branch, no version)',
    setup: (repo) => {
      const r = repo.seedPublished({ metadata: metadataOf(main), files: seedFiles({ 'a.csv': 'a1' }) })
      return { spec: { ref: 'refs/heads/main', files: { 'a.csv': 'a2' } }, ids: { r: r.id } }
    },
    kind: 'new-version',
    reason: /published by an earlier run for octo\/data@main/,
    writes: ({ r }, d) => [`new-version ${r}`, `put-metadata ${d}`, `upload ${d} a.csv`, `publish ${d}`]
  },
  {
    name: 'pending draft of a concept named by deposition-id (opened in the web UI)',
    setup: (repo) => {
      const r = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a1' }) })
      const p = repo.seedDraft({
        conceptId: r.conceptId,
        metadata: { title: 'Survey data' },
        files: seedFiles({ 'a.csv': 'a1' })
      })
      return { spec: { ref: 'refs/tags/v2', files: { 'a.csv': 'a2' }, depositionId: r.conceptId }, ids: { p: p.id } }
    },
    kind: 'draft',
    reason: /pending new version of concept \d+/,
    writes: ({ p }) => [`put-metadata ${p}`, `upload ${p} a.csv`, `publish ${p}`]
  },
  {
    name: 'pending draft an earlier run of the identity left',
    setup: (repo) => {
      const r = repo.seedPublished({ metadata: metadataOf(main), files: seedFiles({ 'a.csv': 'a1' }) })
      const p = repo.seedDraft({
        conceptId: r.conceptId,
        metadata: metadataOf(main),
        files: seedFiles({ 'a.csv': 'a1' })
      })
      return { spec: { ref: 'refs/heads/main', files: { 'a.csv': 'a2' } }, ids: { p: p.id } }
    },
    kind: 'draft',
    reason: /made by an earlier run/,
    writes: ({ p }) => [`upload ${p} a.csv`, `publish ${p}`]
  },
  {
    name: 'archived: a published record holds this version and these files',
    setup: (repo) => {
      repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
      return { spec: { files: { 'a.csv': 'a' } } }
    },
    kind: 'archived',
    reason: /already holds version v1 with these files/,
    writes: () => []
  },
  {
    name: 'read-only: the patterns matched nothing',
    setup: () => ({ spec: { patterns: ['dist/*'], files: {} } }),
    kind: 'read-only',
    writes: () => []
  },
  {
    name: 'read-only with deposition-id: only reads it',
    setup: (repo) => {
      const d = repo.seedDraft({ metadata: { title: 'x' } })
      return { spec: { patterns: ['dist/*'], files: {}, depositionId: d.id } }
    },
    kind: 'read-only',
    writes: () => []
  }
]

describe('targets', () => {
  it.each(cases)('$name', async ({ setup, kind, reason, writes }) => {
    const repo = new MemoryRepository()
    const { spec, ids = {} } = setup(repo)
    const r: RunResult = await runOnce({ repo, ...spec })
    expect(r.error).toBeUndefined()
    expect(r.plan!.target.kind).toBe(kind)
    if (reason) expect(r.lines[0]).toMatch(reason)
    const draft = r.outcome?.record?.id ?? ''
    expect(r.writes).toEqual(writes(ids, draft))
    if (r.outcome) {
      expect(r.outcome.published).toBe(true)
      expect(repo.peek(draft)!.state).toBe('published')
      expect(keysOf(repo.peek(draft))).toEqual(['a.csv'])
    }
  })

  it('a publish-only run with nothing to publish stops before any write', async () => {
    const repo = new MemoryRepository()
    const r = await runOnce({ repo, files: {}, patterns: [] })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(/does not publish a record without files/)
    expect(repo.writes).toEqual([])
  })

  it("refuses to fill a concept's pending draft that is not the identity's", async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(main), files: seedFiles({ 'a.csv': 'a1' }) })
    const p = repo.seedDraft({ conceptId: r1.conceptId, metadata: { title: 'Survey data' } })
    const r = await runOnce({ repo, ref: 'refs/heads/main', files: { 'a.csv': 'a2' } })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(new RegExp(`pending new version \\(draft ${p.id}\\) that is not octo/data@main's`))
    expect(repo.writes).toEqual([])
  })

  it("with deposition-id set to the concept, still refuses a pending draft that carries another tag's marker", async () => {
    // The v3 run is still filling its new version; the v2 run must not take it over.
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'data-v1.csv': '1' }) })
    const p = repo.seedDraft({
      conceptId: r1.conceptId,
      metadata: metadataOf(identityOf('refs/tags/v3'), {}, 'v3'),
      files: seedFiles({ 'data-v3.csv': '3' })
    })
    const r = await runOnce({ repo, ref: 'refs/tags/v2', files: { 'data-v2.csv': '2' }, depositionId: r1.conceptId })
    expect(r.error).toBeInstanceOf(PlanError)
    expect(r.error!.message).toMatch(
      new RegExp(`draft ${p.id}\\) that is not octo/data@v2's \\(it links .*/tree/v3\\)`)
    )
    expect(repo.writes).toEqual([])
  })

  it("a new version carries the new marker, not the previous tag's", async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a1' }) })
    const r = await runOnce({ repo, ref: 'refs/tags/v2', files: { 'a.csv': 'a2' }, depositionId: r1.conceptId })
    const markers = repo.peek(r.outcome!.record!.id)!.metadata.related_identifiers!.map((x) => x.identifier)
    expect(markers).toEqual(['https://github.com/octo/data/tree/v2'])
    expect(repo.peek(r.outcome!.record!.id)!.version).toBe('v2')
  })
})

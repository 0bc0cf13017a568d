// A dry run only reads, and what it prints is what a real run then does.

import { expect, it } from '@jest/globals'
import { MemoryRepository } from '../support/memory-repository.js'
import {
  identityOf,
  metadataOf,
  runOnce,
  seedFiles,
  useHarness,
  writesForFiles,
  type RunSpec
} from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')
const nfd = 'caf\u0065\u0301.csv'

const scenarios: Array<{ name: string; setup: (repo: MemoryRepository) => Partial<RunSpec> }> = [
  { name: 'create', setup: () => ({ files: { 'a.csv': 'a', 'b.csv': 'b' } }) },
  {
    name: 'draft: skip, replace, upload, delete',
    setup: (repo) => {
      repo.seedDraft({
        metadata: metadataOf(v1, {}, 'v1'),
        files: seedFiles({ 'a.csv': 'a', 'b.csv': 'old', 'gone.txt': 'g' })
      })
      return { files: { 'a.csv': 'a', 'b.csv': 'new', 'c.csv': 'c' }, deleteOldFiles: true }
    }
  },
  {
    name: 'draft holding a key in NFD',
    setup: (repo) => {
      repo.seedDraft({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ [nfd]: 'old' }) })
      return { files: { 'café.csv': 'new' } }
    }
  },
  {
    name: 'new version with inherited files',
    setup: (repo) => {
      const r = repo.seedPublished({
        metadata: metadataOf(v1, {}, 'v1'),
        files: seedFiles({ 'a.csv': 'a', 'b.csv': 'b', 'c.csv': 'c' })
      })
      return {
        ref: 'refs/tags/v2',
        files: { 'a.csv': 'a', 'b.csv': 'b2' },
        deleteOldFiles: true,
        depositionId: r.conceptId
      }
    }
  }
]

it.each(scenarios)('$name', async ({ setup }) => {
  const repo = new MemoryRepository()
  const spec = { repo, ...setup(repo) }
  const dry = await runOnce({ ...spec, dryRun: true })
  expect(dry.error).toBeUndefined()
  expect(repo.writes).toEqual([])
  expect(dry.lines[0]).toMatch(/^Plan: /)
  // Every file line that describePlan printed, as (action, name).
  const printed = dry.lines.flatMap((l) => {
    const m = /^ {2}(upload|replace|skip|delete) +(\S+) \(/.exec(l)
    return m ? [[m[1], m[2]]] : []
  })
  expect(printed).toEqual(dry.plan!.files.map((f) => [f.action, f.name]))

  const real = await runOnce(spec)
  expect(real.error).toBeUndefined()
  expect(real.plan!.target.kind).toBe(dry.plan!.target.kind)
  expect(real.plan!.files.map((f) => [f.action, f.name])).toEqual(printed)
  const draft = real.outcome!.record!.id
  const fileWrites = real.writes.filter((w) => /^(upload|delete-file) /.test(w))
  expect(fileWrites).toEqual(writesForFiles(dry.plan!, draft))
})

// update-metadata: a published release whose metadata differs from the file is edited in place
// (same record, DOI and files), and a re-run settles; without the input the run says what differs.

import { describe, expect, it } from '@jest/globals'
import { MemoryRepository } from '../support/memory-repository.js'
import { identityOf, META, metadataOf, runOnce, seedFiles, useHarness } from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')
const files = { 'a.csv': 'a' }

function archived(repo: MemoryRepository) {
  return repo.seedPublished({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles(files) })
}

describe('a published release whose metadata file changed', () => {
  it('without update-metadata: names the fields that differ and changes nothing', async () => {
    const repo = new MemoryRepository()
    const r1 = archived(repo)
    const r = await runOnce({ repo, files, metadata: { ...META, description: 'Fixed a typo.' } })
    expect(r.error).toBeUndefined()
    expect(r.plan!.target.kind).toBe('archived')
    expect(r.plan!.warnings.join('\n')).toContain(
      `The metadata of record ${r1.id} differs from .zenodo.json in: description`
    )
    expect(r.plan!.warnings.join('\n')).toContain('update-metadata: true')
    expect(r.writes).toEqual([])
  })

  it('with update-metadata: edits the record in place, publishes it again, and a re-run settles', async () => {
    const repo = new MemoryRepository()
    const r1 = archived(repo)
    const meta = { ...META, description: 'Fixed a typo.', title: 'Survey data (corrected)' }
    const r = await runOnce({ repo, files, metadata: meta, updateMetadata: true })
    expect(r.error).toBeUndefined()
    expect(r.plan!.edit?.fields.sort()).toEqual(['description', 'title'])
    expect(r.writes).toEqual([`edit ${r1.id}`, `put-metadata ${r1.id}`, `publish ${r1.id}`])
    const after = repo.peek(r1.id)!
    expect(after.state).toBe('published')
    expect(after.doi).toBe(r1.doi)
    expect(after.metadata.description).toBe('Fixed a typo.')
    expect(after.files.map((f) => f.key)).toEqual(['a.csv'])
    expect(repo.all()).toHaveLength(1)
    const again = await runOnce({ repo, files, metadata: meta, updateMetadata: true })
    expect(again.error).toBeUndefined()
    expect(again.writes).toEqual([])
  })

  it('compares only what the file sets: a field edited on the server that the file leaves out stays', async () => {
    const repo = new MemoryRepository()
    const r1 = archived(repo)
    repo.editPublished(r1.id, { keywords: ['added on Zenodo'] })
    const r = await runOnce({ repo, files, updateMetadata: true })
    expect(r.writes).toEqual([])
  })

  it('a refused edit is discarded, leaving the record as it was', async () => {
    const repo = new MemoryRepository()
    const r1 = archived(repo)
    repo.failNext('put-metadata', Object.assign(new Error('x'), {}))
    const r = await runOnce({ repo, files, metadata: { ...META, description: 'New.' }, updateMetadata: true })
    expect(r.error).toBeDefined()
    expect(r.writes).toEqual([`edit ${r1.id}`, `discard-edit ${r1.id}`])
    expect(repo.peek(r1.id)?.state).toBe('published')
  })
})

describe('update-metadata, the edge cases', () => {
  it('a dry run names the planned edit', async () => {
    const repo = new MemoryRepository()
    archived(repo)
    const r = await runOnce({
      repo,
      files,
      metadata: { ...META, description: 'New.' },
      updateMetadata: true,
      dryRun: true
    })
    expect(r.lines[0]).toMatch(/its metadata differs, so update it in place/)
    expect(r.lines.join('\n')).toMatch(/Edit record \d+ in place \(update-metadata\).*description/)
    expect(r.writes).toEqual([])
  })

  it('a failed publish of the edit discards it, so no edit stays open', async () => {
    const repo = new MemoryRepository()
    const r1 = archived(repo)
    repo.failNext('publish', Object.assign(new Error('boom'), {}))
    const r = await runOnce({ repo, files, metadata: { ...META, description: 'New.' }, updateMetadata: true })
    expect(r.error).toBeDefined()
    expect(r.writes).toEqual([`edit ${r1.id}`, `put-metadata ${r1.id}`, `discard-edit ${r1.id}`])
    expect(repo.peek(r1.id)?.state).toBe('published')
  })

  it('sends only the fields that differ: what the owner added on the server stays', async () => {
    const repo = new MemoryRepository()
    const r1 = archived(repo)
    repo.editPublished(r1.id, { keywords: ['added on Zenodo'] })
    const r = await runOnce({ repo, files, metadata: { ...META, description: 'New.' }, updateMetadata: true })
    expect(r.error).toBeUndefined()
    expect(repo.peek(r1.id)?.metadata.keywords).toEqual(['added on Zenodo'])
    expect(repo.peek(r1.id)?.metadata.description).toBe('New.')
  })

  it('markup the server sanitised away is not a difference (the text is compared)', async () => {
    const repo = new MemoryRepository()
    const r1 = repo.seedPublished({
      metadata: metadataOf(v1, { description: '<p>Counts &amp; things, it\u2019s "raw"</p>' }, 'v1'),
      files: seedFiles(files)
    })
    const r = await runOnce({
      repo,
      files,
      metadata: { ...META, description: '<p class="lead">Counts & things, it\'s \u201craw\u201d</p>' },
      updateMetadata: true
    })
    expect(r.error).toBeUndefined()
    expect(r.plan!.edit).toBeUndefined()
    expect(r.writes).toEqual([])
    expect(repo.peek(r1.id)?.state).toBe('published')
  })
})

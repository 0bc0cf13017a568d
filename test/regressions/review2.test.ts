// Regressions from the second review: sibling drafts, outputs on planning failures, name
// clashes in a matrix, comment-only files input, idempotent metadata, and more.

import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { fileKeys, inputsFor, META as BASE_META, useFakeZenodo, writesSince } from '../support/e2e.js'
import { fileStatuses, makeWorkspace, runAction } from '../support/run-action.js'

const META = { ...BASE_META, title: 'Probe data' }
const server = useFakeZenodo()
const inputs = (extra: Record<string, string>): Record<string, string> => inputsFor(server(), extra)

describe('re-runs and siblings', () => {
  it('a title-less job does not adopt a titled sibling dataset draft on the same ref: it stops and says to set dataset', async () => {
    const a = await runAction(inputs({ files: 'a.csv', metadata: JSON.stringify({ ...META, title: 'Dataset A' }) }), {
      workspace: makeWorkspace({ 'a.csv': 'a' }),
      ref: 'refs/tags/t1'
    })
    const b = await runAction(inputs({ files: 'b.csv', 'delete-old-files': 'true' }), {
      workspace: makeWorkspace({
        'b.csv': 'b',
        'CITATION.cff': 'cff-version: 1.2.0\nmessage: m\nauthors:\n  - name: Org\n'
      }),
      ref: 'refs/tags/t1'
    })
    expect(b.code).toBe(1)
    expect(b.errors[0]).toMatch(/titled 'Dataset A', while this run's metadata has no title.*'dataset' input/)
    expect(b.outputs['deposition-id']).toBeUndefined()
    expect(fileKeys(server(), Number(a.outputs['deposition-id']))).toEqual(['a.csv'])
  })

  it('a re-run with an ordinary .zenodo.json (licence "MIT", no schemes) sends no metadata update', async () => {
    const zj = {
      ...META,
      license: 'MIT',
      related_identifiers: [{ identifier: 'https://example.org/paper', relation: 'isDocumentedBy' }]
    }
    const ws = makeWorkspace({ 'a.txt': 'a', '.zenodo.json': JSON.stringify(zj) })
    await runAction(inputs({ files: 'a.txt' }), { workspace: ws, ref: 'refs/tags/v1' })
    const before = server().requests.length
    const again = await runAction(inputs({ files: 'a.txt' }), { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
  })

  it('warns when a parallel job replaces a same-named file in a first-version draft', async () => {
    const id = (
      await runAction(inputs({ files: '', metadata: JSON.stringify(META) }), { workspace: makeWorkspace({}) })
    ).outputs['deposition-id']
    await runAction(inputs({ files: 'out/part-1/*', 'deposition-id': id }), {
      workspace: makeWorkspace({ 'out/part-1/result.csv': 'part 1' })
    })
    const p2 = await runAction(inputs({ files: 'out/part-2/*', 'deposition-id': id }), {
      workspace: makeWorkspace({ 'out/part-2/result.csv': 'part 2' })
    })
    expect(p2.code).toBe(0)
    expect(p2.warnings.join('\n')).toMatch(
      /'result\.csv' is already in draft \d+ with other content.*distinct file names/
    )
  })
})

describe('outputs and messages', () => {
  it('a publish-only run refused locally still sets the outputs of the given draft', async () => {
    const noTitle = JSON.stringify({ upload_type: 'dataset', creators: [{ name: 'Doe, Jane' }] })
    const first = await runAction(inputs({ files: 'a.txt', metadata: noTitle }), {
      workspace: makeWorkspace({ 'a.txt': 'a' })
    })
    const id = first.outputs['deposition-id']
    const before = server().requests.length
    const run = await runAction(inputs({ files: '', publish: 'true', 'deposition-id': id }), {
      workspace: makeWorkspace({})
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/metadata\.title/)
    expect(writesSince(server(), before)).toEqual([])
    expect(run.outputs['deposition-id']).toBe(id)
    expect(run.outputs.state).toBe('draft')
  })

  it('publish with no files anywhere fails before any write', async () => {
    const run = await runAction(inputs({ files: '', publish: 'true', metadata: JSON.stringify(META) }), {
      workspace: makeWorkspace({})
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/files: Zenodo does not publish a record without files/)
    expect(writesSince(server())).toEqual([])
  })

  it("names the deposition-id input when the deposition is someone else's", async () => {
    const mine = await runAction(inputs({ files: 'a.txt' }), { workspace: makeWorkspace({ 'a.txt': 'a' }) })
    const run = await runAction(
      inputsFor(server(), { token: 'other-token', files: 'b.txt', 'deposition-id': mine.outputs['deposition-id'] }),
      { workspace: makeWorkspace({ 'b.txt': 'b' }) }
    )
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/^Input 'deposition-id': .*Permission denied/)
  })
})

describe('files input', () => {
  it('a files input of only comment lines is an error, not "no files this run"', async () => {
    const run = await runAction(inputs({ files: '#1-results.csv', metadata: JSON.stringify(META) }), {
      workspace: makeWorkspace({ '#1-results.csv': 'x' })
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/Input 'files': has only comment lines.*\[#\]/)
    expect(server().depositions()).toHaveLength(0)
  })

  it('[#] matches a name that starts with #', async () => {
    const run = await runAction(inputs({ files: '[#]1-results.csv' }), {
      workspace: makeWorkspace({ '#1-results.csv': 'x' })
    })
    expect(run.errors).toEqual([])
    expect(fileStatuses(run)).toEqual({ '#1-results.csv': 'uploaded' })
  })

  it('a pattern that matches a directory does not pull in its tree', async () => {
    const run = await runAction(inputs({ files: 'out/*' }), {
      workspace: makeWorkspace({ 'out/a.bin': 'a', 'out/sub/deep/b.bin': 'b' })
    })
    expect(run.code).toBe(0)
    expect(fileStatuses(run)).toEqual({ 'a.bin': 'uploaded' })
  })

  it('if-no-files-found: warn uploads what matched and warns about the rest', async () => {
    const run = await runAction(inputs({ files: 'a.txt\nmissing/*', 'if-no-files-found': 'warn' }), {
      workspace: makeWorkspace({ 'a.txt': 'a' })
    })
    expect(run.code).toBe(0)
    expect(run.warnings.join('\n')).toMatch(/No files were found with the provided path: 'missing\/\*'/)
    expect(fileStatuses(run)).toEqual({ 'a.txt': 'uploaded' })
  })

  it('a dry run shows the MD5 a real run would send, archives included', async () => {
    const run = await runAction(inputs({ files: 'data/**', archive: 'ds.zip', 'dry-run': 'true' }), {
      workspace: makeWorkspace({ 'data/a.csv': 'a', 'data/b/c.csv': 'c' })
    })
    expect(run.code).toBe(0)
    const [file] = JSON.parse(run.outputs.files) as Array<{ name: string; md5: string; status: string }>
    expect(file).toMatchObject({ name: 'ds.zip', status: 'planned' })
    expect(file.md5).toMatch(/^[0-9a-f]{32}$/)
    const plain = await runAction(inputs({ files: 'a.csv', 'dry-run': 'true' }), {
      workspace: makeWorkspace({ 'a.csv': 'abc' })
    })
    expect(JSON.parse(plain.outputs.files)[0].md5).toBe(createHash('md5').update('abc').digest('hex'))
    expect(writesSince(server())).toEqual([])
  })
})

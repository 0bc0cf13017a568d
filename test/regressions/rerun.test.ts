// Regressions found in review: re-runs that must change nothing, and the GitHub marker.
import { describe, expect, it } from '@jest/globals'
import { type FakeDepositionView } from '../support/fake-zenodo.js'
import { fileKeys, inputsFor, META as BASE_META, useFakeZenodo, writesSince } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const META = { ...BASE_META, version: 'v1' }
const server = useFakeZenodo()
const inputs = (extra: Record<string, string>): Record<string, string> => inputsFor(server(), extra, META)

describe('idempotent re-runs', () => {
  it('re-running a published release without delete-old-files changes nothing', async () => {
    const v1: FakeDepositionView = await server().seedPublished({
      metadata: META,
      files: [{ key: 'old.csv', content: 'old' }]
    })
    const ws = makeWorkspace({ 'new.csv': 'new' })
    const opts = { workspace: ws, ref: 'refs/tags/v2' }
    const first = await runAction(inputs({ 'deposition-id': String(v1.id), files: 'new.csv', publish: 'true' }), opts)
    expect(first.code).toBe(0)
    const before = server().requests.length
    const again = await runAction(inputs({ 'deposition-id': String(v1.id), files: 'new.csv', publish: 'true' }), opts)
    expect(again.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
    const all = server().depositions()
    expect(all.filter((d) => d.published)).toHaveLength(2)
  })

  it('re-running the create-the-draft job of a matrix fan-out after publish changes nothing', async () => {
    const ws0 = makeWorkspace({})
    const opts = { workspace: ws0, ref: 'refs/tags/data-1' }
    const create = await runAction(inputs({ files: '' }), opts)
    const id = create.outputs['deposition-id']
    const part = await runAction(inputs({ files: 'p.bin', 'deposition-id': id }), {
      workspace: makeWorkspace({ 'p.bin': 'p' }),
      ref: 'refs/tags/data-1'
    })
    expect(part.code).toBe(0)
    const pub = await runAction(inputs({ files: '', 'deposition-id': id, publish: 'true' }), opts)
    expect(pub.outputs.state).toBe('published')
    const before = server().requests.length
    const rerun = await runAction(inputs({ files: '' }), opts) // "Re-run all jobs"
    expect(rerun.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
    expect(server().depositions()).toHaveLength(1)
  })
})

describe("GitHub marker (the tag's tree link in the related identifiers)", () => {
  it('a new version does not keep the previous tag tree link, and a re-run of the old tag does not upload into it', async () => {
    const v1 = await server().seedPublished({
      metadata: {
        ...META,
        related_identifiers: [
          {
            identifier: 'https://github.com/octo-org/dataset/tree/v1',
            relation: 'isSupplementTo',
            resource_type: 'software',
            scheme: 'url'
          }
        ]
      },
      files: [{ key: 'a.csv', content: 'a1' }]
    })
    const v2run = await runAction(inputs({ 'deposition-id': String(v1.id), files: 'a.csv' }), {
      workspace: makeWorkspace({ 'a.csv': 'a2' }),
      ref: 'refs/tags/v2'
    })
    expect(v2run.code).toBe(0)
    const v2 = server().deposition(Number(v2run.outputs['deposition-id']))!
    const links = (v2.metadata.related_identifiers as Array<{ identifier: string }>).map((r) => r.identifier)
    // The v2 draft links its own tag only, not the one it inherited from v1.
    expect(links).toContain('https://github.com/octo-org/dataset/tree/v2')
    expect(links).not.toContain('https://github.com/octo-org/dataset/tree/v1')
    // Re-running the v1 workflow (no deposition-id) with other files neither takes v2's draft for
    // its own nor publishes a second record of v1.
    const rerunV1 = await runAction(inputs({ files: 'x.csv' }), {
      workspace: makeWorkspace({ 'x.csv': 'from v1 job' }),
      ref: 'refs/tags/v1'
    })
    expect(rerunV1.outputs['deposition-id']).not.toBe(String(v2.id))
    expect(rerunV1.code).toBe(1)
    expect(rerunV1.errors[0]).toMatch(new RegExp(`Record ${v1.id} .*already publishes version v1`))
    expect(fileKeys(server(), v2.id)).toEqual(['a.csv'])
  })
})

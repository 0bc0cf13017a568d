// Two runs for one release at the same time, and a create whose answer never came: at most one
// concept results, and no draft holding files is left behind. The fake holds and releases
// requests, and lags its search index, so every interleaving is forced, not hoped for.
import { describe, expect, it } from '@jest/globals'
import { fileKeys, inputsFor, META, useFakeZenodo } from '../support/e2e.js'
import { makeWorkspace, runAction, type ActionRun } from '../support/run-action.js'

const TREE = 'https://github.com/octo-org/dataset/tree'
const CREATE = { method: 'POST', path: /^\/api\/deposit\/depositions$/ }
const server = useFakeZenodo()
const inputs = (extra: Record<string, string> = {}, meta: Record<string, unknown> = META): Record<string, string> =>
  inputsFor(server(), { files: '*.csv', publish: 'true', ...extra }, meta)
const start = (files: Record<string, string>, extra: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction(inputs(extra), { workspace: makeWorkspace(files), ref: 'refs/tags/v1', env, timeoutMs: 90_000 })

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** At most one concept, and nothing unpublished that holds files. */
function expectOneReleaseNoOrphans(): void {
  const all = server().depositions()
  expect(new Set(all.map((d) => d.conceptrecid)).size).toBe(1)
  expect(all.filter((d) => d.published)).toHaveLength(1)
  expect(all.filter((d) => !d.published && d.files.length > 0)).toEqual([])
}

function winnerAndLoser(a: ActionRun, b: ActionRun): [ActionRun, ActionRun] {
  expect([a.code, b.code].sort()).toEqual([0, 1])
  return a.code === 0 ? [a, b] : [b, a]
}

describe('two runs for one tag (defect 4)', () => {
  it('both search before either creates: the earliest draft wins, the other run discards its own', async () => {
    const held = server().hold({ ...CREATE, times: 2 })
    const runs = Promise.all([start({ 'a.csv': 'build A' }), start({ 'a.csv': 'build B' })])
    await until(() => held.held.length === 2, 'both creates')
    held.release()
    const [winner, loser] = winnerAndLoser(...(await runs))
    expect(loser.errors[0]).toMatch(
      /Another run made (draft|record) \d+ for octo-org\/dataset@v1 first.*discarded its own draft/
    )
    expect(loser.stdout).toMatch(/Discarded draft \d+, which this run had made/)
    expect(winner.outputs.state).toBe('published')
    expectOneReleaseNoOrphans()
    // The loser never uploaded into the winner's draft: one PUT went there, the winner's own.
    const bucket = server().deposition(Number(winner.outputs['deposition-id']))!.bucketId
    const puts = server().requests.filter((r) => r.method === 'PUT' && r.path.startsWith(`/api/files/${bucket}/`))
    expect(puts).toHaveLength(1)
  }, 120_000)

  it("one creates while the other searches inside the index's lag: the later run stops after its settle look", async () => {
    server().setIndexLag(2500)
    const env = { ZENODO_UPLOAD_SETTLE_MS: '1000' }
    // A's draft exists, but A does not hear back yet; B starts and cannot see A's draft.
    const aCreate = server().hold({ ...CREATE, phase: 'after' })
    const a = start({ 'a.csv': 'build A' }, {}, env)
    await aCreate.arrived
    const b = start({ 'a.csv': 'build B' }, {}, env)
    await until(
      () => server().requests.filter((r) => r.method === 'POST' && CREATE.path.test(r.path)).length === 2,
      "B's create"
    )
    aCreate.release()
    const [ra, rb] = await Promise.all([a, b])
    expect(ra.code).toBe(0)
    expect(rb.code).toBe(1)
    expect(rb.errors[0]).toMatch(new RegExp(`Another run made draft ${ra.outputs['deposition-id']} .* first`))
    expectOneReleaseNoOrphans()
  }, 120_000)

  it('two new versions of one concept at once: one version is published, the other run leaves it alone', async () => {
    const v0 = await server().seedPublished({
      metadata: {
        ...META,
        version: 'v0',
        related_identifiers: [{ identifier: `${TREE}/v0`, relation: 'isSupplementTo' }]
      },
      files: [{ key: 'a.csv', content: 'v0' }]
    })
    const held = server().hold({ method: 'POST', path: '/actions/newversion', times: 2 })
    const runs = Promise.all([
      start({ 'a.csv': 'build A' }, { 'deposition-id': v0.conceptrecid }),
      start({ 'a.csv': 'build B' }, { 'deposition-id': v0.conceptrecid })
    ])
    await until(() => held.held.length === 2, 'both new-version requests')
    held.release()
    const results = await runs
    // A run that saw the other's fresh draft, or found its files replaced in the shared draft, or
    // found it published with other files, stops; one whose files were published is done.
    for (const run of results.filter((r) => r.code !== 0)) {
      expect(run.errors[0]).toMatch(
        /Another run opened new version \d+ of concept .* leaves it alone|is not in draft \d+ with the MD5 this run computed|Another run published draft \d+ .* (with other files|while this run was uploading)|changed while this run was publishing it/
      )
    }
    expect(results.some((r) => r.code === 0)).toBe(true)
    const all = server().depositions()
    expect(all.filter((d) => d.published)).toHaveLength(2)
    expect(all.filter((d) => !d.published)).toEqual([])
    for (const run of results.filter((r) => r.code === 0)) expect(run.outputs['concept-id']).toBe(v0.conceptrecid)
  }, 120_000)
})

describe('create recovery takes only its own draft (defect 5)', () => {
  it("after a reset, never adopts a sibling's older draft of the same identity: it stops by the tie-break instead", async () => {
    // An earlier job's draft (title "Dataset B") carries the same tag link; the searches before
    // the create (gather's, and the last look) miss it, and A's create is cut off before the
    // server handled it, so the recovery sees only the sibling's draft.
    const sibling = await server().seedDraft({
      metadata: {
        ...META,
        title: 'Dataset B',
        related_identifiers: [{ identifier: `${TREE}/v1`, relation: 'isSupplementTo' }]
      }
    })
    await server().seedFile(sibling.id, 'b.csv', 'b')
    server().addFault({
      method: 'GET',
      path: '/api/deposit/depositions',
      times: 2,
      action: { kind: 'status', status: 200, body: '[]' }
    })
    server().addFault({
      ...CREATE,
      path: '/api/deposit/depositions',
      action: { kind: 'reset-mid-body', afterBytes: 1 }
    })
    const run = await runAction(inputs({}, { ...META, title: 'Dataset A' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' }),
      ref: 'refs/tags/v1'
    })
    expect(run.code).toBe(1)
    // The create was tried, cut off, and tried again: recovery did not take the sibling's draft.
    const creates = server().requests.filter((r) => r.method === 'POST' && CREATE.path.test(r.path))
    expect(creates.length).toBe(2)
    expect(run.stdout).not.toMatch(/Took over draft/)
    expect(run.errors[0]).toMatch(new RegExp(`Another run made draft ${sibling.id} for octo-org/dataset@v1 first`))
    expect(fileKeys(server(), sibling.id)).toEqual(['b.csv'])
    const all = server().depositions()
    expect(all.filter((d) => d.id !== sibling.id)).toEqual([])
    expect(server().requests.some((r) => r.method === 'PUT' && r.path.includes(sibling.bucketId))).toBe(false)
  }, 60_000)

  it('judges "made since" by the server clock (an hour ahead here), and skips another dataset\'s fresh draft', async () => {
    server().setClockOffset(3_600_000)
    const other = await server().seedDraft({
      metadata: { ...META, related_identifiers: [{ identifier: `${TREE}/v1?dataset=raw`, relation: 'isSupplementTo' }] }
    })
    // The create lands, but its answer is lost.
    server().addFault({ ...CREATE, path: '/api/deposit/depositions', action: { kind: 'reset-after-processing' } })
    const run = await start({ 'a.csv': 'a' }, { dataset: 'figures' })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/had taken effect; carrying on/)
    const mine = server().deposition(Number(run.outputs['deposition-id']))!
    expect(mine.id).not.toBe(other.id)
    expect(mine.files.map((f) => f.key)).toEqual(['a.csv'])
    expect(server().deposition(other.id)!.files).toEqual([])
    // Exactly one create landed: the recovery found it instead of creating a second draft.
    expect(server().depositions()).toHaveLength(2)
  }, 60_000)
})

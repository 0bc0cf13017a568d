// Communities end to end through the bundled action: submission for review, acceptance by the
// curators, direct inclusion, inclusion requests, a decline and refusals, on a stock InvenioRDM
// instance (api: auto) and on zenodo.org through the legacy API (the requests go to the native
// routes there too, never as legacy metadata).
import { describe, expect, it } from '@jest/globals'
import { META, inputsFor, useFakeZenodo, writesSince } from '../support/e2e.js'
import type { FakeCommunityOptions, FakeZenodo } from '../support/fake-zenodo.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const requestId = (url: string): string => url.split('/').at(-1) ?? ''

function lab(server: FakeZenodo, slug = 'lab', opts: Partial<FakeCommunityOptions> = {}) {
  return server.addCommunity({ slug, title: `The ${slug}`, ...opts })
}

describe('a stock InvenioRDM instance', () => {
  const server = useFakeZenodo({ flavor: 'invenio' })

  it('submits a first version for review; re-runs report in-review; after acceptance it is archived', async () => {
    lab(server())
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto', community: 'lab' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.state).toBe('in-review')
    expect(run.outputs['review-url']).toMatch(new RegExp(`^${server().url}/api/requests/[0-9a-f-]+$`))
    const id = requestId(run.outputs['review-url'])
    expect(server().communityRequest(id)).toMatchObject({ type: 'community-submission', status: 'submitted' })
    // Attached only at submit: the draft was created without a review.
    const writes = writesSince(server())
    const review = writes.findIndex((w) => /^PUT \/api\/records\/[^/]+\/draft\/review$/.test(w))
    expect(review).toBeGreaterThan(writes.findIndex((w) => /\/commit$/.test(w)))
    expect(writes[review + 1]).toMatch(/\/draft\/actions\/submit-review$/)
    expect(writes.some((w) => w.endsWith('/actions/publish'))).toBe(false)

    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.code).toBe(0)
    expect(again.outputs.state).toBe('in-review')
    expect(again.outputs['review-url']).toBe(run.outputs['review-url'])
    expect(again.stdout).toMatch(/In review: draft \S+ awaits the review of community 'lab'/)
    expect(writesSince(server(), before)).toEqual([])

    await server().acceptRequest(id)
    const after = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(after.code).toBe(0)
    expect(after.outputs.state).toBe('published')
    expect(after.outputs['deposition-id']).toBe(run.outputs['deposition-id'])
    expect(after.stdout).toMatch(/Already archived/)
  })

  it('is published at once where the uploader may include directly, and asks the next community', async () => {
    lab(server(), 'own', { reviewPolicy: 'members', members: [{ user: 1, role: 'curator' }] })
    const other = lab(server(), 'other')
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto', community: 'own\nother' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.errors).toEqual([])
    expect(run.outputs.state).toBe('published')
    expect(run.stdout).toMatch(/Community 'own' accepted the submission at once/)
    expect(run.stdout).toMatch(/Asked community 'other' to include record/)
    const inclusion = server()
      .communityRequests()
      .find((r) => r.type === 'community-inclusion')
    expect(inclusion).toMatchObject({ receiver: other.id, status: 'submitted' })
    // A re-run asks nothing twice.
    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
    expect(again.stdout).toMatch(/Community 'other': request open/)
  })

  it('a declined submission fails the re-run and names the decline', async () => {
    lab(server())
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto', community: 'lab' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    await server().declineRequest(requestId(run.outputs['review-url']))
    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.code).toBe(1)
    expect(again.errors.join('\n')).toMatch(/Community 'lab' declined the submission of draft/)
    expect(writesSince(server(), before)).toEqual([])
  })

  it('a closed community refuses the submission: the run fails naming it and keeps the draft publishable', async () => {
    lab(server(), 'closed', { submissionPolicy: 'closed' })
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto', community: 'closed' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.code).toBe(1)
    expect(run.errors.join('\n')).toMatch(/Community 'closed' refused the submission of draft \S+/)
    expect(run.errors.join('\n')).toMatch(/only allowed to community members/)
    expect(run.outputs.state).toBe('draft')
    // The review was taken back: without the community the same draft publishes.
    const { community: _c, ...without } = inputs
    const again = await runAction(without, { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.errors).toEqual([])
    expect(again.outputs.state).toBe('published')
    expect(again.outputs['deposition-id']).toBe(run.outputs['deposition-id'])
  })

  it('an unknown community fails before any write', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(server(), { files: '*.csv', publish: 'true', api: 'auto', community: 'nowhere' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.code).toBe(1)
    expect(run.errors.join('\n')).toMatch(/Community 'nowhere' does not exist on this server/)
    expect(writesSince(server())).toEqual([])
  })
})

describe('zenodo.org through the legacy API', () => {
  const server = useFakeZenodo({ flavor: 'zenodo' })

  it(".zenodo.json's communities go through the review endpoints, never as legacy metadata", async () => {
    lab(server())
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const meta = { ...META, communities: [{ identifier: 'lab' }] }
    const run = await runAction(inputsFor(server(), { files: '*.csv', publish: 'true', api: 'legacy' }, meta), {
      workspace: ws,
      ref: 'refs/tags/v1'
    })
    expect(run.errors).toEqual([])
    expect(run.outputs.state).toBe('in-review')
    const writes = writesSince(server())
    expect(writes.some((w) => /^PUT \/api\/deposit\/depositions\/\d+$/.test(w))).toBe(true)
    expect(writes.slice(-2)).toEqual([
      `PUT /api/records/${run.outputs['deposition-id']}/draft/review`,
      `POST /api/records/${run.outputs['deposition-id']}/draft/actions/submit-review`
    ])
    const stored = server().deposition(Number(run.outputs['deposition-id']))
    expect(stored?.metadata.title).toBe('Survey data')
    expect(stored?.metadata.communities).toBeUndefined()
  })
})

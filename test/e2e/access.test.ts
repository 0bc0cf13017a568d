// The access inputs end to end: `access`, `embargo-until` and `embargo-reason` win over the
// metadata file's access_right, as legacy fields (access_right, embargo_date) on the deposit API
// and as the native record's `access` on the records API; a refusal comes back with its field.
import { describe, expect, it } from '@jest/globals'
import { META, inputsFor, useFakeZenodo, writesSince } from '../support/e2e.js'
import type { FakeZenodo } from '../support/fake-zenodo.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const DAY = 86_400_000
const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString().slice(0, 10)
const UNTIL = inDays(400)

interface NativeAccess {
  record: string
  files: string
  embargo: { active: boolean; until?: string; reason?: string }
}

/** The record's access as the native API shows it (the draft's while one is open). */
async function nativeAccess(server: FakeZenodo, id: string): Promise<NativeAccess> {
  const published = server.record(id)?.published
  const res = await fetch(`${server.url}/api/records/${id}${published ? '' : '/draft'}`, {
    headers: { Authorization: 'Bearer owner-token', Accept: 'application/vnd.inveniordm.v1+json' }
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { access: NativeAccess }).access
}

const reasonDropped = (warnings: string[]): string[] => warnings.filter((w) => /embargo-reason/.test(w))

describe('the legacy deposit API (api: legacy)', () => {
  const server = useFakeZenodo({ flavor: 'zenodo' })

  it('restricts the files over an open access_right in the file, and a re-run changes nothing', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(
      server(),
      { files: 'a.csv', publish: 'true', access: 'restricted' },
      {
        ...META,
        access_right: 'open'
      }
    )
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.published).toBe(true)
    expect(dep.metadata.access_right).toBe('restricted')
    expect(dep.metadata).not.toHaveProperty('embargo_date')
    expect(dep.access).toMatchObject({ record: 'public', files: 'restricted' })
    // Anonymous readers see the record but not its files.
    expect((await fetch(`${server().url}/api/records/${dep.recid}/files`)).status).toBe(403)

    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
  })

  it('sends an embargo as embargoed with its date, and warns once that the reason is dropped', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(
      server(),
      { files: 'a.csv', 'embargo-until': UNTIL, 'embargo-reason': 'Patent pending' },
      { ...META, access_right: 'restricted' }
    )
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(reasonDropped(run.warnings)).toEqual([
      expect.stringMatching(/Input 'embargo-reason' is dropped: the legacy deposit API has no field for it/)
    ])
    expect(run.stdout).toContain(`access: files restricted until ${UNTIL}, then public`)
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.metadata).toMatchObject({ access_right: 'embargoed', embargo_date: UNTIL })
    expect(JSON.stringify(dep.metadata)).not.toContain('Patent pending')
    expect(dep.access).toMatchObject({ files: 'restricted', embargo: { active: true, until: UNTIL } })
  })

  it('keeps the file’s access_right when no access input is given', async () => {
    const run = await runAction(
      inputsFor(server(), { files: 'a.csv' }, { ...META, access_right: 'embargoed', embargo_date: UNTIL }),
      { workspace: makeWorkspace({ 'a.csv': 'a' }) }
    )
    expect(run.code).toBe(0)
    expect(reasonDropped(run.warnings)).toEqual([])
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.metadata).toMatchObject({ access_right: 'embargoed', embargo_date: UNTIL })
  })

  it('refuses a bad embargo date before any request', async () => {
    const run = await runAction(inputsFor(server(), { files: 'a.csv', 'embargo-until': '2030-02-30' }, META), {
      workspace: makeWorkspace({ 'a.csv': 'a' })
    })
    expect(run.code).toBe(1)
    expect(run.errors.join('\n')).toMatch(/Input 'embargo-until': '2030-02-30' is not a date/)
    expect(writesSince(server())).toEqual([])
  })
})

describe('a stock InvenioRDM instance (api: auto)', () => {
  const server = useFakeZenodo({ flavor: 'invenio' })

  it('sends restricted files with an embargo and its reason as the record’s access', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(
      server(),
      {
        files: 'a.csv',
        publish: 'true',
        api: 'auto',
        access: 'restricted',
        'embargo-until': UNTIL,
        'embargo-reason': 'Patent pending'
      },
      { ...META, access_right: 'open' }
    )
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(reasonDropped(run.warnings)).toEqual([])
    expect(await nativeAccess(server(), run.outputs['deposition-id'])).toEqual({
      record: 'public',
      files: 'restricted',
      embargo: { active: true, until: UNTIL, reason: 'Patent pending' },
      status: 'embargoed'
    })
    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1' })
    expect(again.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
  })

  it('restricted files win over an embargo in the metadata file', async () => {
    const run = await runAction(
      inputsFor(
        server(),
        { files: 'a.csv', api: 'auto', access: 'restricted' },
        { ...META, access_right: 'embargoed', embargo_date: UNTIL }
      ),
      { workspace: makeWorkspace({ 'a.csv': 'a' }) }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.warnings.filter((w) => /embargo/.test(w))).toEqual([])
    const access = await nativeAccess(server(), run.outputs['deposition-id'])
    expect(access).toMatchObject({ record: 'public', files: 'restricted', embargo: { active: false } })
  })
})

describe('zenodo.org through its native API (api: rdm)', () => {
  const server = useFakeZenodo({ flavor: 'zenodo' })

  it('sends an embargo with its reason, and the legacy view shows it as embargoed', async () => {
    const run = await runAction(
      inputsFor(
        server(),
        { files: 'a.csv', api: 'rdm', 'embargo-until': UNTIL, 'embargo-reason': 'Patent pending' },
        META
      ),
      { workspace: makeWorkspace({ 'a.csv': 'a' }) }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(reasonDropped(run.warnings)).toEqual([])
    const id = run.outputs['deposition-id']
    expect(await nativeAccess(server(), id)).toMatchObject({
      record: 'public',
      files: 'restricted',
      embargo: { active: true, until: UNTIL, reason: 'Patent pending' }
    })
    expect(server().deposition(Number(id))!.metadata).toMatchObject({ access_right: 'embargoed', embargo_date: UNTIL })
  })
})

describe('an instance that refuses the embargo', () => {
  // The server's clock is two years ahead: the date this run calls future is past there. (The
  // fake's legacy routes accept any embargo_date, as far as is known of Zenodo's; the input check
  // is the guard there.)
  const clockOffsetMs = 730 * DAY

  describe.each([
    ['a stock InvenioRDM instance (api: auto)', 'invenio', 'auto'],
    ['zenodo.org (api: rdm)', 'zenodo', 'rdm']
  ] as const)('%s', (_name, flavor, api) => {
    const server = useFakeZenodo({ flavor, clockOffsetMs })
    it('fails with the field and the server’s message, and creates nothing', async () => {
      const run = await runAction(inputsFor(server(), { files: 'a.csv', api, 'embargo-until': UNTIL }, META), {
        workspace: makeWorkspace({ 'a.csv': 'a' })
      })
      expect(run.code).toBe(1)
      expect(run.errors.join('\n')).toMatch(/HTTP 400[^]*access\.embargo: Embargo end date must be in the future\./)
      expect(server().depositions()).toEqual([])
    })
  })
})

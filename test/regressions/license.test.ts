import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { startFakeZenodo, type FakeZenodo } from '../support/fake-zenodo.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

let server: FakeZenodo
beforeEach(async () => {
  server = await startFakeZenodo()
})
afterEach(async () => {
  await server.close()
})

it('a licence Zenodo refuses leaves no new-version draft behind and says what to fix', async () => {
  const v1 = await server.seedPublished({
    metadata: { title: 'Survey data', upload_type: 'dataset', creators: [{ name: 'Doe, Jane' }] },
    files: [{ key: 'a.csv', content: 'a1' }]
  })
  const run = await runAction(
    {
      token: 'owner-token',
      'server-url': server.url,
      'deposition-id': String(v1.id),
      files: 'a.csv',
      metadata: JSON.stringify({ license: 'my-own-licence' })
    },
    { workspace: makeWorkspace({ 'a.csv': 'a2' }), ref: 'refs/tags/v2' }
  )
  expect(run.code).toBe(1)
  expect(run.errors[0]).toMatch(/metadata\.license: Invalid license provided: my-own-licence/)
  expect(run.errors[0]).toMatch(/Fix these fields in the metadata \(the metadata input\)/)
  expect(run.errors[0]).toMatch(/was discarded; nothing was left behind/)
  expect(server.depositions()).toHaveLength(1)
  expect(run.outputs).toEqual({})
})

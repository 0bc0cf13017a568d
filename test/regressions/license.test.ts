import { expect, it } from '@jest/globals'
import { inputsFor, META, useFakeZenodo } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const server = useFakeZenodo()

it('a licence Zenodo refuses leaves no new-version draft behind and says what to fix', async () => {
  const v1 = await server().seedPublished({
    metadata: META,
    files: [{ key: 'a.csv', content: 'a1' }]
  })
  const run = await runAction(
    inputsFor(server(), { 'deposition-id': String(v1.id), files: 'a.csv' }, { license: 'my-own-licence' }),
    { workspace: makeWorkspace({ 'a.csv': 'a2' }), ref: 'refs/tags/v2' }
  )
  expect(run.code).toBe(1)
  expect(run.errors[0]).toMatch(/metadata\.license: Invalid license provided: my-own-licence/)
  expect(run.errors[0]).toMatch(/Fix these fields in the metadata \(the metadata input\)/)
  expect(run.errors[0]).toMatch(/was discarded; nothing was left behind/)
  expect(server().depositions()).toHaveLength(1)
  expect(run.outputs).toEqual({})
})

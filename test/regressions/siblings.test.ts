import { expect, it } from '@jest/globals'
import { startFakeZenodo } from '../support/fake-zenodo.js'
import { fileKeys, inputsFor, useFakeZenodo } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const server = useFakeZenodo()

it('two jobs archiving different datasets on one tag (distinct dataset keys) do not share (and empty) one draft', async () => {
  const base = inputsFor(server())
  const opts = (files: Record<string, string>) => ({ workspace: makeWorkspace(files), ref: 'refs/tags/v1' })
  const a = await runAction(
    {
      ...base,
      files: 'a.csv',
      dataset: 'a',
      metadata: JSON.stringify({ title: 'Dataset A', upload_type: 'dataset', creators: [{ name: 'Doe, J' }] })
    },
    opts({ 'a.csv': 'a' })
  )
  const b = await runAction(
    {
      ...base,
      files: 'b.csv',
      dataset: 'b',
      'delete-old-files': 'true',
      metadata: JSON.stringify({ title: 'Software B', upload_type: 'software', creators: [{ name: 'Doe, J' }] })
    },
    opts({ 'b.csv': 'b' })
  )
  expect([a.code, b.code]).toEqual([0, 0])
  expect(b.outputs['deposition-id']).not.toBe(a.outputs['deposition-id'])
  expect(fileKeys(server(), Number(b.outputs['deposition-id']))).toEqual(['b.csv'])
  expect(fileKeys(server(), Number(a.outputs['deposition-id']))).toContain('a.csv')
})

it('never sends the token to a bucket link on another host', async () => {
  const elsewhere = await startFakeZenodo({ publicUrl: 'http://bucket.example' })
  try {
    const run = await runAction(inputsFor(elsewhere, { files: 'a.csv' }), {
      workspace: makeWorkspace({ 'a.csv': 'a' })
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      /bucket link on another host \(http:\/\/bucket\.example.*refusing to send the token there/
    )
    expect(elsewhere.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/files/'))).toHaveLength(0)
  } finally {
    await elsewhere.close()
  }
})

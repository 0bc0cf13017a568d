import { expect, it } from '@jest/globals'
import { inputsFor, useFakeZenodo } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const server = useFakeZenodo()

// A corrupt copy whose DELETE fails too: the run says so plainly (a later run cannot know).
it('a corrupt copy whose DELETE fails is reported as corrupt and still in the draft', async () => {
  const base = inputsFor(server(), {}, { title: 'Data set', upload_type: 'dataset', creators: [{ name: 'Doe, J' }] })
  server().addFault({ method: 'PUT', path: '/bad.bin', times: Infinity, action: { kind: 'wrong-checksum' } })
  server().addFault({ method: 'DELETE', path: '/bad.bin', times: Infinity, action: { kind: 'status', status: 500 } })
  const part = await runAction({ ...base, files: '*.bin' }, { workspace: makeWorkspace({ 'bad.bin': 'payload' }) })
  expect(part.code).toBe(1)
  const error = part.errors.join('\n')
  expect(error).toMatch(
    /'bad\.bin': the MD5 Zenodo computed \([0-9a-f]{32}, 7 bytes\) does not match the file's \([0-9a-f]{32}, 7 bytes\)/
  )
  expect(error).toMatch(/deleting the corrupt copy failed too/)
  expect(error).toMatch(/still holds a corrupt 'bad\.bin': do not publish it/)
  expect(part.outputs.state).toBe('draft')
  // A re-run replaces the corrupt copy with good bytes.
  server().clearFaults()
  const rerun = await runAction(
    { ...base, files: '*.bin', 'deposition-id': part.outputs['deposition-id'] },
    { workspace: makeWorkspace({ 'bad.bin': 'payload' }) }
  )
  expect(rerun.code).toBe(0)
  const dep = server().deposition(Number(part.outputs['deposition-id']))!
  expect(dep.files.find((f) => f.key === 'bad.bin')?.md5).toBe('321c3cf486ed509164edec1e1981fec8')
})

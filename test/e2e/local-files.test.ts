// End to end: the bundled action with local file problems. Each name matched is uploaded (a
// symlink and its target both); a name that could forge a workflow command, or a link that leads
// nowhere, fails the run during the search, before anything is written to Zenodo.

import { describe, expect, it } from '@jest/globals'
import { symlinkSync } from 'node:fs'
import * as path from 'node:path'
import { inputsFor, useFakeZenodo } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const server = useFakeZenodo()

const methods = (): string[] => {
  const requests = server().requests.filter((r) => !r.path.startsWith('/__fake'))
  return requests.map((r) => r.method)
}

describe('a file name with control characters', () => {
  const evil = 'a\n::set-output name=concept-doi::x\n.csv'

  it.each([
    ['uploaded flat', {}],
    ['packed into an archive', { archive: 'data.zip' }]
  ])('fails the search, %s: nothing raw in the log, no output, nothing written', async (_mode, extra) => {
    const ws = makeWorkspace({ [`out/${evil}`]: 'x', 'out/ok.csv': 'ok' })
    const run = await runAction(inputsFor(server(), { files: 'out/*.csv', ...extra }), { workspace: ws })
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n').filter((line) => /^\s*::set-output/.test(line))).toEqual([])
    expect(run.outputs['concept-doi']).toBeUndefined()
    expect(methods().filter((m) => m !== 'GET')).toEqual([])
    expect(run.errors.join('\n')).toContain("'out/a\\n::set-output name=concept-doi::x\\n.csv' has control characters")
  })
})

describe('symbolic links', () => {
  it('uploads a symlink and its target, each under its own name', async () => {
    const ws = makeWorkspace({ 'data/real.csv': '1,2' })
    symlinkSync('real.csv', path.join(ws, 'data/link.csv'))
    const run = await runAction(inputsFor(server(), { files: 'data/*.csv' }), { workspace: ws })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const [dep] = server().depositions()
    expect(dep.files.map((f) => f.key).sort()).toEqual(['link.csv', 'real.csv'])
  })

  it('fails the search on a matched link that loops or leads nowhere, naming both, before any write', async () => {
    const ws = makeWorkspace({ 'data/ok.csv': 'ok' })
    symlinkSync('loop.csv', path.join(ws, 'data/loop.csv'))
    symlinkSync('missing.csv', path.join(ws, 'data/gone.csv'))
    const run = await runAction(inputsFor(server(), { files: 'data/*.csv' }), { workspace: ws })
    expect(run.code).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain("'data/gone.csv' is a symbolic link to 'missing.csv', which does not exist.")
    expect(error).toContain("'data/loop.csv' is a symbolic link that loops (ELOOP)")
    expect(methods().filter((m) => m !== 'GET')).toEqual([])
  })
})

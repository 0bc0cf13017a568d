import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { updateReadme } from '../scripts/action-docs.js'
import { ACTION_VERSION, Inputs, Outputs } from '../src/constants.js'

const readme = readFileSync('README.md', 'utf8')
const actionYml = readFileSync('action.yml', 'utf8')
const action = parse(actionYml) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

describe('documentation and metadata agree', () => {
  it('README input/output tables match action.yml (run `npx tsx scripts/action-docs.ts`)', () => {
    expect(readme).toBe(updateReadme(readme, actionYml))
  })
  it('action.yml declares exactly the inputs and outputs the code knows', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
  })
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
  it('the User-Agent version follows package.json', () => {
    expect(ACTION_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
  it('the README opens with the two set-up commands', () => {
    const firstBlock = /```(?:sh|bash|shell)?\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(firstBlock).toContain('npm ci && npm run demo')
    expect(firstBlock).toContain('npm test')
  })
})

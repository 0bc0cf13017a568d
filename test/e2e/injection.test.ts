// Text from outside never becomes a command: server messages, metadata and file names are data
// in the log, the job summary and the outputs, and the token never shows in any of them.
import { expect, it } from '@jest/globals'
import { inputsFor, META, useFakeZenodo } from '../support/e2e.js'
import { makeWorkspace, runAction, type ActionRun } from '../support/run-action.js'

const server = useFakeZenodo()

/** Lines the runner would take for a workflow command (it trims leading white space first). */
function commandLines(run: ActionRun): string[] {
  const ours = /^::(group|endgroup|error|warning|debug|add-mask|notice)::?/
  return run.stdout
    .split('\n')
    .filter((l) => /^\s*::/.test(l) || l.includes('##['))
    .filter((l) => !ours.test(l))
}

it('a server message with the token and a workflow command in it is printed as data, token redacted', async () => {
  server().addFault({
    method: 'POST',
    path: '/api/deposit/depositions',
    action: {
      kind: 'status',
      status: 400,
      body: JSON.stringify({
        status: 400,
        message:
          'Bad request for owner-token\n::set-output name=doi::10.9999/evil\n##[set-output name=doi;]10.9999/evil'
      })
    }
  })
  const run = await runAction(inputsFor(server(), { files: 'a.csv' }, META), {
    workspace: makeWorkspace({ 'a.csv': 'a' })
  })
  expect(run.code).toBe(1)
  expect(commandLines(run)).toEqual([])
  // The one place the token may appear is the runner's own mask command.
  const printed = run.stdout.replace('::add-mask::owner-token', '')
  for (const text of [printed, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain('owner-token')
  expect(run.errors.join('\n')).toContain('Bad request for ***')
  expect(run.outputs.doi).toBeUndefined()
})

it('metadata values cannot start a log line', async () => {
  const title = 'Survey\n::error::pwned\n::set-output name=state::published'
  const run = await runAction(
    inputsFor(server(), { files: 'a.csv' }, { ...META, title, description: 'x\r\n::warning::also pwned' }),
    { workspace: makeWorkspace({ 'a.csv': 'a' }) }
  )
  expect(run.code).toBe(0)
  expect(commandLines(run)).toEqual([])
  expect(run.errors).toEqual([])
  expect(run.warnings.join('\n')).not.toMatch(/pwned/)
  expect(run.outputs.state).toBe('draft')
})

it('the job summary escapes HTML, table syntax and newlines in every cell', async () => {
  const name = 'a|b*<i>c_[x](y).csv'
  const run = await runAction(inputsFor(server(), { files: '*.csv' }, META), {
    workspace: makeWorkspace({ [name]: 'a' })
  })
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  expect(run.summary).not.toContain('<i>')
  expect(run.summary).not.toContain('a|b')
  expect(run.summary).toContain('a&#124;b&#42;&lt;i&gt;c&#95;&#91;x&#93;(y).csv')
})

// `npm run demo`: runs the bundled action (dist/index.js) end to end against the fake Zenodo
// server on a sample dataset, the way a workflow would, and prints its outputs.
// `npm run demo -- --flavor invenio` does the same against a stock InvenioRDM instance (the
// fake's invenio flavor: no legacy API, so `api: auto` chooses the native records API).

import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { startFakeZenodo } from '../test/support/fake-zenodo.js'

// The committed bundle, as a workflow runs it (the tests use a fresh one instead).
process.env.ZENODO_UPLOAD_DIST ||= 'dist/index.js'
const { runAction } = await import('../test/support/run-action.js')

const at = process.argv.indexOf('--flavor')
const flavor = at === -1 ? 'zenodo' : process.argv[at + 1]
if (flavor !== 'zenodo' && flavor !== 'invenio') throw new Error(`--flavor takes zenodo or invenio, not ${flavor}`)
const server = await startFakeZenodo({ flavor })
const workspace = mkdtempSync(path.join(tmpdir(), 'zenodo-upload-demo-'))
cpSync('examples/sample-dataset', workspace, { recursive: true })

const inputs = {
  token: 'owner-token',
  'server-url': server.url,
  files: 'data/*.csv\n!data/scratch-*',
  publish: 'true'
}
const options = {
  workspace,
  ref: 'refs/tags/v1.0.0',
  repository: 'octo-org/river-temps',
  env: { ZENODO_UPLOAD_RETRY_BASE_MS: '' }
}

try {
  console.log(
    `Fake ${flavor === 'zenodo' ? 'Zenodo' : 'InvenioRDM instance'} at ${server.url}; workspace ${workspace}\n`
  )
  console.log('— Run 1: tag v1.0.0, publish: true —')
  const first = await runAction(inputs, options)
  process.stdout.write(
    first.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::debug::') && !l.startsWith('::add-mask::'))
      .join('\n')
  )
  if (first.code !== 0) throw new Error(`the action failed (exit ${first.code})`)
  console.log('\nOutputs:')
  for (const [k, v] of Object.entries(first.outputs)) console.log(`  ${k.padEnd(14)} ${v}`)

  console.log('\n— Run 2: the same workflow re-run —')
  const second = await runAction(inputs, options)
  const said = second.stdout.split('\n').find((l) => l.includes('Already archived'))
  console.log(said ?? '(unexpected: see the log)')
  console.log(`  files          ${second.outputs.files}`)

  const id = first.outputs['deposition-id']
  const record = server.depositions().find((d) => String(d.id) === id || d.recid === id)
  console.log(
    `\nThe server holds record ${flavor === 'invenio' ? record?.recid : record?.id} (${record?.state}) with ${record?.files.length} files:`
  )
  for (const f of record?.files ?? [])
    console.log(`  ${f.key.padEnd(12)} ${String(f.size).padStart(6)} B  md5 ${f.md5}`)
  console.log(`\nDOI: ${first.outputs.doi}  (${first.outputs['doi-url']})`)
} finally {
  await server.close()
}

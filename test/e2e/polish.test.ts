// End to end: dry run and job summary.

import { describe, expect, it } from '@jest/globals'
import { inputsFor, META, useFakeZenodo, writesSince } from '../support/e2e.js'
import { fileStatuses, makeWorkspace, runAction } from '../support/run-action.js'

const DRY = { ...META, title: 'Dry data' }
const server = useFakeZenodo()
const inputs = (extra: Record<string, string>): Record<string, string> => inputsFor(server(), extra, DRY)

describe('dry-run', () => {
  it('prints the plan for a new deposition and sends nothing that writes', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a', 'b.csv': 'b' })
    const run = await runAction(inputs({ files: '*.csv', 'dry-run': 'true', publish: 'true' }), { workspace: ws })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Plan: create a new deposition/)
    expect(run.stdout).toMatch(/upload\s+a\.csv/)
    expect(run.stdout).toMatch(/Metadata to send: .*Dry data/)
    expect(writesSince(server())).toEqual([])
    expect(server().depositions()).toHaveLength(0)
    expect(run.outputs.state).toBe('dry-run')
    expect(run.outputs['deposition-id']).toBeUndefined()
    expect(JSON.parse(run.outputs.files).map((f: { status: string }) => f.status)).toEqual(['planned', 'planned'])
    expect(run.summary).toMatch(/dry run/i)
  })

  it('on a new version lists what would be uploaded, skipped and deleted, and makes nothing', async () => {
    const v1 = await server().seedPublished({
      metadata: DRY,
      files: [
        { key: 'keep.csv', content: 'same' },
        { key: 'old.csv', content: 'old' }
      ]
    })
    const ws = makeWorkspace({ 'keep.csv': 'same', 'new.csv': 'new' })
    const run = await runAction(
      inputs({ files: '*.csv', 'deposition-id': String(v1.id), 'dry-run': 'true', 'delete-old-files': 'true' }),
      { workspace: ws, ref: 'refs/tags/v2' }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Plan: make a new version of record/)
    expect(writesSince(server())).toEqual([])
    expect(server().depositions()).toHaveLength(1)
    const statuses = fileStatuses(run)
    expect(statuses).toEqual({ 'keep.csv': 'skipped', 'new.csv': 'planned', 'old.csv': 'deleted' })
    expect(run.outputs.state).toBe('dry-run')
  })
})

describe('job summary', () => {
  it('shows the DOI badge and link, the state and an escaped file table', async () => {
    const ws = makeWorkspace({ '<img src=x onerror=alert(1)>.csv': 'x' })
    const run = await runAction(inputs({ files: '*.csv', publish: 'true' }), { workspace: ws })
    expect(run.code).toBe(0)
    const doi = run.outputs.doi
    expect(run.summary).toContain(`href="https://doi.org/${doi}"`)
    expect(run.summary).toMatch(/<img src="[^"]*badge[^"]*"/)
    expect(run.summary).toMatch(/published/)
    expect(run.summary).toContain('&lt;img src=x onerror=alert(1)&gt;.csv')
    expect(run.summary).not.toContain('<img src=x')
    expect(run.summary).toContain('Concept DOI')
  })

  it('on failure says what was done and where the draft is', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a', 'b.csv': 'b' })
    server().addFault({
      method: 'PUT',
      path: '/b.csv',
      times: Infinity,
      action: {
        kind: 'status',
        status: 403,
        contentType: 'application/json',
        body: '{"status":403,"message":"Permission denied."}'
      }
    })
    const run = await runAction(inputs({ files: '*.csv' }), { workspace: ws })
    expect(run.code).toBe(1)
    expect(run.summary).toMatch(/1 of 2 files uploaded/)
    expect(run.summary).toMatch(/Draft kept at/)
  })
})

// Shared pieces of the end-to-end fault tests: one fake server and one workspace per scenario,
// and the checks every run must pass whatever fault it met.

import { expect } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { startFakeZenodo, type FakeZenodo, type FakeZenodoOptions, type Fault } from '../support/fake-zenodo.js'
import { makeWorkspace, runAction, type ActionRun } from '../support/run-action.js'

export const TOKEN = 'owner-token'
export const METADATA = JSON.stringify({
  title: 'Test data',
  upload_type: 'dataset',
  creators: [{ name: 'Doe, Jane' }]
})

export interface Scenario {
  files: Record<string, string | Buffer>
  inputs?: Record<string, string>
  env?: Record<string, string>
  server?: FakeZenodoOptions
  faults?: Fault[]
  timeoutMs?: number
}

export interface Outcome {
  run: ActionRun
  fake: FakeZenodo
  /** name → MD5 of what the workspace held. */
  md5s: Record<string, string>
}

export function md5(data: string | Buffer): string {
  return createHash('md5').update(data).digest('hex')
}

/** Incompressible bytes, so no layer can make a big upload cheap. */
export function randomFile(bytes: number): Buffer {
  return randomBytes(bytes)
}

const open: FakeZenodo[] = []

/** Runs the bundled action once against a fresh fake; the fake stays up for assertions. */
export async function scenario(s: Scenario): Promise<Outcome> {
  const fake = await startFakeZenodo(s.server)
  open.push(fake)
  for (const f of s.faults ?? []) fake.addFault(f)
  const workspace = makeWorkspace(s.files)
  try {
    const run = await runAction(
      {
        token: TOKEN,
        files: Object.keys(s.files).join('\n'),
        'server-url': fake.url,
        // Faults on the deposit routes are meant for the run, not for the api: auto probe.
        api: 'legacy',
        metadata: METADATA,
        ...s.inputs
      },
      { workspace, env: s.env, timeoutMs: s.timeoutMs ?? 90_000 }
    )
    // E2E_LOG_DIR keeps each run's log and request list, for looking into a failure.
    const dir = process.env.E2E_LOG_DIR
    if (dir) {
      mkdirSync(dir, { recursive: true })
      const name = (expect.getState().currentTestName ?? 'run').replace(/[^\w.-]+/g, '_').slice(0, 120)
      const requests = fake.requests.map((r) => `${r.at} ${r.method} ${r.path} -> ${r.status}`).join('\n')
      writeFileSync(path.join(dir, `${name}.log`), `${log(run)}\n--- requests\n${requests}\n`)
    }
    const md5s = Object.fromEntries(Object.entries(s.files).map(([name, content]) => [name, md5(content)]))
    return { run, fake, md5s }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

export async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((f) => f.close()))
}

/** The whole log, for failure messages: a bare toBe(0) says nothing about why. */
export function log(run: ActionRun): string {
  return `exit ${run.code}\n${run.stdout}\n${run.stderr}`
}

/** Lines announcing a retry: what failed and when the next try comes. */
export function retryLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => /failed \(.*\); retrying in \d+(\.\d+)? s \(attempt \d+ of \d+\)/.test(l))
}

/** Exactly one deposition on the server, holding exactly these files with these MD5s. */
export function expectHolds(fake: FakeZenodo, md5s: Record<string, string>): number {
  const deps = fake.depositions()
  expect(deps).toHaveLength(1)
  const held = Object.fromEntries(deps[0].files.map((f) => [f.key, f.md5]))
  expect(held).toEqual(md5s)
  return deps[0].id
}

/** Token hygiene and identification, true of every run whatever happened. */
export function expectHygiene(run: ActionRun, fake: FakeZenodo): void {
  const leaks = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((l) => l.includes(TOKEN) && l !== `::add-mask::${TOKEN}`)
  expect(leaks).toEqual([])
  expect(fake.requests.length).toBeGreaterThan(0)
  for (const r of fake.requests) {
    expect(r.path).not.toMatch(/access_token/i)
    expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(r.headers['user-agent']).toMatch(/^zenodo-upload\/\d+\.\d+\.\d+ \(.+\)/)
  }
}

/** The outputs' files list as name → md5. */
export function filesOutput(run: ActionRun): Record<string, string> {
  const list = JSON.parse(run.outputs.files ?? '[]') as Array<{ name: string; md5: string; status: string }>
  return Object.fromEntries(list.map((f) => [f.name, f.md5]))
}

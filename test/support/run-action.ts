// Runs the bundled action the way the runner does: `node <bundle>/index.js` in a child process,
// inputs as INPUT_* variables (hyphens kept), outputs and summary through files.
// Asynchronous on purpose: the fake server lives in the test process and must keep serving.

import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

// A fresh bundle of the current src/, which `npm test` builds first (pretest) into an ignored
// folder; the committed dist/ is checked against src/ separately (.ci/run, check-dist).
// ZENODO_UPLOAD_DIST points the tests at another bundle, e.g. dist/ itself.
export const DIST = path.resolve(process.env.ZENODO_UPLOAD_DIST || 'build/test-dist/index.js')

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** `::error::` lines, decoded. */
  errors: string[]
  warnings: string[]
}

export interface RunOptions {
  workspace: string
  /** GITHUB_REF, e.g. refs/tags/v1.0.0 (default refs/heads/main). */
  ref?: string
  repository?: string
  env?: Record<string, string | undefined>
  timeoutMs?: number
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return env
}

/** Parses the GITHUB_OUTPUT file (name<<delimiter ... delimiter blocks, or name=value lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

function decode(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

export async function runAction(inputs: Record<string, string>, options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zu-run-'))
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const runnerTemp = path.join(dir, 'runner-temp')
  mkdirSync(runnerTemp)
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/dataset',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTION_REPOSITORY: 'zenodo-upload/zenodo-upload',
    RUNNER_TEMP: runnerTemp,
    // Fast retries and stall detection in tests; the defaults are seconds to minutes.
    ZENODO_UPLOAD_RETRY_BASE_MS: '20',
    // A short settle for concurrent-run checks: the fake indexes at once unless a test adds lag.
    ZENODO_UPLOAD_SETTLE_MS: '50',
    // Never the real GitHub: a closed port unless a test points at its fake; short bounds.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    ZENODO_UPLOAD_GITHUB_TIMEOUT_MS: '3000',
    ...inputEnv(inputs),
    ...options.env
  }
  const child = spawn(process.execPath, [DIST], { cwd: options.workspace, env: env as NodeJS.ProcessEnv })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the action did not finish in time\n${stdout}\n${stderr}`))
    }, options.timeoutMs ?? 60_000)
    child.on('close', (c) => {
      clearTimeout(timer)
      resolve(c ?? -1)
    })
  })
  const grab = (kind: string): string[] =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith(`::${kind}`))
      .map((l) => decode(l.slice(l.indexOf('::', 2) + 2)))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    errors: grab('error'),
    warnings: grab('warning')
  }
}

/** A temporary workspace with the given files (path → content). */
export function makeWorkspace(files: Record<string, string | Buffer>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'zu-ws-'))
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(ws, rel)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, content)
  }
  return ws
}

/** The `files` output as name → status. */
export function fileStatuses(run: ActionRun): Record<string, string> {
  const files = JSON.parse(run.outputs.files ?? '[]') as Array<{ name: string; status: string }>
  return Object.fromEntries(files.map((f) => [f.name, f.status]))
}

// `npm run bench`: the bundled action (node dist/index.js, a child process like on a runner)
// against curl, on the fake Zenodo server with rate limiting off. Measures wall time, peak RSS
// and throughput for one 1 GiB file, one 256 MiB file and 100 files of 64 KiB, checks every
// upload's MD5 on the server, and writes bench/results/latest.{json,md}. Also a re-run of an
// archived 1 GiB release (second run on the same tag and files: it only hashes) against md5sum of
// the same file. A missed target is reported, never an exit code: this is a benchmark, not a test.
//
// Knobs (environment): BENCH_ROUNDS (default 5), BENCH_BIG_MIB (1024: the upload and the re-run),
// BENCH_MID_MIB (256), BENCH_SMALL_FILES (100), BENCH_ONLY (comma list of big,mid,small,rerun),
// BENCH_OUT (results dir),
// BENCH_NO_TIME=1 (measure RSS by polling /proc instead of /usr/bin/time),
// ZENODO_UPLOAD_DIST (bench another bundle, e.g. one built from a scratch copy),
// BENCH_COMPARE (comma list of more bundles, run as extra variants `action@<dir name>` in the same
// rounds: the way to measure a change to src/ fairly; the targets stay on the main bundle).

import { spawn, spawnSync } from 'node:child_process'
import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeZenodo, type FakeZenodo, type RequestLogEntry } from '../test/support/fake-zenodo.js'
import { inputEnv, parseOutputFile } from '../test/support/run-action.js'

const MiB = 1024 * 1024
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIST = path.resolve(ROOT, process.env.ZENODO_UPLOAD_DIST || 'dist/index.js')
const COMPARE = new Map(
  (process.env.BENCH_COMPARE || '')
    .split(',')
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const full = path.resolve(ROOT, p.trim())
      return [path.basename(path.dirname(full)), full] as const
    })
)
const OUT_DIR = path.resolve(ROOT, process.env.BENCH_OUT || 'bench/results')
const ROUNDS = positive('BENCH_ROUNDS', 5)
const BIG_MIB = positive('BENCH_BIG_MIB', 1024)
const MID_MIB = positive('BENCH_MID_MIB', 256)
const SMALL_FILES = positive('BENCH_SMALL_FILES', 100)
const SMALL_KIB = 64
const ONLY = new Set((process.env.BENCH_ONLY || 'big,mid,small,rerun').split(',').map((s) => s.trim()))
const TOKEN = 'owner-token'
const CURL = '/usr/bin/curl'
const MD5SUM = 'md5sum'
const TIME = '/usr/bin/time'
const USE_TIME = process.env.BENCH_NO_TIME !== '1' && existsSync(TIME)

const TARGETS = { bigRatio: 1.15, rssMiB: 100, flatMiB: 10, smallRatio: 0.3, rerunRatio: 1.15 }
/** The archived release of the re-run scenario: its own repository and tag. */
const ARCHIVED = {
  repository: 'bench/archived',
  ref: 'refs/tags/v1.0.0',
  metadata: JSON.stringify({ title: 'Benchmark release', upload_type: 'dataset', creators: [{ name: 'Doe, Jane' }] })
}

function positive(name: string, fallback: number): number {
  const n = Number(process.env[name])
  return Number.isFinite(n) && n > 0 ? n : fallback
}

// ---- data -------------------------------------------------------------------------------

interface LocalFile {
  name: string
  path: string
  size: number
  md5: string
}

/** AES-CTR keystream: incompressible, fast to make, and different for every file. */
function writeRandomFile(file: string, size: number): string {
  const cipher = createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16))
  const zeros = Buffer.alloc(Math.min(size, 4 * MiB))
  const hash = createHash('md5')
  const fd = openSync(file, 'w')
  try {
    for (let left = size; left > 0;) {
      const chunk = cipher.update(left >= zeros.length ? zeros : zeros.subarray(0, left))
      hash.update(chunk)
      writeSync(fd, chunk)
      left -= chunk.length
    }
  } finally {
    closeSync(fd)
  }
  return hash.digest('hex')
}

function makeWorkspace(
  root: string,
  name: string,
  files: Array<{ name: string; size: number }>
): { dir: string; files: LocalFile[] } {
  const dir = path.join(root, name)
  mkdirSync(dir, { recursive: true })
  const made = files.map((f) => {
    const p = path.join(dir, f.name)
    return { name: f.name, path: p, size: f.size, md5: writeRandomFile(p, f.size) }
  })
  return { dir, files: made }
}

// ---- measuring a child process ----------------------------------------------------------

interface Measured {
  code: number
  seconds: number
  /** Peak RSS in MiB (VmHWM / ru_maxrss). */
  rssMiB: number
  /** CPU seconds (user + system) of the child and what it waited for. */
  cpuSeconds: number
  /** CPU seconds of this process meanwhile: the fake server, mostly. */
  serverCpuSeconds: number
  stdout: string
  stderr: string
  startedAt: number
  endedAt: number
}

/** Process groups still running, to stop on Ctrl-C or a timeout. */
const running = new Set<number>()
const RUN_TIMEOUT_MS = 10 * 60_000

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/**
 * Runs a command and measures it: wall time from spawn to exit, and peak RSS and CPU time from
 * /usr/bin/time (ru_maxrss, ru_utime + ru_stime) or, without it, by polling /proc every 50 ms
 * (the direct child only: for the curl loop that is bash).
 */
async function measure(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; scratch: string }
): Promise<Measured> {
  const rssFile = path.join(opts.scratch, `rss-${process.hrtime.bigint()}`)
  const [file, argv] = USE_TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args]
  const cpu0 = process.cpuUsage()
  const startedAt = Date.now()
  const t0 = process.hrtime.bigint()
  // Its own process group, so a timeout or Ctrl-C also stops what /usr/bin/time started.
  const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  if (child.pid !== undefined) running.add(child.pid)
  const timer = setTimeout(() => child.pid !== undefined && killGroup(child.pid), RUN_TIMEOUT_MS)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  let hwmKiB = 0
  let cpuSeconds = 0
  const ticks = 100 // USER_HZ on Linux
  const poll = USE_TIME
    ? undefined
    : setInterval(() => {
        try {
          const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
          if (m) hwmKiB = Math.max(hwmKiB, Number(m[1]))
          // Fields 14 and 15 of /proc/<pid>/stat, counted after the ")" that ends the name.
          const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
          cpuSeconds = (Number(fields[11]) + Number(fields[12])) / ticks
        } catch {
          // Gone already: keep the last reading.
        }
      }, 50)
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (c) => resolve(c ?? -1))
  })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  const endedAt = Date.now()
  const cpu = process.cpuUsage(cpu0)
  clearTimeout(timer)
  if (child.pid !== undefined) running.delete(child.pid)
  if (poll) clearInterval(poll)
  if (USE_TIME) {
    // GNU time writes "Command exited with non-zero status N" before the number on failure.
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n')
    const [rss, user, sys] = lines[lines.length - 1].split(' ').map(Number)
    hwmKiB = rss
    cpuSeconds = user + sys
    rmSync(rssFile, { force: true })
  }
  return {
    code,
    seconds,
    rssMiB: hwmKiB / 1024,
    cpuSeconds,
    serverCpuSeconds: (cpu.user + cpu.system) / 1e6,
    stdout,
    stderr,
    startedAt,
    endedAt
  }
}

// ---- the fake server --------------------------------------------------------------------

/** When each request was answered, to split a run into start-up, API calls and uploads. */
const answeredAt = new WeakMap<RequestLogEntry, number>()

async function api(zenodo: FakeZenodo, method: string, url: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url.startsWith('http') ? url : `${zenodo.url}${url}`, {
    method,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${text}`)
  return text ? JSON.parse(text) : undefined
}

async function newDeposition(zenodo: FakeZenodo): Promise<{ id: number; bucket: string }> {
  const dep = (await api(zenodo, 'POST', '/api/deposit/depositions', {})) as { id: number; links: { bucket: string } }
  return { id: dep.id, bucket: dep.links.bucket }
}

/** Compares what the server stored with the local files: name, size and MD5. */
function verify(zenodo: FakeZenodo, id: number, files: LocalFile[]): string | undefined {
  const dep = zenodo.deposition(id)
  if (!dep) return `deposition ${id} does not exist`
  const stored = new Map(dep.files.map((f) => [f.key, f]))
  for (const f of files) {
    const s = stored.get(f.name)
    if (!s) return `${f.name} is missing from deposition ${id}`
    if (s.size !== f.size || s.md5 !== f.md5)
      return `${f.name}: server has ${s.size} B md5 ${s.md5}, local ${f.size} B md5 ${f.md5}`
  }
  if (stored.size !== files.length) return `deposition ${id} holds ${stored.size} files, expected ${files.length}`
  return undefined
}

interface Phases {
  requests: number
  puts: number
  /** Spawn to the first request the server saw (process start-up, inputs, file search). */
  startupMs?: number
  /** First request to the first PUT (API calls before uploading). */
  beforePutsMs?: number
  /** First PUT arriving to the last PUT answered. */
  putsMs: number
  /** Last PUT answered to the process exit (final GET, outputs, exit). */
  afterPutsMs: number
}

function phases(log: RequestLogEntry[], run: Measured): Phases {
  // Uploads: PUT /api/files/<bucket>/<key> (legacy), PUT /api/records/<id>/draft/files/<key>/content (native).
  const puts = log.filter(
    (e) => e.method === 'PUT' && (e.path.startsWith('/api/files/') || /\/draft\/files\/.+\/content$/.test(e.path))
  )
  const startupMs = log.length > 0 ? log[0].at - run.startedAt : undefined
  if (puts.length === 0) return { requests: log.length, puts: 0, startupMs, putsMs: 0, afterPutsMs: 0 }
  const firstPut = Math.min(...puts.map((e) => e.at))
  const lastPut = Math.max(...puts.map((e) => answeredAt.get(e) ?? run.endedAt))
  return {
    requests: log.length,
    puts: puts.length,
    startupMs,
    beforePutsMs: log.length > 0 ? firstPut - log[0].at : undefined,
    putsMs: lastPut - firstPut,
    afterPutsMs: run.endedAt - lastPut
  }
}

// ---- the two sides ----------------------------------------------------------------------

type Scenario = 'big' | 'mid' | 'small' | 'rerun'

interface RunRecord {
  scenario: Scenario
  variant: string
  tool: 'action' | 'curl' | 'md5sum'
  round: number
  /** Position in its round (1 = ran first). */
  order: number
  bytes: number
  files: number
  seconds: number
  mibPerSecond: number
  rssMiB: number
  cpuSeconds: number
  serverCpuSeconds: number
  /** The run exited 0 and the server holds every file with the local size and MD5. */
  ok: boolean
  error?: string
  /** Uploads the action sent again because it saw an MD5 mismatch. */
  md5Retries: number
  phases: Phases
  /** Action log lines that say it waited or retried (should be none). */
  notes: string[]
}

let runCounter = 0

interface ActionRun {
  m: Measured
  id: number
  log: RequestLogEntry[]
  outputs: Record<string, string>
}

async function runActionOnce(
  zenodo: FakeZenodo,
  ws: { dir: string; files: LocalFile[] },
  dist: string,
  concurrency: number,
  scratch: string,
  release?: typeof ARCHIVED,
  api?: string
): Promise<ActionRun> {
  const n = ++runCounter
  const dir = mkdtempSync(path.join(scratch, 'run-'))
  const outputFile = path.join(dir, 'output')
  writeFileSync(outputFile, '')
  writeFileSync(path.join(dir, 'summary'), '')
  mkdirSync(path.join(dir, 'runner-temp'))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_WORKSPACE: ws.dir,
    // A repository per run: a new draft each time (no "earlier run" to resume) and its own
    // rate-limit window on the server (keyed by User-Agent), so runs cannot slow each other.
    // The re-run scenario instead repeats the archived release's repository and tag.
    GITHUB_REPOSITORY: release?.repository ?? `bench/run-${n}`,
    GITHUB_REF: release?.ref ?? 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    // Passed through to measure the upload path without the concurrent-run check's fixed wait.
    ...(process.env.ZENODO_UPLOAD_SETTLE_MS ? { ZENODO_UPLOAD_SETTLE_MS: process.env.ZENODO_UPLOAD_SETTLE_MS } : {}),
    ...inputEnv({
      token: TOKEN,
      files: '*.bin',
      'server-url': zenodo.url,
      concurrency: String(concurrency),
      publish: release ? 'true' : 'false',
      ...(api ? { api } : {}),
      ...(release ? { metadata: release.metadata } : {})
    })
  }
  const before = zenodo.requests.length
  const m = await measure(process.execPath, [dist], { cwd: ws.dir, env, scratch })
  const log = zenodo.requests.slice(before)
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  rmSync(dir, { recursive: true, force: true })
  return { m, id: Number(outputs['deposition-id']), log, outputs }
}

/**
 * Untimed set-up of the re-run scenario: the action publishes the release once. Returns the
 * record's id; the record stays (a published record cannot be deleted) for every round.
 */
async function archiveRelease(
  zenodo: FakeZenodo,
  ws: { dir: string; files: LocalFile[] },
  scratch: string
): Promise<number> {
  const run = await runActionOnce(zenodo, ws, DIST, 3, scratch, ARCHIVED)
  const problem =
    run.m.code !== 0
      ? `exit ${run.m.code}: ${firstError(run.m.stdout)}`
      : run.outputs.state !== 'published'
        ? `state ${run.outputs.state}, expected published`
        : verify(zenodo, run.id, ws.files)
  if (problem) throw new Error(`archiving the release for the re-run scenario failed: ${problem}`)
  console.log(`Archived the re-run scenario's release: record ${run.id} (set-up, ${run.m.seconds.toFixed(2)} s)`)
  return run.id
}

/** A re-run of the archived release must change nothing: same record, published, no write at all. */
function checkRerun(zenodo: FakeZenodo, run: ActionRun, archivedId: number, files: LocalFile[]): string | undefined {
  const writes = run.log.filter((e) => e.method !== 'GET' && e.method !== 'HEAD')
  if (writes.length > 0) return `it sent ${writes.map((e) => `${e.method} ${e.path}`).join(', ')}; expected no writes`
  if (run.id !== archivedId) return `deposition-id ${run.outputs['deposition-id']}, expected ${archivedId}`
  if (run.outputs.state !== 'published') return `state ${run.outputs.state}, expected published`
  return verify(zenodo, archivedId, files)
}

/** md5sum of the same files: the least the re-run's hashing can cost. */
async function runMd5sumOnce(ws: { dir: string; files: LocalFile[] }, scratch: string): Promise<Measured> {
  const m = await measure(
    MD5SUM,
    ws.files.map((f) => f.path),
    { cwd: ws.dir, env: process.env, scratch }
  )
  if (m.code !== 0) throw new Error(`md5sum failed (exit ${m.code}):\n${m.stderr}`)
  const sums = m.stdout
    .trim()
    .split('\n')
    .map((l) => l.split(' ')[0])
  const wrong = ws.files.find((f, i) => sums[i] !== f.md5)
  if (wrong) throw new Error(`md5sum disagrees with the generated MD5 of ${wrong.name}`)
  return m
}

async function runCurlOnce(
  zenodo: FakeZenodo,
  ws: { dir: string; files: LocalFile[] },
  scratch: string
): Promise<{ m: Measured; id: number; log: RequestLogEntry[] }> {
  const dep = await newDeposition(zenodo)
  const before = zenodo.requests.length
  const curl = `${CURL} -sS -f -o /dev/null --upload-file`
  let m: Measured
  if (ws.files.length === 1) {
    const f = ws.files[0]
    m = await measure(
      CURL,
      [
        '-sS',
        '-f',
        '-o',
        '/dev/null',
        '--upload-file',
        f.path,
        '-H',
        `Authorization: Bearer ${TOKEN}`,
        `${dep.bucket}/${f.name}`
      ],
      { cwd: ws.dir, env: process.env, scratch }
    )
  } else {
    // One curl per file, as a shell script would do it.
    const script = `for f in *.bin; do ${curl} "$f" -H 'Authorization: Bearer ${TOKEN}' "$BUCKET/$f" || exit 1; done`
    m = await measure('/bin/bash', ['-c', script], {
      cwd: ws.dir,
      env: { ...process.env, BUCKET: dep.bucket },
      scratch
    })
  }
  const log = zenodo.requests.slice(before)
  if (m.code !== 0) throw new Error(`curl failed (exit ${m.code}):\n${m.stderr}`)
  return { m, id: dep.id, log }
}

async function runOne(
  zenodo: FakeZenodo,
  scenario: Scenario,
  variant: string,
  ws: { dir: string; files: LocalFile[] },
  round: number,
  order: number,
  scratch: string,
  archivedId?: number
): Promise<RunRecord> {
  // Start every run with no dirty pages queued from the previous one (untimed).
  spawnSync('sync')
  const tool = variant.startsWith('action') ? 'action' : variant === 'md5sum' ? 'md5sum' : 'curl'
  // Variants: action, action-rdm, action-c8, action-rerun, action@<compared bundle>, curl, curl-loop, md5sum.
  const dist = variant.includes('@') ? (COMPARE.get(variant.slice(variant.indexOf('@') + 1)) ?? DIST) : DIST
  const concurrency = Number(/-c(\d+)/.exec(variant)?.[1] ?? 3)
  const rerun = scenario === 'rerun'
  let m: Measured
  let id = NaN
  let log: RequestLogEntry[] = []
  let check: string | undefined
  if (tool === 'md5sum') {
    m = await runMd5sumOnce(ws, scratch)
  } else if (tool === 'action') {
    // action-rdm: the same upload through the native records API (init, content, commit).
    const api = variant.startsWith('action-rdm') ? 'rdm' : undefined
    const run = await runActionOnce(zenodo, ws, dist, concurrency, scratch, rerun ? ARCHIVED : undefined, api)
    ;({ m, id, log } = run)
    if (rerun && m.code === 0)
      check = archivedId === undefined ? 'no archived release' : checkRerun(zenodo, run, archivedId, ws.files)
  } else {
    ;({ m, id, log } = await runCurlOnce(zenodo, ws, scratch))
  }
  // A failed action run is recorded, not fatal: the numbers must show it.
  const failure =
    tool === 'md5sum'
      ? undefined
      : m.code !== 0
        ? `exit ${m.code}: ${firstError(m.stdout)}`
        : Number.isFinite(id)
          ? undefined
          : 'no deposition-id output'
  const problem = failure ?? check ?? (tool === 'md5sum' || rerun ? undefined : verify(zenodo, id, ws.files))
  if (problem && tool === 'curl') throw new Error(`${scenario}/${variant} round ${round}: ${problem}`)
  // Discard the draft: frees the disk (and its dirty pages) before the next run. The archived
  // release stays: every re-run round needs it.
  if (Number.isFinite(id) && !rerun) {
    await api(zenodo, 'DELETE', `/api/deposit/depositions/${id}`).catch((err: Error) => {
      if (!problem) throw err
    })
  }
  const bytes = ws.files.reduce((s, f) => s + f.size, 0)
  const notes = m.stdout.split('\n').filter((l) => /^Rate limit:|^::warning::/.test(l))
  const rec: RunRecord = {
    scenario,
    variant,
    tool,
    round,
    order,
    bytes,
    files: ws.files.length,
    seconds: m.seconds,
    mibPerSecond: bytes / MiB / m.seconds,
    rssMiB: m.rssMiB,
    cpuSeconds: m.cpuSeconds,
    serverCpuSeconds: m.serverCpuSeconds,
    ok: problem === undefined,
    error: problem,
    md5Retries: notes.filter((l) => l.includes('does not match')).length,
    phases: phases(log, m),
    notes
  }
  const p = rec.phases
  console.log(
    `  ${scenario.padEnd(5)} ${variant.padEnd(10)} round ${round} #${order}: ${m.seconds.toFixed(2)} s, ` +
      `${rec.mibPerSecond.toFixed(1)} MiB/s, RSS ${m.rssMiB.toFixed(1)} MiB, CPU ${m.cpuSeconds.toFixed(2)} s (server ${m.serverCpuSeconds.toFixed(2)} s) ` +
      `(start ${p.startupMs ?? '-'} ms, api ${p.beforePutsMs ?? '-'} ms, puts ${p.putsMs} ms, after ${p.afterPutsMs} ms)` +
      (rec.md5Retries > 0 ? ` — ${rec.md5Retries} uploads re-sent after an MD5 mismatch` : '') +
      (notes.length > rec.md5Retries ? ` — ${notes.length - rec.md5Retries} other warnings` : '') +
      (problem ? ` — FAILED: ${problem}` : '')
  )
  return rec
}

// ---- summary ----------------------------------------------------------------------------

function firstError(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return line.slice('::error::'.length).split('%0A')[0].slice(0, 300)
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

interface Row {
  scenario: Scenario
  variant: string
  runs: number
  /** Runs that exited non-zero or left a wrong copy on the server (not in the medians). */
  failed: number
  /** Uploads re-sent after an MD5 mismatch, over all runs. */
  md5Retries: number
  medianSeconds: number
  minSeconds: number
  maxSeconds: number
  mibPerSecond: number
  /** Median action time over the median of the same scenario's baseline (curl or md5sum). */
  ratioToCurl?: number
  /** The variant that ratioToCurl divides by: curl (uploads) or md5sum (the re-run). */
  baseline?: string
  medianRssMiB: number
  maxRssMiB: number
  medianPutsMs: number
  medianOverheadMs: number
  medianCpuSeconds: number
  medianServerCpuSeconds: number
}

function summarise(records: RunRecord[]): Row[] {
  const rows: Row[] = []
  const keys = [...new Set(records.map((r) => `${r.scenario}|${r.variant}`))]
  for (const key of keys) {
    const [scenario, variant] = key.split('|') as [Scenario, string]
    const all = records.filter((r) => r.scenario === scenario && r.variant === variant)
    const good = all.filter((r) => r.ok)
    const rs = good.length > 0 ? good : all
    const secs = rs.map((r) => r.seconds)
    rows.push({
      scenario,
      variant,
      runs: all.length,
      failed: all.length - good.length,
      md5Retries: all.reduce((n, r) => n + r.md5Retries, 0),
      medianSeconds: median(secs),
      minSeconds: Math.min(...secs),
      maxSeconds: Math.max(...secs),
      mibPerSecond: rs[0].bytes / MiB / median(secs),
      medianRssMiB: median(rs.map((r) => r.rssMiB)),
      maxRssMiB: Math.max(...rs.map((r) => r.rssMiB)),
      medianPutsMs: median(rs.map((r) => r.phases.putsMs)),
      medianOverheadMs: median(rs.map((r) => r.seconds * 1000 - r.phases.putsMs)),
      medianCpuSeconds: median(rs.map((r) => r.cpuSeconds)),
      medianServerCpuSeconds: median(rs.map((r) => r.serverCpuSeconds))
    })
  }
  for (const row of rows) {
    const base = rows.find((r) => r.scenario === row.scenario && !r.variant.startsWith('action'))
    if (base && row !== base) {
      row.ratioToCurl = row.medianSeconds / base.medianSeconds
      row.baseline = base.variant
    }
  }
  return rows
}

interface Verdict {
  target: string
  measured: string
  pass: boolean
}

function verdicts(rows: Row[]): Verdict[] {
  const out: Verdict[] = []
  const get = (s: Scenario, v: string): Row | undefined => rows.find((r) => r.scenario === s && r.variant === v)
  // Failed runs or re-sent uploads are part of what was measured: say so next to the ratio.
  const caveat = (r: Row): string =>
    (r.failed > 0 ? `; ${r.failed} of ${r.runs} runs FAILED` : '') +
    (r.md5Retries > 0 ? `; ${r.md5Retries} uploads re-sent after a false MD5 mismatch` : '')
  const big = get('big', 'action')
  if (big?.ratioToCurl !== undefined) {
    out.push({
      target: `${BIG_MIB} MiB upload ≤ ${TARGETS.bigRatio}× curl's time`,
      measured: `${big.ratioToCurl.toFixed(2)}×${caveat(big)}`,
      pass: big.ratioToCurl <= TARGETS.bigRatio && big.failed === 0
    })
  }
  const bigRdm = get('big', 'action-rdm')
  if (bigRdm?.ratioToCurl !== undefined) {
    out.push({
      target: `${BIG_MIB} MiB upload through the native records API ≤ ${TARGETS.bigRatio}× curl's time`,
      measured: `${bigRdm.ratioToCurl.toFixed(2)}×${caveat(bigRdm)}`,
      pass: bigRdm.ratioToCurl <= TARGETS.bigRatio && bigRdm.failed === 0
    })
  }
  const actionRows = rows.filter((r) => r.variant.startsWith('action') && !r.variant.includes('@'))
  if (actionRows.length > 0) {
    const peak = Math.max(...actionRows.map((r) => r.maxRssMiB))
    out.push({
      target: `action peak RSS ≤ ${TARGETS.rssMiB} MiB (every run)`,
      measured: `${peak.toFixed(1)} MiB`,
      pass: peak <= TARGETS.rssMiB
    })
  }
  const mid = get('mid', 'action')
  if (big && mid) {
    const growth = big.medianRssMiB - mid.medianRssMiB
    out.push({
      target: `peak RSS flat: ${BIG_MIB} MiB run ≤ ${MID_MIB} MiB run + ${TARGETS.flatMiB} MiB`,
      measured: `${mid.medianRssMiB.toFixed(1)} → ${big.medianRssMiB.toFixed(1)} MiB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)})`,
      pass: growth <= TARGETS.flatMiB
    })
  }
  const rerun = get('rerun', 'action-rerun')
  if (rerun?.ratioToCurl !== undefined) {
    out.push({
      target: `re-run of an archived ${BIG_MIB} MiB release ≤ ${TARGETS.rerunRatio}× md5sum's time`,
      measured: `${rerun.ratioToCurl.toFixed(2)}×${caveat(rerun)}`,
      pass: rerun.ratioToCurl <= TARGETS.rerunRatio && rerun.failed === 0
    })
  }
  if (rerun && big) {
    // Hashing only must stay as flat as uploading the same file.
    const growth = rerun.medianRssMiB - big.medianRssMiB
    out.push({
      target: `peak RSS flat: re-run (hashing ${BIG_MIB} MiB) ≤ the ${BIG_MIB} MiB upload + ${TARGETS.flatMiB} MiB`,
      measured: `${big.medianRssMiB.toFixed(1)} → ${rerun.medianRssMiB.toFixed(1)} MiB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)})`,
      pass: growth <= TARGETS.flatMiB
    })
  }
  for (const v of ['action-c3', 'action-c8']) {
    const row = get('small', v)
    if (row?.ratioToCurl !== undefined) {
      out.push({
        target: `${SMALL_FILES} × ${SMALL_KIB} KiB, concurrency ${v.slice('action-c'.length)}, ≤ ${TARGETS.smallRatio}× the curl loop's time`,
        measured: `${row.ratioToCurl.toFixed(2)}×${caveat(row)}`,
        pass: row.ratioToCurl <= TARGETS.smallRatio && row.failed === 0
      })
    }
  }
  return out
}

function scenarioLabel(s: Scenario): string {
  if (s === 'big') return `1 × ${BIG_MIB} MiB`
  if (s === 'mid') return `1 × ${MID_MIB} MiB`
  if (s === 'rerun') return `re-run, 1 × ${BIG_MIB} MiB archived`
  return `${SMALL_FILES} × ${SMALL_KIB} KiB`
}

function markdownTable(rows: Row[]): string {
  const head =
    '| files | tool | runs (failed) | median s | min–max s | MiB/s | × curl (md5sum) | peak RSS MiB (median / max) | upload phase s | other s | CPU s (client / server) | MD5 re-sends |'
  const sep = '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|'
  const lines = rows.map((r) =>
    [
      scenarioLabel(r.scenario),
      r.variant,
      r.failed > 0 ? `${r.runs} (${r.failed})` : String(r.runs),
      r.medianSeconds.toFixed(2),
      `${r.minSeconds.toFixed(2)}–${r.maxSeconds.toFixed(2)}`,
      r.mibPerSecond.toFixed(1),
      r.ratioToCurl === undefined ? '' : r.ratioToCurl.toFixed(2),
      `${r.medianRssMiB.toFixed(1)} / ${r.maxRssMiB.toFixed(1)}`,
      (r.medianPutsMs / 1000).toFixed(2),
      (r.medianOverheadMs / 1000).toFixed(2),
      `${r.medianCpuSeconds.toFixed(2)} / ${r.medianServerCpuSeconds.toFixed(2)}`,
      r.variant.startsWith('action') ? String(r.md5Retries) : ''
    ].join(' | ')
  )
  return [head, sep, ...lines.map((l) => `| ${l} |`)].join('\n')
}

function machine(): Record<string, string | number> {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  const curlVersion = (spawnSync(CURL, ['--version'], { encoding: 'utf8' }).stdout ?? '')
    .split(' ')
    .slice(0, 2)
    .join(' ')
  const commit =
    spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? ''
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    curl: curlVersion,
    date: new Date().toISOString(),
    commit,
    dist: path.relative(ROOT, DIST) || DIST,
    distSha256: createHash('sha256').update(readFileSync(DIST)).digest('hex').slice(0, 16),
    loadAverageAtStart: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    rssMethod: USE_TIME ? `${TIME} (ru_maxrss)` : '/proc/<pid>/status VmHWM polled every 50 ms'
  }
}

// ---- main -------------------------------------------------------------------------------

async function main(): Promise<void> {
  for (const d of [DIST, ...COMPARE.values()])
    if (!existsSync(d)) throw new Error(`${d} does not exist: run npm run bundle first`)
  if (!existsSync(CURL)) throw new Error(`${CURL} is needed for the comparison`)
  const rerun = ONLY.has('rerun')
  if (rerun && spawnSync(MD5SUM, ['--version']).status !== 0) throw new Error(`${MD5SUM} is needed for the re-run`)
  // The files, plus the server's copy of the largest one (each copy is deleted after its run),
  // plus the archived release's copy, kept to the end (the re-run shares the big file).
  const bigFiles = ONLY.has('big') || rerun ? BIG_MIB : 0
  const need =
    (bigFiles + (ONLY.has('big') ? BIG_MIB : 0) + (rerun ? BIG_MIB : 0) + (ONLY.has('mid') ? MID_MIB * 2 : 0) + 512) *
    MiB
  const fs = statfsSync(os.tmpdir())
  const free = fs.bavail * fs.bsize
  if (free < need)
    throw new Error(
      `${os.tmpdir()} has ${(free / 2 ** 30).toFixed(1)} GiB free; the benchmark needs ${(need / 2 ** 30).toFixed(1)} GiB`
    )

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'zenodo-bench-'))
  const zenodo = await startFakeZenodo({
    rateLimit: false,
    storageDir: path.join(scratch, 'server'),
    onRequest: (e) => answeredAt.set(e, Date.now())
  })
  const cleanup = (): void => rmSync(scratch, { recursive: true, force: true })
  process.once('SIGINT', () => {
    for (const pid of running) killGroup(pid)
    cleanup()
    process.exit(130)
  })
  try {
    const info = machine()
    console.log(`Machine: ${info.cpu}, ${info.cores} cores, Node ${info.node}; RSS via ${info.rssMethod}`)
    console.log(
      `Bundle: ${info.dist} (${info.distSha256}); fake Zenodo at ${zenodo.url}, rate limiting off; scratch ${scratch}`
    )
    console.log('Generating test files…')
    const ws = {
      big:
        ONLY.has('big') || rerun
          ? makeWorkspace(scratch, 'big', [{ name: `big-${BIG_MIB}m.bin`, size: BIG_MIB * MiB }])
          : undefined,
      mid: ONLY.has('mid')
        ? makeWorkspace(scratch, 'mid', [{ name: `mid-${MID_MIB}m.bin`, size: MID_MIB * MiB }])
        : undefined,
      small: ONLY.has('small')
        ? makeWorkspace(
            scratch,
            'small',
            Array.from({ length: SMALL_FILES }, (_, i) => ({
              name: `small-${String(i).padStart(3, '0')}.bin`,
              size: SMALL_KIB * 1024
            }))
          )
        : undefined
    }
    // Warm-up (not recorded): loads node, the bundle and curl into the page cache for both sides.
    if (ws.small) {
      await runOne(zenodo, 'small', 'action-c3', ws.small, 0, 1, scratch)
      await runOne(zenodo, 'small', 'curl-loop', ws.small, 0, 2, scratch)
    }

    // The re-run scenario's release, published once by the action itself (same big file).
    const archivedId = rerun && ws.big ? await archiveRelease(zenodo, ws.big, scratch) : undefined

    const records: RunRecord[] = []
    const others = [...COMPARE.keys()]
    const plan: Array<[Scenario, string[]]> = [
      ['big', ['action', 'action-rdm', 'curl', ...others.map((o) => `action@${o}`)]],
      ['mid', ['action', 'curl', ...others.map((o) => `action@${o}`)]],
      [
        'small',
        ['action-c3', 'action-c8', 'curl-loop', ...others.flatMap((o) => [`action-c3@${o}`, `action-c8@${o}`])]
      ],
      ['rerun', ['action-rerun', 'md5sum', ...others.map((o) => `action-rerun@${o}`)]]
    ]
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`Round ${round} of ${ROUNDS}`)
      for (const [scenario, variants] of plan) {
        const w = scenario === 'rerun' ? (rerun ? ws.big : undefined) : ONLY.has(scenario) ? ws[scenario] : undefined
        if (!w) continue
        // Rotate who goes first, so neither side always gets the fresher disk.
        const shift = (round - 1) % variants.length
        const ordered = [...variants.slice(shift), ...variants.slice(0, shift)]
        for (const [i, v] of ordered.entries())
          records.push(await runOne(zenodo, scenario, v, w, round, i + 1, scratch, archivedId))
      }
    }

    // Other processes on the machine add noise: record how busy it was.
    info.loadAverageAtEnd = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')
    const rows = summarise(records)
    const checks = verdicts(rows)
    const table = markdownTable(rows)
    const targetLines = checks.map((c) => `- ${c.pass ? 'PASS' : 'MISS'}: ${c.target}: ${c.measured}`)
    console.log(`\n${table}\n\nTargets:\n${targetLines.join('\n')}`)

    mkdirSync(OUT_DIR, { recursive: true })
    const result = {
      machine: info,
      config: {
        rounds: ROUNDS,
        bigMiB: BIG_MIB,
        midMiB: MID_MIB,
        rerun: rerun ? { ...ARCHIVED, archivedRecordId: archivedId } : undefined,
        smallFiles: SMALL_FILES,
        smallKiB: SMALL_KIB,
        rateLimit: false
      },
      targets: checks,
      summary: rows,
      runs: records
    }
    writeFileSync(path.join(OUT_DIR, 'latest.json'), JSON.stringify(result, null, 2) + '\n')
    const md = [
      '# Benchmark: zenodo-upload vs curl',
      '',
      `${info.date} · ${info.cpu} · ${info.cores} cores · ${info.memoryGiB} GiB RAM · Node ${info.node} · ${info.curl}`,
      `Load average (1/5/15 min) ${info.loadAverageAtStart} at the start, ${info.loadAverageAtEnd} at the end.`,
      `Commit ${info.commit}, bundle \`${info.dist}\` (sha256 ${info.distSha256}). Peak RSS via ${info.rssMethod}.`,
      `Fake Zenodo in the benchmark process, rate limiting off; ${ROUNDS} rounds, order rotated each round; medians.`,
      'Every upload was checked on the server (size and MD5 equal to the local file); a run that failed or left a wrong copy is counted in "failed" and left out of the medians.',
      '',
      table,
      '',
      '"upload phase" is the first PUT arriving to the last PUT answered, as the server saw it; "other" is the rest of the wall time (process start-up, API calls, exit).',
      '',
      '## Targets',
      '',
      ...targetLines,
      ''
    ].join('\n')
    writeFileSync(path.join(OUT_DIR, 'latest.md'), md)
    console.log(`\nWrote ${path.relative(ROOT, OUT_DIR) || OUT_DIR}/latest.json and latest.md`)
  } finally {
    await zenodo.close()
    cleanup()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})

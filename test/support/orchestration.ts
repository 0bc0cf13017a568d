// Runs the orchestration in-process the way main.ts does (preparePlan → plan → describePlan →
// execute), against a MemoryRepository. Local files are real temp files, so MD5s are real.

import { afterAll, beforeAll, jest } from '@jest/globals'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { ApiChoice } from '../../src/repository/select.js'
import * as path from 'node:path'
import { NoFileOptions, SourceArchiveOption } from '../../src/constants.js'
import type { LocalFile } from '../../src/files/local-file.js'
import { readGitHubContext, type GitHubContext } from '../../src/github/context.js'
import { identityFor, type Identity } from '../../src/identity.js'
import type { Settings } from '../../src/inputs.js'
import type { Log } from '../../src/log.js'
import { mergeMetadata } from '../../src/metadata/merge.js'
import type { ZenodoMetadata } from '../../src/metadata/types.js'
import { execute, type Outcome } from '../../src/plan/execute.js'
import { hasWork, plan, type Plan, type PlanInput } from '../../src/plan/plan.js'
import { describePlan } from '../../src/report/plan.js'
import type { RemoteRecord } from '../../src/repository/types.js'
import { preparePlan } from '../../src/steps.js'
import { md5, type MemoryRepository, type SeedFile } from './memory-repository.js'

export const TODAY = '2024-05-01'

export const META: ZenodoMetadata = {
  title: 'Survey data',
  upload_type: 'dataset',
  description: 'Counts of things.',
  creators: [{ name: 'Doe, Jane' }],
  license: 'CC-BY-4.0'
}

const roots: string[] = []

/** Drops the line preparePlan logs through @actions/core, and removes the temp files. */
export function useHarness(): void {
  beforeAll(() => {
    const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation(((chunk: unknown, ...rest: unknown[]) =>
        String(chunk).startsWith('Server API:') ? true : write(chunk, ...rest)) as typeof process.stdout.write)
  })
  afterAll(() => {
    jest.restoreAllMocks()
    for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
}

/** Real files in a fresh directory, as LocalFiles (names in NFC, like findFiles gives). */
export function localFiles(files: Record<string, string | Buffer | undefined>): LocalFile[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'orch-'))
  roots.push(dir)
  const given = Object.entries(files).filter((e): e is [string, string | Buffer] => e[1] !== undefined)
  return given.map(([name, content]) => {
    const file = path.join(dir, name)
    writeFileSync(file, content)
    const st = statSync(file)
    return { path: file, relativePath: name, name: name.normalize('NFC'), size: st.size, mtimeMs: st.mtimeMs }
  })
}

/** Seed files with the same bytes (so the same MD5) as these contents. */
export function seedFiles(files: Record<string, string>): SeedFile[] {
  return Object.entries(files).map(([key, content]) => ({ key, content }))
}

export function github(ref = 'refs/tags/v1', repository = 'octo/data'): GitHubContext {
  return readGitHubContext({
    GITHUB_REPOSITORY: repository,
    GITHUB_REF: ref,
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
    GITHUB_SERVER_URL: 'https://github.com'
  })!
}

export function identityOf(ref = 'refs/tags/v1', dataset?: string): Identity {
  return identityFor(github(ref), dataset)
}

/** Metadata as an earlier run of this identity left it (marker, version, date). */
export function metadataOf(identity: Identity, extra: ZenodoMetadata = {}, version?: string): ZenodoMetadata {
  return mergeMetadata({ fromFile: { ...META, ...extra }, version, identity, today: TODAY })
}

export interface RunSpec {
  repo: MemoryRepository
  /** GITHUB_REF; default refs/tags/v1. */
  ref?: string
  /** False: not under GitHub Actions, so no identity. */
  github?: boolean
  dataset?: string
  /** name → content; real files. */
  files?: Record<string, string | Buffer | undefined>
  local?: LocalFile[]
  /** Default: one pattern when there are files, none otherwise. */
  patterns?: string[]
  metadata?: ZenodoMetadata
  version?: string
  depositionId?: string
  publish?: boolean
  deleteOldFiles?: boolean
  dryRun?: boolean
  settleMs?: number
  concurrency?: number
  /** The `community` input. */
  communities?: string[]
  /** The `tag` input. */
  tag?: string
  updateMetadata?: boolean
}

export interface CollectedLog extends Log {
  infos: string[]
  warnings: string[]
}

export function collectLog(): CollectedLog {
  const infos: string[] = []
  const warnings: string[] = []
  return { infos, warnings, info: (m) => void infos.push(m), warning: (m) => void warnings.push(m), debug: () => {} }
}

export interface RunResult {
  input?: PlanInput
  plan?: Plan
  /** describePlan's lines: what a dry run prints. */
  lines: string[]
  outcome?: Outcome
  /** Whatever stopped the run: a gather or plan error, or the outcome's error. */
  error?: Error
  log: CollectedLog
  /** Writes the server received during this run. */
  writes: string[]
}

export function settingsFor(spec: RunSpec, local: LocalFile[]): Settings {
  return {
    token: 'token',
    patterns: spec.patterns ?? (local.length > 0 ? ['dist/*'] : []),
    depositionId: spec.depositionId === 'repository' ? undefined : spec.depositionId,
    repositoryConcept: spec.depositionId === 'repository',
    depositionInput: spec.depositionId ?? '',
    serverUrl: 'https://memory.zenodo',
    ifNoFilesFound: NoFileOptions.error,
    concurrency: spec.concurrency ?? 1,
    publish: spec.publish ?? true,
    deleteOldFiles: spec.deleteOldFiles ?? false,
    metadata: '',
    version: spec.version,
    dryRun: spec.dryRun ?? false,
    dataset: spec.dataset,
    api: ApiChoice.legacy,
    communities: spec.communities ?? [],
    githubToken: '',
    sourceArchive: SourceArchiveOption.none,
    submodules: false,
    releaseAssets: false,
    tag: spec.tag,
    updateMetadata: spec.updateMetadata ?? false,
    workspace: '/ws'
  }
}

/** preparePlan as main.ts calls it. */
export async function prepare(spec: RunSpec): Promise<PlanInput> {
  const local = spec.local ?? localFiles(spec.files ?? {})
  const settings = settingsFor(spec, local)
  const gh = spec.github === false ? undefined : github(spec.ref)
  return preparePlan(spec.repo, {
    settings,
    github: gh,
    identity: gh ? identityFor(gh, settings.dataset) : undefined,
    local,
    metadata: { fromFile: spec.metadata ?? META, source: '.zenodo.json' },
    today: TODAY
  })
}

export function executeOptions(spec: Pick<RunSpec, 'repo' | 'settleMs' | 'concurrency'>, log: Log) {
  return {
    repo: spec.repo,
    log,
    settleMs: spec.settleMs ?? 1500,
    // A fake sleep: the server clock moves on, nothing waits.
    sleep: (ms: number) => spec.repo.tick(ms),
    upload: { concurrency: spec.concurrency ?? 1, checksumAttempts: 3, progressIntervalMs: 1e9 }
  }
}

/** One run, as main.ts wires it: gather, plan, print, and execute unless there is nothing to do. */
export async function runOnce(spec: RunSpec): Promise<RunResult> {
  const log = collectLog()
  const before = spec.repo.writesBy(spec.repo.client).length
  const result: RunResult = { lines: [], log, writes: [] }
  try {
    result.input = await prepare(spec)
    result.plan = plan(result.input)
    result.lines = describePlan(result.plan)
    if (!spec.dryRun && hasWork(result.plan)) {
      result.outcome = await execute(result.plan, result.input, executeOptions(spec, log))
      result.error = result.outcome.error
    }
  } catch (err) {
    result.error = err as Error
  }
  result.writes = spec.repo.writesBy(spec.repo.client).slice(before)
  return result
}

/** The writes a plan's file actions call for, in execute's order (deletes, renames, uploads). */
export function writesForFiles(p: Plan, draftId: string): string[] {
  const del = p.files.filter((f) => f.action === 'delete').map((f) => `delete-file ${draftId} ${f.remote!.key}`)
  const renamed = p.files
    .filter((f) => f.action === 'replace' && f.remote && f.remote.key !== f.name)
    .map((f) => `delete-file ${draftId} ${f.remote!.key}`)
  const up = p.files
    .filter((f) => f.action === 'upload' || f.action === 'replace')
    .map((f) => `upload ${draftId} ${f.name}`)
  return [...del, ...renamed, ...up]
}

export function keysOf(r: RemoteRecord | undefined): string[] {
  return (r?.files ?? []).map((f) => f.key).sort()
}

export { md5 }

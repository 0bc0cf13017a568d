import { tmpdir } from 'node:os'
import * as core from '@actions/core'
import { Inputs, Outputs } from './constants.js'
import { packArchive } from './files/archive.js'
import { md5Files } from './files/hash.js'
import { checkUnmatched, findFiles, validateFiles, type LocalFile } from './files/search.js'
import { getInputs, isLoopback, type Settings } from './inputs.js'
import { readGitHubContext, tagName, type GitHubContext } from './github/context.js'
import { loadMetadata } from './metadata/load.js'
import { comparableMetadata, hasGithubMarker, mergeMetadata } from './metadata/merge.js'
import type { ZenodoMetadata } from './metadata/types.js'
import { validateForPublish } from './metadata/validate.js'
import { openDeposition, transferFiles, type ExecuteContext } from './plan/execute.js'
import {
  checkLimits,
  describeTarget,
  filesToHash,
  planFiles,
  holdsFiles,
  type FilePlan,
  type Target
} from './plan/plan.js'
import { resolveTarget } from './plan/resolve.js'
import { depositionOutputs, filesOutput, setOutputs } from './report/outputs.js'
import { writeSummary } from './report/summary.js'
import type { FileOutcome } from './upload/engine.js'
import { formatBytes } from './report/format.js'
import { readKnobs } from './config.js'
import type { ZenodoApi } from './zenodo/client.js'
import { connect, type Connection } from './zenodo/connect.js'
import { ZenodoApiError } from './zenodo/errors.js'
import { fileMd5, type Deposition } from './zenodo/types.js'

/** What the run knows so far; outputs and the summary are written from it, even on failure. */
interface RunState {
  settings?: Settings
  deposition?: Deposition
  files: FileOutcome[]
  plannedUploads: number
  notes: string[]
  dryRun: boolean
  error?: string
}

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** Metadata Zenodo carries from an old version into a new one, minus what it resets (§5). */
function inheritedMetadata(record: Deposition): Record<string, unknown> {
  const { version: _v, publication_date: _d, doi: _doi, prereserve_doi: _p, ...rest } = record.metadata ?? {}
  return rest
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state: RunState = { files: [], plannedUploads: 0, notes: [], dryRun: false }
  let connection: Connection | undefined
  try {
    const settings = await core.group('Inputs', async () => {
      const s = getInputs(env)
      logSettings(s)
      return s
    })
    state.settings = settings
    state.dryRun = settings.dryRun
    const github = readGitHubContext(env)
    const version = settings.version ?? tagName(github)

    const local = await core.group('Files', () => searchFiles(settings, env))
    // Patterns that matched nothing, allowed by if-no-files-found: create nothing.
    const readOnly = settings.patterns.length > 0 && local.length === 0

    const loaded = await core.group('Metadata', async () => {
      const m = await loadMetadata(settings.metadata, settings.workspace)
      core.info(
        m.source === 'none'
          ? 'No metadata file (.zenodo.json or CITATION.cff) found; using defaults.'
          : `Metadata from ${m.path ?? 'the metadata input'} (${m.source}).`
      )
      for (const w of m.warnings) core.warning(w)
      return m
    })

    connection = connect(settings.serverUrl, settings.token, env, {
      info: core.info,
      warning: core.warning,
      debug: core.debug
    })
    const api = connection.api

    const metadataFor = (existing: Record<string, unknown> | undefined): ZenodoMetadata =>
      mergeMetadata({
        existing: existing as ZenodoMetadata | undefined,
        fromFile: loaded.metadata,
        version,
        github,
        today: today()
      })

    const ctx: RunContext = {
      api,
      settings,
      github,
      metadataFor,
      metadataSource: loaded.path ?? (loaded.source === 'inline' ? 'the metadata input' : 'the metadata'),
      state
    }
    const runPlan = await core.group('Deposition', () => planRun(ctx, local, loaded.metadata, version, readOnly))
    if (runPlan) await core.group('Uploads', () => execute(ctx, runPlan))
  } catch (err) {
    const error = err as Error
    state.error = error.message
    core.debug(error.stack ?? String(error))
    core.setFailed(error.message)
  } finally {
    connection?.close()
    report(state)
    await writeSummary({
      dryRun: state.dryRun,
      deposition: state.deposition,
      files: state.files,
      plannedUploads: state.plannedUploads,
      notes: state.notes,
      error: state.error,
      serverUrl: state.settings?.serverUrl ?? ''
    }).catch((err: Error) => core.warning(`Could not write the job summary: ${err.message}`))
  }
}

interface RunPlan {
  target: Target
  plans: FilePlan[]
  localMd5: ReadonlyMap<string, string>
}

/**
 * Reads the remote state and decides everything before the first write: the target, the files,
 * the metadata. Returns undefined when there is nothing to execute (archived, read-only, dry run).
 */
/** What planning and execution share. */
interface RunContext {
  api: ZenodoApi
  settings: Settings
  github?: GitHubContext
  metadataFor: (existing: Record<string, unknown> | undefined) => ZenodoMetadata
  metadataSource: string
  state: RunState
}

async function planRun(
  { api, settings, github, metadataFor, state }: RunContext,
  local: LocalFile[],
  fromFile: ZenodoMetadata,
  version: string | undefined,
  readOnly: boolean
): Promise<RunPlan | undefined> {
  const title = metadataFor(undefined).title
  // With publish, the publish check below reports it as an error instead.
  if (!settings.publish && !readOnly && (typeof title !== 'string' || title.trim() === '')) {
    core.warning(
      `The metadata has no title: Zenodo will not publish the record until it has one. Set title in .zenodo.json or CITATION.cff, or pass metadata.`
    )
  }
  let target = await resolveTarget(api, {
    depositionId: settings.depositionId,
    github,
    title: typeof title === 'string' ? title : undefined,
    readOnly
  })
  // From here on a failure still leaves outputs that point at the draft.
  if (target.kind === 'draft') state.deposition = target.deposition
  const remote = remoteFiles(target)
  const candidates = target.kind === 'new-version' ? [target.own, target.record].flatMap((r) => (r ? [r] : [])) : []
  const localMd5 = await md5Files(filesToHash(local, [...remote, ...candidates.flatMap((r) => r.files ?? [])]))
  // Already archived: a published record of this concept holds the version this run would set
  // (the input or tag, else the metadata file's) and these files.
  const wanted = version ?? (typeof fromFile.version === 'string' ? fromFile.version : undefined)
  const archived = candidates.find(
    (r) =>
      r.metadata?.version === (wanted ?? r.metadata?.version) &&
      holdsFiles(local, localMd5, r.files ?? [], settings.deleteOldFiles)
  )
  if (archived) target = { kind: 'archived', record: archived }
  core.info(`Plan: ${describeTarget(target)}.`)
  if (target.kind === 'archived') {
    core.info(
      `Already archived: ${target.record.doi ?? target.record.id} holds version ${wanted ?? '(none)'} with these files. Nothing to do.`
    )
    state.deposition = target.record
    state.files = local.map((f) => ({ name: f.name, size: f.size, md5: localMd5.get(f.name) ?? '', status: 'skipped' }))
    return undefined
  }
  if (target.kind === 'new-version' && target.blockedBy) {
    const pending = target.blockedBy
    throw new Error(
      `Concept ${pending.conceptrecid} already has a pending new version (draft ${pending.id}) that another workflow run made; ` +
        `this run would upload into it. Publish or discard draft ${pending.id} on Zenodo, or set deposition-id to ${pending.id} to upload into it on purpose.`
    )
  }
  if (target.kind === 'read-only') {
    if (target.deposition) state.deposition = target.deposition
    return undefined
  }
  const plans = planFiles(local, localMd5, remote, settings.deleteOldFiles)
  const limits = checkLimits(plans, remote)
  for (const w of limits.warnings) core.warning(w)
  if (limits.errors.length > 0) throw new Error(limits.errors.join('\n'))
  const existing =
    target.kind === 'draft'
      ? target.deposition.metadata
      : target.kind === 'new-version'
        ? inheritedMetadata(target.record)
        : undefined
  const metadata = metadataFor(existing)
  if (settings.publish) {
    const problems = validateForPublish(metadata)
    if (limits.finalCount === 0)
      problems.push('files: Zenodo does not publish a record without files. Set the files input.')
    if (problems.length > 0) {
      throw new Error(
        `Cannot publish: Zenodo would refuse this record (fix the metadata file or inputs):\n${problems.join('\n')}`
      )
    }
  }
  logPlan(plans, metadata)
  state.plannedUploads = plans.filter((p) => p.action === 'upload' || p.action === 'replace').length
  if (settings.dryRun) {
    // The MD5s a real run would send (an archive's is reproducible, so worth showing).
    const planned = await md5Files(plans.flatMap((p) => (p.local && !localMd5.has(p.name) ? [p.local] : [])))
    for (const p of plans) p.md5 ??= planned.get(p.name)
    if (target.kind === 'draft') state.deposition = target.deposition
    else if (target.kind === 'new-version')
      state.notes.push(`A new version of record ${target.record.id} would be made.`)
    state.files = plans.map((p) => ({
      name: p.name,
      size: p.size,
      md5: p.md5 ?? '',
      status: p.action === 'skip' ? 'skipped' : p.action === 'delete' ? 'deleted' : 'planned'
    }))
    core.info('Dry run: nothing was sent to Zenodo.')
    return undefined
  }
  return { target, plans, localMd5 }
}

async function execute(
  { api, settings, github, metadataFor, metadataSource, state }: RunContext,
  { target, plans, localMd5 }: RunPlan
): Promise<void> {
  const runStart = Date.now()
  const ctx: ExecuteContext = {
    api,
    metadataFor,
    isOurs: (d) =>
      github
        ? hasGithubMarker(d.metadata, github)
        : d.title === metadataFor(undefined).title && Date.parse(d.created ?? '') >= runStart - 120_000,
    onDeposition: (d) => (state.deposition = d),
    metadataSource,
    onFile: (o) => state.files.push(o),
    log: { info: core.info, warning: core.warning },
    localMd5,
    deleteOld: settings.deleteOldFiles,
    comparable: (m) => comparableMetadata(m as ZenodoMetadata),
    upload: {
      concurrency: settings.concurrency,
      checksumAttempts: 3,
      progressIntervalMs: readKnobs().progressIntervalMs,
      log: { info: core.info, warning: core.warning }
    }
  }
  const dep = await openDeposition(target, ctx)
  const { errors } = await transferFiles(dep, plans, ctx)
  if (errors.length > 0) {
    const done = state.files.filter((f) => f.status === 'uploaded').length
    throw new Error(
      `${errors.length} file(s) failed; ${done} uploaded. Deposition ${dep.id} was kept as a draft and not published; re-run to resume.\n` +
        errors.map((e) => e.message).join('\n')
    )
  }
  if (!settings.publish) {
    state.deposition = await api.getDeposition(dep.id)
    core.info(
      `Draft ${dep.id} is ready: review and publish it at ${dep.links.html ?? settings.serverUrl}, or set publish: true.`
    )
    return
  }
  // Verify the whole draft against what this run sent before making it permanent.
  const current = await api.getDeposition(dep.id)
  state.deposition = current
  const byName = new Map((current.files ?? []).map((f) => [f.filename.normalize('NFC'), fileMd5(f)]))
  const missing = state.files.filter(
    (f) => (f.status === 'uploaded' || f.status === 'skipped') && byName.get(f.name) !== f.md5
  )
  if (missing.length > 0) {
    throw new Error(
      `Not publishing: ${missing.map((f) => `'${f.name}'`).join(', ')} is not in the draft with the expected MD5. Re-run to upload it again.`
    )
  }
  if (byName.size === 0)
    throw new Error(
      `Not publishing: draft ${dep.id} holds no files, and Zenodo does not publish a record without files.`
    )
  let published: Deposition
  try {
    published = await api.publish(dep.id)
  } catch (err) {
    if (!(err instanceof ZenodoApiError) || err.status !== 400) throw err
    throw err.reworded(
      `${err.message}
Fix these fields in the metadata (${metadataSource}) and re-run; draft ${dep.id} is kept with its files.`
    )
  }
  state.deposition = published
  core.info(`Published ${published.doi ?? dep.id}: ${published.links.html ?? ''}`)
}

function remoteFiles(target: Target): NonNullable<Deposition['files']> {
  switch (target.kind) {
    case 'draft':
      return target.deposition.files ?? []
    case 'new-version':
    case 'archived':
      return target.record.files ?? []
    default:
      return []
  }
}

async function searchFiles(settings: Settings, env: NodeJS.ProcessEnv): Promise<LocalFile[]> {
  if (settings.patterns.length === 0) {
    core.info(`'${Inputs.Files}' is empty: no files this run.`)
    return []
  }
  const result = await findFiles(settings.patterns, settings.workspace, settings.archive !== undefined)
  for (const w of checkUnmatched(result, settings.ifNoFilesFound)) core.warning(w)
  // In an archive, paths are kept: clashing base names and empty files are fine there.
  if (!settings.archive) validateFiles(result.files)
  const total = result.files.reduce((a, f) => a + f.size, 0)
  core.info(`${result.files.length} file(s), ${formatBytes(total)} in all:`)
  for (const f of result.files)
    core.info(`  ${f.relativePath}${settings.archive ? '' : ` -> ${f.name}`} (${formatBytes(f.size)})`)
  if (!settings.archive || result.files.length === 0) return result.files
  const archive = await packArchive(result.files, settings.archive, env.RUNNER_TEMP || tmpdir())
  core.info(`Packed them into ${archive.name} (${formatBytes(archive.size)}); only the archive is uploaded.`)
  return [archive]
}

function logSettings(s: Settings): void {
  core.info(`server: ${s.serverUrl}`)
  if (s.serverUrl.startsWith('http://') && !isLoopback(s.serverUrl)) {
    core.warning(
      `Input '${Inputs.ServerUrl}' uses http://: the token travels unencrypted to ${new URL(s.serverUrl).host}. Use https://.`
    )
  }
  core.info(`deposition: ${s.depositionInput || '(new, or the draft an earlier run of this workflow made)'}`)
  core.info(`files: ${s.patterns.length ? s.patterns.join(', ') : '(none this run)'}`)
  core.info(
    `concurrency: ${s.concurrency}; publish: ${s.publish}; delete-old-files: ${s.deleteOldFiles}; dry-run: ${s.dryRun}`
  )
  if (s.version) core.info(`version: ${s.version}`)
}

function logPlan(plans: FilePlan[], metadata: ZenodoMetadata): void {
  for (const p of plans) core.info(`  ${p.action.padEnd(7)} ${p.name} (${formatBytes(p.size)})`)
  core.info(`Metadata to send: ${JSON.stringify(metadata)}`)
}

function report(state: RunState): void {
  if (state.deposition) {
    setOutputs(depositionOutputs(state.deposition, state.dryRun))
  } else if (state.dryRun && !state.error) {
    setOutputs({ [Outputs.State]: 'dry-run' })
  }
  if (state.deposition || (state.dryRun && !state.error)) core.setOutput(Outputs.Files, filesOutput(state.files))
}

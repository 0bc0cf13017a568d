// The run's steps before the plan: settings, local files, metadata, and the plan's input.
// Each one only reads; main.ts wires them.

import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Inputs, SourceArchiveOption } from './constants.js'
import { packArchive } from './files/archive.js'
import { md5Files } from './files/hash.js'
import { buildSourceArchive } from './files/source-archive.js'
import { fileReaderAt, headCommit, localTags, tagCommit } from './github/git.js'
import type { LocalFile } from './files/local-file.js'
import { checkUnmatched, findFiles, validateFiles } from './files/search.js'
import { tagName, type GitHubContext } from './github/context.js'
import type { Identity } from './identity.js'
import { UserError } from './errors.js'
import type { GitHubApi } from './github/api.js'
import type { GitHubDefaults } from './github/release-step.js'
import { getInputs, InputError, isLoopback, type Settings } from './inputs.js'
import { log, oneLine } from './log.js'
import { loadMetadata, type TextReader } from './metadata/load.js'
import { comparableMetadata, mergeMetadata, type FileAccess } from './metadata/merge.js'
import type { ZenodoMetadata } from './metadata/types.js'
import { gather } from './plan/gather.js'
import { filesToHash, remoteFilesOf, type PlanInput } from './plan/plan.js'
import { formatBytes } from './report/format.js'
import type { Repository } from './repository/types.js'

export function readSettings(env: NodeJS.ProcessEnv): Settings {
  const s = getInputs(env)
  log.info(`server: ${s.serverUrl}`)
  if (s.serverUrl.startsWith('http://') && !isLoopback(s.serverUrl)) {
    log.warning(
      `Input '${Inputs.ServerUrl}' uses http://: the token travels unencrypted to ${new URL(s.serverUrl).host}. Use https://.`
    )
  }
  log.info(`deposition: ${oneLine(s.depositionInput) || '(new, or the one an earlier run of this workflow made)'}`)
  if (s.dataset) log.info(`dataset: ${oneLine(s.dataset)}`)
  log.info(`files: ${s.patterns.length ? s.patterns.map(oneLine).join(', ') : '(none this run)'}`)
  log.info(
    `concurrency: ${s.concurrency}; publish: ${s.publish}; delete-old-files: ${s.deleteOldFiles}; dry-run: ${s.dryRun}`
  )
  if (s.version) log.info(`version: ${oneLine(s.version)}`)
  if (s.access) log.info(`access: ${describeAccess(s.access)}`)
  return s
}

function describeAccess(access: FileAccess): string {
  if (!access.embargo) return `${access.files} files (wins over the metadata file's access_right)`
  const reason = access.embargo.reason ? `; reason: ${oneLine(access.embargo.reason)}` : ''
  return `files restricted until ${access.embargo.until}, then public (embargoed${reason})`
}

/** The tag this run archives: the `tag` input, else the tag the workflow runs for. */
export function runTag(settings: Settings, github?: GitHubContext): string | undefined {
  return settings.tag ?? tagName(github)
}

export async function findLocalFiles(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  github?: GitHubContext
): Promise<LocalFile[]> {
  const matched = await findMatchedFiles(settings, env)
  if (settings.sourceArchive === SourceArchiveOption.none) return matched
  const tag = runTag(settings, github)
  if (tag === undefined) {
    throw new InputError(
      Inputs.SourceArchive,
      `needs a tag, and this run is for ${github?.ref || 'no ref'}. Run the workflow on a tag push or a release, or set the 'tag' input.`
    )
  }
  const repoName = (github?.repository ?? path.basename(settings.workspace)).split('/').pop() ?? 'source'
  const archive = await buildSourceArchive({
    workspace: settings.workspace,
    tag,
    repoName,
    format: settings.sourceArchive === SourceArchiveOption.zip ? 'zip' : 'tar.gz',
    submodules: settings.submodules,
    outDir: env.RUNNER_TEMP || tmpdir()
  })
  log.info(
    `Source archive ${oneLine(archive.name)} of tag ${oneLine(tag)} (commit ${archive.commit.slice(0, 12)}): ` +
      `${archive.entries} entries, ${formatBytes(archive.size)}${settings.submodules ? ', submodules included' : ''}.`
  )
  // A name clash with a matched file is combineFiles' to report, with the release assets'.
  return [...matched, archive]
}

async function findMatchedFiles(settings: Settings, env: NodeJS.ProcessEnv): Promise<LocalFile[]> {
  if (settings.patterns.length === 0) {
    log.info(`'${Inputs.Files}' is empty: no files this run.`)
    return []
  }
  const result = await findFiles(settings.patterns, settings.workspace, settings.archive !== undefined)
  for (const w of checkUnmatched(result, settings.ifNoFilesFound)) log.warning(w)
  // In an archive, paths are kept: clashing base names and empty files are fine there.
  if (!settings.archive) validateFiles(result.files)
  const total = result.files.reduce((a, f) => a + f.size, 0)
  log.info(`${result.files.length} file(s), ${formatBytes(total)} in all:`)
  for (const f of result.files) {
    log.info(`  ${oneLine(f.relativePath)}${settings.archive ? '' : ` -> ${oneLine(f.name)}`} (${formatBytes(f.size)})`)
  }
  if (!settings.archive || result.files.length === 0) return result.files
  const archive = await packArchive(result.files, settings.archive, env.RUNNER_TEMP || tmpdir())
  log.info(`Packed them into ${oneLine(archive.name)} (${formatBytes(archive.size)}); only the archive is uploaded.`)
  return [archive]
}

export interface RunMetadata {
  /** What the metadata file (or input) gives: these fields are the user's. */
  fromFile: ZenodoMetadata
  source: string
  /** Defaults from the GitHub release and repository, beneath the file's fields. */
  defaults?: GitHubDefaults
}

/** release-assets needs GitHub's API, which exists only under GitHub Actions. */
export function requireApi(api: GitHubApi | undefined): GitHubApi {
  if (api) return api
  throw new InputError(Inputs.ReleaseAssets, 'needs a GitHub Actions run (GITHUB_REPOSITORY is unset here).')
}

/** The matched files, the source archive and the release assets: one name each. */
export function combineFiles(lists: LocalFile[][]): LocalFile[] {
  const all = lists.flat()
  const seen = new Map<string, LocalFile>()
  for (const f of all) {
    const other = seen.get(f.name)
    if (other) {
      throw new UserError(
        `'${oneLine(f.name)}' would be uploaded twice (${oneLine(other.relativePath)} and ${oneLine(f.relativePath)}: ` +
          `a matched file, the source archive or a release asset). Rename one, or exclude it from 'files'.`
      )
    }
    seen.set(f.name, f)
  }
  return all
}

export async function readMetadata(settings: Settings, defaults?: GitHubDefaults): Promise<RunMetadata> {
  const m = await loadMetadata(settings.metadata, settings.workspace, await tagReader(settings))
  log.info(
    m.source === 'none'
      ? 'No metadata file (.zenodo.json or CITATION.cff) found; using defaults.'
      : `Metadata from ${oneLine(m.path ?? 'the metadata input')} (${m.source}).`
  )
  for (const w of m.warnings) log.warning(w)
  if (m.source === 'none' && defaults?.metadata) {
    log.info(
      "The record takes its metadata from the GitHub release and repository, as Zenodo's GitHub integration does."
    )
  }
  return {
    fromFile: m.metadata,
    source:
      m.path ??
      (m.source === 'inline' ? 'the metadata input' : m.source === 'none' ? 'the GitHub release' : 'the metadata'),
    defaults
  }
}

/**
 * With the `tag` input and a checkout at another commit, the metadata file is read as it is at
 * the tag, as Zenodo's integration reads it; the files still come from the checkout.
 */
async function tagReader(settings: Settings): Promise<TextReader | undefined> {
  if (settings.tag === undefined || settings.metadata.trim().startsWith('{')) return undefined
  const [commit, head] = await Promise.all([
    tagCommit(settings.workspace, settings.tag),
    headCommit(settings.workspace)
  ])
  if (commit === undefined) {
    log.warning(
      `Tag ${oneLine(settings.tag)} is not in the checkout, so the metadata file is read from the checkout as it is. ` +
        `Check out with fetch-depth: 0 (actions/checkout) to read it as it was at the tag.`
    )
    return undefined
  }
  if (commit === head) return undefined
  log.warning(
    `The checkout is not at tag ${oneLine(settings.tag)}: the metadata file is read as it is at the tag ` +
      `(commit ${commit.slice(0, 12)}), but 'files' match what the checkout holds now.`
  )
  return fileReaderAt(settings.workspace, commit)
}

export interface PlanContext {
  settings: Settings
  github?: GitHubContext
  identity?: Identity
  local: LocalFile[]
  metadata: RunMetadata
  today: string
}

/** The `community` input, then .zenodo.json's `communities` (never sent as metadata). */
export function runCommunities(settings: Settings, fromFile: ZenodoMetadata): string[] {
  const fileList = Array.isArray(fromFile.communities) ? fromFile.communities : []
  const fromMetadata = fileList.flatMap((c) =>
    c !== null && typeof c === 'object' && typeof c.identifier === 'string' && c.identifier.trim() !== ''
      ? [c.identifier.trim()]
      : []
  )
  return [...new Set([...settings.communities, ...fromMetadata])]
}

/** Reads the remote state and hashes what the plan compares: the plan's whole input. */
export async function preparePlan(repo: Repository, ctx: PlanContext): Promise<PlanInput> {
  const { settings, github, identity, local, metadata } = ctx
  const readOnly = settings.patterns.length > 0 && local.length === 0
  log.info(`Server API: ${repo.description}.`)
  if (settings.repositoryConcept && !identity) {
    throw new InputError(
      Inputs.DepositionId,
      `'repository' continues the concept of the repository the workflow runs for, and there is none here ` +
        `(GITHUB_REPOSITORY is unset). Give a record id, concept id or DOI instead.`
    )
  }
  const remote = await gather(repo, {
    depositionId: settings.depositionId,
    identity,
    communities: runCommunities(settings, metadata.fromFile),
    repositoryConcept: settings.repositoryConcept,
    tags: settings.repositoryConcept ? await localTags(settings.workspace) : undefined
  })
  // A dry run shows the MD5 of every file (an archive's is reproducible, so worth showing);
  // the extra ones change no decision.
  const localMd5 = await md5Files(settings.dryRun ? local : filesToHash(local, remoteFilesOf(remote)))
  const version = settings.version ?? runTag(settings, github)
  const fileVersion = typeof metadata.fromFile.version === 'string' ? metadata.fromFile.version : undefined
  // Read for tag runs only (main.ts).
  const releaseDefaults = metadata.defaults?.metadata
  // Only with the release itself (from the API or the event payload): defaults made of the
  // runner's variables alone lack its name and notes, and must not replace an earlier version's.
  const zeroConfig =
    Object.keys(metadata.fromFile).length === 0 &&
    releaseDefaults !== undefined &&
    (metadata.defaults?.fromApi === true || metadata.defaults?.release !== undefined)
  // Creators come from the contributors for a first version; later versions and edits keep the
  // creators the record has (the owner may have curated them, ORCIDs and all), and a contributor
  // whose name could not be read must not flip a record between name and login.
  const { creators: releaseCreators, ...releaseFields } = releaseDefaults ?? {}
  return {
    identity,
    version: version ?? fileVersion,
    local,
    localMd5,
    remote,
    publish: settings.publish,
    deleteOldFiles: settings.deleteOldFiles,
    readOnly,
    metadataFor: (existing) =>
      mergeMetadata({
        existing,
        // Without a metadata file the release is the metadata, as with Zenodo's integration: it
        // wins over what a previous version had. With one, the defaults only fill in gaps.
        ...(zeroConfig
          ? { fromFile: releaseFields, defaults: releaseCreators === undefined ? {} : { creators: releaseCreators } }
          : { fromFile: metadata.fromFile, defaults: releaseDefaults }),
        version,
        identity,
        access: settings.access,
        today: ctx.today
      }),
    comparable: comparableMetadata,
    metadataSource: metadata.source,
    setFields: [
      ...Object.keys(metadata.fromFile).filter((k) => k !== 'communities' && metadata.fromFile[k] !== undefined),
      // Without a file the release is the metadata (creators aside, see above).
      ...(zeroConfig ? Object.keys(releaseFields) : []),
      ...(settings.version !== undefined ? ['version'] : []),
      ...(settings.access ? ['access_right', 'embargo_date'] : [])
    ],
    updateMetadata: settings.updateMetadata,
    backfill: settings.tag !== undefined
  }
}

// What the run takes from GitHub: default metadata built from the release and the repository
// (as Zenodo's integration builds it), and the release's assets. Both are read-only; only the
// assets require the API, the defaults fall back to the event payload when it is away.

import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Inputs, NoFileOptions } from '../constants.js'
import { UserError } from '../errors.js'
import type { LocalFile } from '../files/local-file.js'
import { CONTROL } from '../files/search.js'
import type { Settings } from '../inputs.js'
import { log, oneLine } from '../log.js'
import type { ZenodoMetadata } from '../metadata/types.js'
import { formatBytes } from '../report/format.js'
import { GitHubApiError, type GitHubApi, type GitHubRelease } from './api.js'
import { readGitHubEvent } from './event.js'
import { releaseMetadata } from './release-metadata.js'

export interface GitHubDefaults {
  /** The metadata a zero-config release gets; the metadata file overrides it field by field. */
  metadata?: ZenodoMetadata
  /** True when the API answered (not a fallback to the event payload). */
  fromApi: boolean
  /** The release for the tag, as the API shows it now (or the event payload, when the API is away). */
  release?: GitHubRelease
}

function describe(err: unknown): string {
  return err instanceof Error ? oneLine(err.message) : String(err)
}

/**
 * Reads the tag's release, the repository and its contributors. A failure costs a warning, never the
 * run: the event payload and the runner's variables give what they can.
 */
export async function readDefaults(api: GitHubApi, tag: string, env: NodeJS.ProcessEnv): Promise<GitHubDefaults> {
  const event = readGitHubEvent(env)
  try {
    const [release, repository, contributors] = await Promise.all([
      api.release(tag),
      api.repository(),
      api.contributors()
    ])
    log.info(
      `GitHub: ${oneLine(repository.fullName)}${release ? `, release ${oneLine(release.name ?? release.tagName)}` : `, tag ${oneLine(tag)} without a release`}, ` +
        `${contributors.length} contributor(s).`
    )
    return { metadata: releaseMetadata({ repository, release, tag, contributors }), fromApi: true, release }
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err
    const release = event.release && event.release.tagName === tag ? event.release : undefined
    // An empty github-token is a choice (the default is the workflow's token): no warning for it.
    const say = err.kind === 'no-token' ? log.info : log.warning
    say(
      `GitHub's API could not be read (${describe(err)}); the default metadata comes from the event payload` +
        `${event.repository ? '' : ' (which has no repository either)'}. A metadata file, if any, still wins.`
    )
    if (!event.repository) return { fromApi: false }
    return { metadata: releaseMetadata({ repository: event.repository, release, tag }), fromApi: false, release }
  }
}

/**
 * release-assets: every asset of the tag's release, read at run time (an earlier job's uploads
 * count), streamed to RUNNER_TEMP and checked against its size. A dry run only lists them.
 */
export async function releaseAssets(
  api: GitHubApi,
  settings: Settings,
  tag: string | undefined,
  env: NodeJS.ProcessEnv
): Promise<LocalFile[]> {
  if (tag === undefined) {
    throw new UserError(
      `Input '${Inputs.ReleaseAssets}': this run is not for a tag, so there is no release. Run on a release or tag push, or set the 'tag' input.`
    )
  }
  let release: GitHubRelease | undefined
  let assets
  try {
    release = await api.release(tag)
    assets = release ? await api.assets(release.id) : []
  } catch (err) {
    throw new UserError(
      `Input '${Inputs.ReleaseAssets}' needs GitHub's API, which could not be read: ${describe(err)} ` +
        `Check 'github-token' (the workflow needs permissions: contents: read).`
    )
  }
  if (!release || assets.length === 0) {
    const what = release
      ? `Release ${oneLine(tag)} has no assets`
      : `Tag ${oneLine(tag)} has no published GitHub release`
    const message = `${what}, so 'release-assets' adds nothing.`
    if (settings.ifNoFilesFound === NoFileOptions.error) {
      throw new UserError(`${message} Upload assets before this step, or set if-no-files-found: warn.`)
    }
    if (settings.ifNoFilesFound === NoFileOptions.warn) log.warning(message)
    else log.info(message)
    return []
  }
  const total = assets.reduce((a, x) => a + x.size, 0)
  log.info(`Release ${oneLine(tag)}: ${assets.length} asset(s), ${formatBytes(total)}:`)
  for (const a of assets) log.info(`  ${oneLine(a.name)} (${formatBytes(a.size)})`)
  if (settings.dryRun) {
    log.info('Dry run: the release assets are listed, not downloaded.')
    return []
  }
  const dir = await mkdtemp(path.join(env.RUNNER_TEMP || tmpdir(), 'zenodo-assets-'))
  const files: LocalFile[] = []
  const empty = assets.filter((a) => a.size === 0)
  if (empty.length > 0) {
    throw new UserError(
      `Release asset(s) ${empty.map((a) => `'${oneLine(a.name)}'`).join(', ')} are empty (0 bytes), which Zenodo refuses; remove them from the release.`
    )
  }
  const bad = assets.filter((a) => CONTROL.test(a.name))
  if (bad.length > 0) {
    throw new UserError(
      `Release asset(s) ${bad.map((a) => JSON.stringify(a.name)).join(', ')} have control characters in their names, ` +
        `which could forge log lines; rename them on GitHub.`
    )
  }
  for (const [i, a] of assets.entries()) {
    // The asset's name is data: it names the upload, never the path on disk.
    const dest = path.join(dir, `asset-${i}`)
    try {
      await api.downloadAsset(a, dest)
    } catch (err) {
      throw new UserError(`Release asset '${oneLine(a.name)}' could not be downloaded: ${describe(err)}`)
    }
    const st = await stat(dest)
    files.push({ path: dest, relativePath: a.name, name: a.name.normalize('NFC'), size: st.size, mtimeMs: st.mtimeMs })
  }
  return files
}

// Wiring only: read, gather, plan, execute, report. Every decision lives in a module of its own.

import * as core from '@actions/core'
import { readKnobs } from './config.js'
import { atTag, readGitHubContext } from './github/context.js'
import { identityFor } from './identity.js'
import { group, log, redact } from './log.js'
import { execute } from './plan/execute.js'
import { hasWork, plan } from './plan/plan.js'
import { describePlan } from './report/plan.js'
import { RunReport } from './report/run-report.js'
import { openRepository } from './repository/select.js'
import { combineFiles, findLocalFiles, preparePlan, readMetadata, readSettings, requireApi, runTag } from './steps.js'
import { createGitHubApi } from './github/api.js'
import { readDefaults, releaseAssets } from './github/release-step.js'
import { connect, type Connection } from './zenodo/connect.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const report = new RunReport()
  const knobs = readKnobs(env)
  let connection: Connection | undefined
  const closers: Array<() => void> = []
  try {
    const settings = await group('Inputs', async () => readSettings(env))
    report.serverUrl = settings.serverUrl
    report.dryRun = settings.dryRun
    const runner = readGitHubContext(env)
    const github = runner ? atTag(runner, settings.tag) : undefined
    const identity = github ? identityFor(github, settings.dataset) : undefined
    const gh = github ? createGitHubApi({ token: settings.githubToken, env, log: log.debug }) : undefined
    closers.push(() => gh?.close())
    const tag = runTag(settings, github)
    // Release defaults are for tags (a release, or a tag push); a branch run archives a dataset.
    const defaults = gh && tag !== undefined ? await group('GitHub', () => readDefaults(gh, tag, env)) : undefined
    const local = await group('Files', async () =>
      combineFiles([
        await findLocalFiles(settings, env, github),
        settings.releaseAssets ? await releaseAssets(requireApi(gh), settings, tag, env) : []
      ])
    )
    const metadata = await group('Metadata', () => readMetadata(settings, defaults))
    connection = connect(settings.serverUrl, settings.token, env, log)
    const repo = await openRepository(
      connection,
      { api: settings.api, serverUrl: settings.serverUrl, access: settings.access, concurrency: settings.concurrency },
      log
    )
    const today = new Date().toISOString().slice(0, 10)
    const [input, thePlan] = await group('Plan', async () => {
      const prepared = await preparePlan(repo, { settings, github, identity, local, metadata, today })
      report.remote = prepared.remote
      report.plan = plan(prepared)
      for (const w of report.plan.warnings) log.warning(w)
      for (const line of describePlan(report.plan)) log.info(line)
      return [prepared, report.plan] as const
    })
    if (settings.dryRun) log.info('Dry run: nothing was sent to Zenodo.')
    if (settings.dryRun || !hasWork(thePlan)) return
    report.outcome = await group('Uploads', () =>
      execute(thePlan, input, {
        repo,
        log,
        settleMs: knobs.settleMs,
        upload: { concurrency: settings.concurrency, checksumAttempts: 3, progressIntervalMs: knobs.progressIntervalMs }
      })
    )
    if (report.outcome.error) throw report.outcome.error
  } catch (err) {
    report.error = err as Error
    log.debug((err as Error).stack ?? String(err))
    core.setFailed(redact(report.error.message))
  } finally {
    connection?.close()
    for (const close of closers) close()
    await report.write()
  }
}

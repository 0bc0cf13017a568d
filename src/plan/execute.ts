// Carries out a plan: the only module that writes to Zenodo.

import type { ZenodoMetadata } from '../metadata/types.js'
import { uploadAll, type FileOutcome, type UploadOptions } from '../upload/engine.js'
import type { ZenodoApi } from '../zenodo/client.js'
import { ZenodoApiError } from '../zenodo/errors.js'
import type { Deposition } from '../zenodo/types.js'
import { canonical, planFiles, type FilePlan, type Target } from './plan.js'
import { findPendingDraft } from './resolve.js'

export interface ExecuteContext {
  api: ZenodoApi
  upload: UploadOptions
  /** Recomputes the metadata to send from what the deposition holds now. */
  metadataFor: (existing: Record<string, unknown> | undefined) => ZenodoMetadata
  /** Recognises a draft this run created, after an ambiguous create failure. */
  isOurs: (d: Deposition) => boolean
  /** Called as soon as the deposition exists and whenever it changes, so outputs follow it. */
  onDeposition: (d: Deposition | undefined) => void
  /** Where the metadata came from, for messages: a file name or "the metadata input". */
  metadataSource: string
  onFile: (outcome: FileOutcome) => void
  log: { info(message: string): void; warning(message: string): void }
  localMd5: ReadonlyMap<string, string>
  deleteOld: boolean
  /** What the metadata looks like once cleaned for a PUT, to skip a PUT that would change nothing. */
  comparable: (metadata: Record<string, unknown>) => unknown
}

export class ExecuteError extends Error {
  override name = 'ExecuteError'
}

/** Gets the deposition the plan targets, creating or versioning as needed; returns it with its bucket. */
export async function openDeposition(target: Target, ctx: ExecuteContext): Promise<Deposition> {
  const { api } = ctx
  switch (target.kind) {
    case 'create': {
      const dep = await api.createDeposition(ctx.metadataFor(undefined), ctx.isOurs)
      ctx.log.info(`Created deposition ${dep.id} (reserved DOI ${dep.metadata?.prereserve_doi?.doi ?? 'none'}).`)
      ctx.onDeposition(dep)
      return dep
    }
    case 'draft':
      ctx.onDeposition(target.deposition)
      return syncMetadata(target.deposition, ctx)
    case 'new-version': {
      const { draft, created } = await newVersion(api, target.record)
      ctx.log.info(
        `New version draft ${draft.id} of concept ${draft.conceptrecid}, with ${draft.files?.length ?? 0} inherited file(s).`
      )
      ctx.onDeposition(draft)
      try {
        return await syncMetadata(draft, ctx)
      } catch (err) {
        if (!created || !(err instanceof ZenodoApiError) || err.status !== 400) throw err
        // The draft only holds what it inherited: discard it so a refused run leaves nothing behind.
        await api.deleteDraft(draft.id)
        ctx.onDeposition(undefined)
        throw new ExecuteError(
          `${err.message}\nThe new-version draft ${draft.id} was discarded; nothing was left behind.`
        )
      }
    }
    default:
      throw new ExecuteError(`nothing to open for a ${target.kind} target`)
  }
}

async function newVersion(api: ZenodoApi, record: Deposition): Promise<{ draft: Deposition; created: boolean }> {
  try {
    return { draft: await api.newVersion(record.id), created: true }
  } catch (err) {
    // A pending draft that still holds files answers 400 without its id (§5, §14): find it.
    if (!(err instanceof ZenodoApiError) || err.status !== 400) throw err
    const concept = record.conceptrecid
    const pending = concept ? await findPendingDraft(api, concept) : undefined
    if (!pending) {
      throw new ExecuteError(
        `${err.message}\nA new-version draft of concept ${concept} already exists but could not be found in your depositions. ` +
          `Open ${record.links.html ?? 'the record'} on Zenodo, then publish or discard the pending new version, and re-run.`
      )
    }
    return { draft: await api.getDeposition(pending.id), created: false }
  }
}

/** PUTs the complete metadata unless the deposition already has exactly it. */
async function syncMetadata(dep: Deposition, ctx: ExecuteContext): Promise<Deposition> {
  const wanted = ctx.metadataFor(dep.metadata)
  if (canonical(ctx.comparable(dep.metadata)) === canonical(ctx.comparable(wanted))) {
    ctx.log.info(`Metadata of deposition ${dep.id} is already up to date.`)
    return dep.links.bucket ? dep : ctx.api.getDeposition(dep.id)
  }
  let updated: Deposition
  try {
    updated = await ctx.api.updateMetadata(dep.id, wanted)
  } catch (err) {
    if (!(err instanceof ZenodoApiError) || err.status !== 400) throw err
    throw err.reworded(`${err.message}
Fix these fields in the metadata (${ctx.metadataSource}) and re-run.`)
  }
  ctx.log.info(`Updated the metadata of deposition ${dep.id}.`)
  ctx.onDeposition(updated)
  return updated.links.bucket ? updated : ctx.api.getDeposition(dep.id)
}

/**
 * Deletes, uploads and records skips. Plans files again against the deposition as it is now,
 * since a new version's inherited files are only known once it exists.
 */
export async function transferFiles(
  dep: Deposition,
  local: FilePlan[],
  ctx: ExecuteContext
): Promise<{ outcomes: FileOutcome[]; errors: Error[] }> {
  const localFiles = local.flatMap((p) => (p.local ? [p.local] : []))
  const plans = planFiles(localFiles, ctx.localMd5, dep.files ?? [], ctx.deleteOld)
  const bucket = dep.links.bucket
  if (!bucket) throw new ExecuteError(`Zenodo gave no bucket link for deposition ${dep.id}; cannot upload.`)
  const outcomes: FileOutcome[] = []
  const record = (o: FileOutcome): void => {
    outcomes.push(o)
    ctx.onFile(o)
  }
  // Deletes first: the 100-file limit counts what is in the bucket at each upload.
  for (const p of plans.filter((p) => p.action === 'delete')) {
    await ctx.api.deleteFile(dep.id, bucket, p.name)
    ctx.log.info(`Deleted '${p.name}' (not part of this run).`)
    record({ name: p.name, size: p.size, md5: p.md5 ?? '', status: 'deleted' })
  }
  for (const p of plans.filter((p) => p.action === 'skip')) {
    ctx.log.info(`= ${p.name} is already there with the same MD5; skipped.`)
    record({ name: p.name, size: p.size, md5: p.md5 ?? '', status: 'skipped' })
  }
  // In a first-version draft nothing was inherited: a file with this name came from an earlier
  // run or from a sibling job (matrix fan-out), where a name clash would silently lose a part.
  if (!dep.conceptdoi) {
    for (const p of plans.filter((p) => p.action === 'replace')) {
      ctx.log.warning(
        `'${p.name}' is already in draft ${dep.id} with other content (from an earlier run, or from a parallel job ` +
          `uploading a file with the same name); it is replaced. Give parallel jobs distinct file names.`
      )
    }
  }
  const toSend = plans.flatMap((p) => ((p.action === 'upload' || p.action === 'replace') && p.local ? [p.local] : []))
  const { outcomes: sent, errors } = await uploadAll(ctx.api, dep.id, bucket, toSend, {
    ...ctx.upload,
    log: ctx.upload.log
  })
  for (const o of sent) record(o)
  return { outcomes, errors }
}

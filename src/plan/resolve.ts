// Reads the remote state to decide which deposition this run works on. Only GETs.

import { hasGithubMarker } from '../metadata/merge.js'
import type { GitHubContext } from '../github/context.js'
import { ZenodoApiError } from '../zenodo/errors.js'
import type { ZenodoApi } from '../zenodo/client.js'
import { isPublished, type Deposition } from '../zenodo/types.js'
import type { Target } from './plan.js'

export interface ResolveOptions {
  depositionId?: number
  github?: GitHubContext
  /** The title this run would give a new deposition: tells apart datasets archived from one ref. */
  title?: string
  /** Patterns matched nothing and that is allowed: create nothing. */
  readOnly: boolean
}

/** How many pages of 100 depositions a re-run searches for its own draft. */
const MAX_PAGES = 10

export async function resolveTarget(api: ZenodoApi, options: ResolveOptions): Promise<Target> {
  const { depositionId, github } = options
  if (options.readOnly) {
    return {
      kind: 'read-only',
      deposition: depositionId === undefined ? undefined : await readGiven(api, depositionId)
    }
  }
  if (depositionId !== undefined) {
    const given = await readGiven(api, depositionId)
    if (!isPublished(given) && given.state !== 'inprogress') {
      return { kind: 'draft', deposition: given, reason: `deposition-id ${depositionId}` }
    }
    return publishedTarget(api, given, `deposition-id ${depositionId}`)
  }
  if (github) {
    // A re-run finds what an earlier run of this repository and ref made, by the GitHub link
    // that every run writes into the metadata at creation (§14).
    const mine = await findOwn(api, github, options.title)
    const where = `${github.repository}@${github.refName}`
    const draft = mine.find((d) => d.state === 'unsubmitted')
    if (draft) {
      return {
        kind: 'draft',
        deposition: await api.getDeposition(draft.id),
        reason: `made by an earlier run for ${where}`
      }
    }
    const record = mine.find((d) => isPublished(d))
    if (record) return publishedTarget(api, record, `published by an earlier run for ${where}`, github)
  }
  return { kind: 'create' }
}

/** Depositions (every version) that carry this ref's GitHub link and, if known, this title. */
async function findOwn(api: ZenodoApi, github: GitHubContext, title: string | undefined): Promise<Deposition[]> {
  const found: Deposition[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await api.listDepositions({ size: 100, page, sort: 'newest', allversions: true })
    for (const d of batch) {
      const itsTitle = typeof d.metadata?.title === 'string' ? d.metadata.title : d.title
      // No title is a title too (""): a title-less run must not adopt a titled sibling's draft.
      if (hasGithubMarker(d.metadata, github) && (itsTitle ?? '') === (title ?? '')) found.push(d)
    }
    if (batch.length < 100) break
  }
  return found
}

/** Reads the deposition; an id that is no deposition may be a concept id (§14 redirect). */
async function readGiven(api: ZenodoApi, id: number): Promise<Deposition> {
  try {
    return await api.getDeposition(id)
  } catch (err) {
    if (err instanceof ZenodoApiError && (err.status === 403 || err.status === 410)) {
      throw err.reworded(`Input 'deposition-id': ${err.message}`)
    }
    if (!(err instanceof ZenodoApiError) || err.status !== 404) throw err
    const latest = await api.latestRecordId(id)
    if (latest === undefined || latest === id) {
      throw new ZenodoApiError(
        `Input 'deposition-id': no deposition, record or concept ${id} exists on this server. ` +
          `Check the id, and server-url/sandbox (sandbox and zenodo.org ids differ).`,
        404,
        'GET',
        '',
        err.body
      )
    }
    return api.getDeposition(latest)
  }
}

/** For a published record: reuse the concept's pending new-version draft, or make one. */
async function publishedTarget(
  api: ZenodoApi,
  record: Deposition,
  why: string,
  /** Set when the record was found by this ref's GitHub link rather than named. */
  github?: GitHubContext
): Promise<Target> {
  const concept = record.conceptrecid ? Number(record.conceptrecid) : undefined
  if (concept === undefined) return { kind: 'new-version', record: await api.getDeposition(record.id), reason: why }
  const latestId = (await api.latestRecordId(concept)) ?? record.id
  // Always read it whole: list entries lack links.bucket.
  const latest = await api.getDeposition(latestId)
  const pending = await findPendingDraft(api, concept)
  // Found by our link, the concept's pending draft is ours only if it carries our link too:
  // a draft another ref's run left is not this re-run's to fill.
  const foreign = pending && github && !hasGithubMarker(pending.metadata, github)
  if (pending && !foreign) {
    return {
      kind: 'draft',
      deposition: await api.getDeposition(pending.id),
      reason: `pending new version of concept ${concept}, left by an earlier run`
    }
  }
  // The record named (or made by this ref) may already be this release, even when newer ones exist.
  const own = record.id === latest.id ? undefined : await api.getDeposition(record.id)
  return {
    kind: 'new-version',
    record: latest,
    own,
    blockedBy: foreign ? pending : undefined,
    reason: `${why}; latest version of concept ${concept}`
  }
}

/** The concept's pending new-version draft (only one can exist), as the search lists it (§14). */
export async function findPendingDraft(api: ZenodoApi, concept: number | string): Promise<Deposition | undefined> {
  const versions = await api.listDepositions({ q: `conceptrecid:${concept}`, allversions: true, size: 100 })
  return versions.find((d) => d.state === 'unsubmitted' && String(d.conceptrecid) === String(concept))
}

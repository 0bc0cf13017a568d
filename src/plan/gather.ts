// The read-only phase: everything the plan needs to know about the server, read before the
// first write. Only reads; the identity module decides what belongs to the run.

import { belongs, sameSeries, type Identity } from '../identity.js'
import type { RemoteRecord, Repository } from '../repository/types.js'
import { PlanError, type RemoteState } from './plan.js'

export interface GatherRequest {
  /** `deposition-id` as given, if any. */
  depositionId?: string
  identity?: Identity
  /** Community slugs or ids the run asks for. */
  communities?: string[]
  /** `deposition-id: repository`: continue the concept of this repository's newest published record. */
  repositoryConcept?: boolean
  /** The checkout's tags: markers at these refs are releases. */
  tags?: ReadonlySet<string>
}

/**
 * The concept `deposition-id: repository` continues: the one this repository's newest published
 * record (any tag, this dataset) belongs to. None: the first run makes it. Records of several
 * concepts: the user must say which.
 */
async function repositoryConcept(
  repo: Repository,
  identity: Identity,
  tags?: ReadonlySet<string>
): Promise<RemoteRecord | undefined> {
  const series = (await repo.findByRepository(identity)).filter(
    (r) => r.state !== 'draft' && r.conceptId !== undefined && sameSeries(identity, r, tags)
  )
  const concepts = [...new Set(series.map((r) => r.conceptId as string))]
  if (concepts.length > 1) {
    const names = concepts.map((c) => {
      const r = series.find((x) => x.conceptId === c) as RemoteRecord
      return `concept ${c}${r.conceptDoi ? ` (${r.conceptDoi})` : ''}, '${r.title}'`
    })
    throw new PlanError(
      `deposition-id: repository found published records of ${identity.repositoryPrefix}` +
        `${identity.dataset ? ` (dataset ${identity.dataset})` : ''} in ${concepts.length} concepts: ${names.join('; ')}. ` +
        `Set deposition-id to the concept to continue, or give each series its own 'dataset' input.`
    )
  }
  return concepts.length === 1 ? repo.latestVersion(concepts[0]) : undefined
}

export async function gather(repo: Repository, request: GatherRequest): Promise<RemoteState> {
  let given = request.depositionId === undefined ? undefined : await repo.resolve(request.depositionId)
  let givenBy: string | undefined
  if (request.repositoryConcept && request.identity) {
    given = await repositoryConcept(repo, request.identity, request.tags)
    givenBy = given
      ? `deposition-id: repository (concept ${given.conceptId ?? given.id}, newest published record ${given.id})`
      : undefined
  }
  const own: RemoteRecord[] = []
  if (request.identity) {
    // The server filters by the marker; each hit is checked exactly (another dataset's marker,
    // or a longer URL that merely contains ours, is not ours).
    for (const hit of await repo.findByMarker(request.identity)) {
      if (!belongs(request.identity, hit)) continue
      // Search entries lack the bucket link: read drafts whole, since the run may write to them.
      own.push(hit.state === 'draft' ? await repo.read(hit.id) : hit)
    }
  }
  const conceptIds = new Set<string>()
  if (given?.conceptId && given.state !== 'draft') conceptIds.add(given.conceptId)
  for (const r of own) if (r.conceptId && r.state !== 'draft') conceptIds.add(r.conceptId)
  const concepts: RemoteState['concepts'] = new Map()
  for (const id of conceptIds) {
    concepts.set(id, { latest: await repo.latestVersion(id), pending: await repo.pendingDraft(id) })
  }
  // Unknown or invisible communities fail here, before any write.
  const communities: RemoteState['communities'] = []
  for (const ref of request.communities ?? []) {
    const c = await repo.communities.community(ref)
    if (!communities.some((k) => k.id === c.id)) communities.push(c)
  }
  // Drafts always: one under review must not be written to or published, whatever this run asks
  // for. Published records only when the run asks for communities (their inclusions).
  const communityStates: RemoteState['communityStates'] = new Map()
  const records = [given, ...own, ...[...concepts.values()].flatMap((c) => [c.latest, c.pending])]
  for (const r of records) {
    if (!r || communityStates.has(r.id) || (r.state !== 'draft' && communities.length === 0)) continue
    const state = await repo.communities.state(r)
    if (state.review) {
      state.review.community =
        communities.find((c) => c.id === state.review?.communityId) ??
        (await repo.communities.community(state.review.communityId).catch(() => undefined))
    }
    communityStates.set(r.id, state)
  }
  return { given, givenBy, own, concepts, readAt: repo.serverTime(), communities, communityStates }
}

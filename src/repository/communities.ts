// Communities through InvenioRDM's request endpoints, for both adapters: on zenodo.org a legacy
// deposition is the same record on the native routes, and the legacy `communities` field is
// never used (zenodo/zenodo-rdm `site/zenodo_rdm/legacy/services.py` swallows every error of
// its inclusion). The flows follow invenio-rdm-records: `services/review/service.py` (a review
// is attached to a draft, then submitted), `services/community_inclusion/service.py` and
// `services/communities/service.py` (POST /api/records/{id}/communities makes inclusion
// requests, accepted at once where the uploader may include directly).

import type { RemoteRecord } from './types.js'
import { ZenodoApiError } from '../zenodo/errors.js'
import type { SendResult } from '../zenodo/http.js'
import { json } from '../zenodo/api-client.js'
import type { RdmClient } from './rdm-client.js'

export interface Community {
  id: string
  slug: string
  title: string
}

/** A community known only by the id a request names (it could not be looked up): for messages. */
export function unnamedCommunity(id: string): Community {
  return { id, slug: id, title: id }
}

export interface CommunityRequest {
  id: string
  /** `community-submission` (a first version's review) or `community-inclusion`. */
  type: string
  /** created, submitted, accepted, declined, cancelled, expired. */
  status: string
  communityId: string
  /** The request's API URL, /api/requests/{id}. */
  url: string
  /** The receiving community, when gather looked it up (for messages). */
  community?: Community
}

export interface CommunityState {
  /** Ids of the communities the record's concept is in. */
  included: string[]
  /** The review attached to a draft: a first version's (the parent's), or a new version's own. */
  review?: CommunityRequest
  /** Requests whose topic is this record: inclusions, and the submission that published it. */
  requests: CommunityRequest[]
}

export interface InclusionResult {
  community: Community
  request?: CommunityRequest
  /** The server's reason for refusing to make the request. */
  refusal?: string
}

export interface Communities {
  /** By slug or id. Throws CommunityError naming it when the server does not show it. */
  community(ref: string): Promise<Community>
  state(record: RemoteRecord): Promise<CommunityState>
  /**
   * Attaches a review for `community` to the draft (none: submit the review already attached,
   * as a new-version review policy makes), then submits it. The answer is the request.
   */
  submitReview(draft: RemoteRecord, community: Community | undefined): Promise<CommunityRequest>
  /** Asks for a published record's inclusion in each community; refusals come back per community. */
  include(record: RemoteRecord, communities: Community[]): Promise<InclusionResult[]>
}

/** A community the run cannot use: unknown, not visible to the token, or refusing submissions. */
export class CommunityError extends ZenodoApiError {
  override name = 'CommunityError'
}

export const OPEN_STATUSES = new Set(['created', 'submitted'])

interface RequestJson {
  id?: string
  type?: string
  status?: string
  receiver?: { community?: string }
  links?: { self?: string }
}

interface RecordJson {
  is_published?: boolean
  parent?: { communities?: { ids?: string[] }; review?: RequestJson | null }
  review?: RequestJson | null
}

export class RdmCommunities implements Communities {
  private readonly cache = new Map<string, Community>()

  constructor(private readonly client: RdmClient) {}

  private request(r: RequestJson): CommunityRequest {
    const id = String(r.id ?? '')
    return {
      id,
      type: r.type ?? '',
      status: r.status ?? '',
      communityId: r.receiver?.community ?? '',
      url: `${this.client.api}/requests/${encodeURIComponent(id)}`
    }
  }

  async community(ref: string): Promise<Community> {
    const known = this.cache.get(ref)
    if (known) return known
    const r = await this.client.request<SendResult>({
      method: 'GET',
      url: `${this.client.api}/communities/${encodeURIComponent(ref)}`,
      context: { action: `looking up community '${ref}'` },
      ok: [200],
      parse: (x) => x,
      alreadyDone: (x) => (x.status === 404 || x.status === 403 || x.status === 410 ? x : undefined)
    })
    if (r.status !== 200) {
      throw new CommunityError(
        `Community '${ref}' ${r.status === 403 ? 'is restricted: this token may not see it' : 'does not exist on this server'} ` +
          `(HTTP ${r.status}). Check the slug in the 'community' input or in .zenodo.json's communities; ` +
          `it is the last part of the community's address (/communities/<slug>).`,
        r.status,
        'GET',
        '',
        ''
      )
    }
    const body = json<{ id?: string; slug?: string; metadata?: { title?: string } }>(r)
    const c = { id: String(body.id), slug: body.slug ?? ref, title: body.metadata?.title ?? body.slug ?? ref }
    this.cache.set(ref, c)
    this.cache.set(c.id, c)
    this.cache.set(c.slug, c)
    return c
  }

  async state(record: RemoteRecord): Promise<CommunityState> {
    const id = encodeURIComponent(record.id)
    const draft = record.state === 'draft'
    // A draft published meanwhile (by another run) has no draft any more: read the record then.
    const hit =
      (draft
        ? await this.client.find<RecordJson>(`/records/${id}/draft`, `reading the review of ${record.id}`)
        : undefined) ??
      (await this.client.find<RecordJson>(`/records/${id}`, `reading the communities of ${record.id}`))
    if (!hit) return { included: [], requests: [] }
    const review = draft && hit.is_published !== true ? (hit.review ?? hit.parent?.review ?? undefined) : undefined
    let requests: CommunityRequest[] = []
    if (record.state !== 'draft') {
      const found = await this.client.find<{ hits?: { hits?: RequestJson[] } }>(
        `/records/${id}/requests?size=100`,
        `listing the requests of record ${record.id}`
      )
      requests = (found?.hits?.hits ?? []).map((r) => this.request(r))
    }
    return {
      included: hit.parent?.communities?.ids ?? [],
      review: review?.id ? this.request(review) : undefined,
      requests
    }
  }

  async submitReview(draft: RemoteRecord, community: Community | undefined): Promise<CommunityRequest> {
    const id = encodeURIComponent(draft.id)
    const who = community ? `community '${community.slug}'` : 'the community'
    if (community) {
      // PUT replaces a review that was never submitted (a cancelled or expired one), so a retry is safe.
      await this.client.send(
        'PUT',
        `/records/${id}/draft/review`,
        `attaching a review by ${who} to draft ${draft.id}`,
        { type: 'community-submission', receiver: { community: community.id } },
        [200, 201]
      )
    }
    const submit = this.client.send<RequestJson>(
      'POST',
      `/records/${id}/draft/actions/submit-review`,
      `submitting draft ${draft.id} to ${who} for review`,
      { payload: { content: 'Submitted by the zenodo-upload GitHub Action.', format: 'html' } },
      [200, 202],
      {
        // An answer that never came: the review's status tells whether the submission landed.
        recover: async () => {
          const r = await this.client.find<RequestJson>(
            `/records/${id}/draft/review`,
            `reading the review of ${draft.id}`
          )
          return r && r.status !== 'created' ? r : undefined
        }
      }
    )
    let body: RequestJson
    try {
      body = await submit
    } catch (err) {
      // A refused submission leaves the review attached, and an attached review blocks publishing
      // and discarding: take back what this run attached, so the draft is as it was.
      if (community && err instanceof ZenodoApiError && err.status >= 400 && err.status < 500) {
        await this.client
          .send('DELETE', `/records/${id}/draft/review`, `removing the review of ${draft.id}`, undefined, [204, 200])
          .catch(() => undefined)
      }
      throw err
    }
    return this.request(body)
  }

  async include(record: RemoteRecord, communities: Community[]): Promise<InclusionResult[]> {
    if (communities.length === 0) return []
    const body = await this.client.send<{
      processed?: Array<{ community_id?: string; request?: RequestJson; request_id?: string }>
      errors?: Array<{ community_id?: string; message?: string }>
    }>(
      'POST',
      `/records/${encodeURIComponent(record.id)}/communities`,
      `asking for the inclusion of record ${record.id} in ${communities.map((c) => `'${c.slug}'`).join(', ')}`,
      { communities: communities.map((c) => ({ id: c.id })) },
      [200, 201],
      // Every community refused: the body says why, per community.
      { alreadyDone: (r) => (r.status === 400 ? (json(r) as never) : undefined) }
    )
    const of = (ref: string | undefined): Community | undefined =>
      communities.find((c) => c.id === ref || c.slug === ref)
    const results: InclusionResult[] = []
    for (const p of body.processed ?? []) {
      const c = of(p.community_id)
      if (c) results.push({ community: c, request: p.request ? this.request(p.request) : undefined })
    }
    for (const e of body.errors ?? []) {
      const c = of(e.community_id)
      if (c) results.push({ community: c, refusal: e.message ?? 'refused' })
    }
    for (const c of communities) {
      if (!results.some((r) => r.community === c))
        results.push({ community: c, refusal: 'the server did not answer for it' })
    }
    return results
  }
}

// Communities, review requests and inclusion requests of the native API, after upstream's
// services: invenio-rdm-records services/review/service.py (review create, update, delete,
// submit), services/components/review.py (a draft with an open review can be neither deleted
// nor published; new-version reviews), services/community_inclusion/service.py (accepted at
// once when the uploader may include directly), requests/community_submission.py and
// requests/community_inclusion.py (what accept and decline do), services/communities/service.py
// (POST /api/records/{id}/communities); permissions from invenio-communities permissions.py
// (can_submit_record, can_include_directly).
import { randomUUID } from 'node:crypto'
import type {
  FakeCommunityOptions,
  FakeCommunityRole,
  FakeCommunityView,
  FakeInstanceConfig,
  FakeRequestView,
  FakeUser
} from './types.js'
import type { Ctx } from './http.js'
import type { Meta } from './metadata.js'
import {
  type Community,
  type Dep,
  type RequestRec,
  type Store,
  draftDoc,
  isPublished,
  latestPublished,
  reviewOf,
  versionIndex
} from './store.js'
import { checkDoc } from './rdm-metadata.js'
import { ApiError, MSG, isoNow, validationError } from './util.js'

export interface ReviewHost {
  store: Store
  base: string
  now(): number
  cfg(): FakeInstanceConfig
  /** Validates and publishes a draft (throws the publish errors). */
  publish(dep: Dep, user: FakeUser | undefined): Promise<void>
  recordJson(dep: Dep): Meta
  readJson(ctx: Ctx): Promise<unknown>
  canReadRecord(user: FakeUser | undefined, dep: Dep): boolean
}

const isObj = (v: unknown): v is Meta => typeof v === 'object' && v !== null && !Array.isArray(v)
const denied = (): ApiError => new ApiError(403, MSG.denied)
const MEMBERS_ONLY = 'Submission to this community is only allowed to community members.'
const AUTO_ACCEPTED =
  'This request has been automatically accepted, as the uploader can submit to community directly without review.'
const OPEN = new Set(['submitted'])
const CLOSED = new Set(['accepted', 'declined', 'cancelled', 'expired'])

export class Reviews {
  constructor(private readonly h: ReviewHost) {}

  private get store(): Store {
    return this.h.store
  }

  private now(): string {
    return isoNow(this.h.now())
  }

  // ---- communities ------------------------------------------------------------------------

  addCommunity(opts: FakeCommunityOptions): Community {
    if (!/^[a-z0-9_-]+$/i.test(opts.slug)) throw new Error(`addCommunity: bad slug ${opts.slug}`)
    if (this.find(opts.slug) !== undefined) throw new Error(`addCommunity: slug ${opts.slug} exists`)
    const now = this.now()
    const c: Community = {
      id: opts.id ?? randomUUID(),
      slug: opts.slug,
      title: opts.title ?? opts.slug,
      owner: opts.owner ?? 4,
      visibility: opts.visibility ?? 'public',
      submissionPolicy: opts.submissionPolicy ?? 'open',
      reviewPolicy: opts.reviewPolicy ?? 'closed',
      members: new Map([[opts.owner ?? 4, 'owner']]),
      created: now,
      updated: now
    }
    for (const m of opts.members ?? []) c.members.set(m.user, m.role)
    this.store.communities.set(c.id, c)
    return c
  }

  /** By id or slug (communities resolve either, PIDSlugField). */
  find(idOrSlug: string): Community | undefined {
    return this.store.communities.get(idOrSlug) ?? [...this.store.communities.values()].find((c) => c.slug === idOrSlug)
  }

  addMember(idOrSlug: string, user: number, role: FakeCommunityRole): void {
    const c = this.find(idOrSlug)
    if (c === undefined) throw new Error(`addCommunityMember: no community ${idOrSlug}`)
    c.members.set(user, role)
  }

  view(c: Community): FakeCommunityView {
    return {
      id: c.id,
      slug: c.slug,
      title: c.title,
      owner: c.owner,
      visibility: c.visibility,
      submissionPolicy: c.submissionPolicy,
      reviewPolicy: c.reviewPolicy,
      members: [...c.members].map(([user, role]) => ({ user, role }))
    }
  }

  requestView(r: RequestRec): FakeRequestView {
    return {
      id: r.id,
      number: r.number,
      type: r.type,
      status: r.status,
      receiver: r.receiver,
      topic: r.topic.pid,
      createdBy: r.createdBy
    }
  }

  private role(c: Community, user: FakeUser | undefined): FakeCommunityRole | undefined {
    return user === undefined ? undefined : c.members.get(user.id)
  }

  private isCurator(c: Community, user: FakeUser | undefined): boolean {
    if (user?.superuser === true) return true
    const role = this.role(c, user)
    return role === 'owner' || role === 'manager' || role === 'curator'
  }

  /** can_submit_record: members only when closed or restricted, else any authenticated user. */
  private canSubmit(c: Community, user: FakeUser | undefined): boolean {
    if (user === undefined) return false
    if (user.superuser === true) return true
    const member = this.role(c, user) !== undefined
    if (c.submissionPolicy === 'closed' || c.visibility === 'restricted') return member
    return true
  }

  /** can_include_directly: review_policy closed = nobody, open = curators, members = any member. */
  private canIncludeDirectly(c: Community, user: FakeUser | undefined): boolean {
    if (c.reviewPolicy === 'closed' || user === undefined) return false
    if (user.superuser === true) return true
    if (c.reviewPolicy === 'open') return this.isCurator(c, user)
    return this.role(c, user) !== undefined
  }

  private canReadCommunity(c: Community, user: FakeUser | undefined): boolean {
    return c.visibility === 'public' || user?.superuser === true || this.role(c, user) !== undefined
  }

  communityJson(c: Community): Meta {
    const self = `${this.h.base}/api/communities/${c.id}`
    return {
      id: c.id,
      slug: c.slug,
      created: c.created,
      updated: c.updated,
      revision_id: 1,
      metadata: { title: c.title, type: { id: 'topic' } },
      access: {
        visibility: c.visibility,
        members_visibility: 'public',
        member_policy: 'open',
        record_submission_policy: c.submissionPolicy,
        review_policy: c.reviewPolicy
      },
      custom_fields: {},
      children: { allow: false },
      deletion_status: { is_deleted: false, status: 'P' },
      links: {
        self,
        self_html: `${this.h.base}/communities/${c.slug}`,
        records: `${self}/records`,
        members: `${self}/members`,
        requests: `${self}/requests`
      }
    }
  }

  // ---- requests ---------------------------------------------------------------------------

  private requestUrl(r: RequestRec): string {
    return `${this.h.base}/api/requests/${r.id}`
  }

  requestJson(r: RequestRec, user: FakeUser | undefined): Meta {
    const self = this.requestUrl(r)
    const c = this.store.communities.get(r.receiver)
    const actions: Meta = {}
    const creator = user !== undefined && (user.id === r.createdBy || user.superuser === true)
    if (r.status === 'created' && creator) actions.submit = `${self}/actions/submit`
    if (r.status === 'submitted') {
      if (creator) actions.cancel = `${self}/actions/cancel`
      if (c !== undefined && this.isCurator(c, user)) {
        actions.accept = `${self}/actions/accept`
        actions.decline = `${self}/actions/decline`
      }
    }
    return {
      id: r.id,
      number: r.number,
      type: r.type,
      title: r.title,
      description: null,
      status: r.status,
      is_open: OPEN.has(r.status),
      is_closed: CLOSED.has(r.status),
      is_expired: r.status === 'expired',
      expires_at: null,
      created: r.created,
      updated: r.updated,
      revision_id: r.revision,
      created_by: { user: String(r.createdBy) },
      receiver: { community: r.receiver },
      topic: { record: r.topic.pid },
      links: {
        self,
        self_html: `${this.h.base}/requests/${r.id}`,
        comments: `${self}/comments`,
        timeline: `${self}/timeline`,
        actions
      }
    }
  }

  private newRequest(type: RequestRec['type'], dep: Dep, user: FakeUser, c: Community): RequestRec {
    const now = this.now()
    const r: RequestRec = {
      id: randomUUID(),
      number: this.store.nextRequestNumber(),
      type,
      status: 'created',
      title: '',
      createdBy: user.id,
      receiver: c.id,
      topic: dep,
      created: now,
      updated: now,
      revision: 1,
      events: []
    }
    this.store.requests.set(r.id, r)
    return r
  }

  private setStatus(r: RequestRec, status: RequestRec['status']): void {
    r.status = status
    r.updated = this.now()
    r.revision++
  }

  private event(r: RequestRec, type: 'C' | 'L', payload: Meta, by?: number): void {
    r.events.push({ id: randomUUID(), type, payload, createdBy: by, created: this.now() })
  }

  /** A comment from an action's body ({"payload": {"content", "format"}}), if it has content. */
  private comment(r: RequestRec, body: unknown, by: number | undefined): void {
    const payload = isObj(body) && isObj(body.payload) ? body.payload : undefined
    if (payload !== undefined && typeof payload.content === 'string' && payload.content !== '') {
      this.event(r, 'C', { content: payload.content, format: payload.format ?? 'html' }, by)
    }
  }

  private canReadRequest(r: RequestRec, user: FakeUser | undefined): boolean {
    if (user === undefined) return false
    if (user.superuser === true || user.id === r.createdBy || user.id === r.topic.owner) return true
    const c = this.store.communities.get(r.receiver)
    return c !== undefined && this.isCurator(c, user)
  }

  /** The curators of a community reviewing this draft may read it while the review is open. */
  isReviewer(user: FakeUser, dep: Dep): boolean {
    const r = reviewOf(dep)
    if (r === undefined || r.status !== 'submitted') return false
    const c = this.store.communities.get(r.receiver)
    return c !== undefined && this.isCurator(c, user)
  }

  // ---- reviews of drafts ------------------------------------------------------------------

  /** Validates a review body ({type, receiver: {community}}) and resolves its community. */
  checkReviewInput(review: unknown): Community {
    if (!isObj(review)) throw validationError([{ field: 'parent.review', messages: ['Invalid input type.'] }])
    if (review.type !== 'community-submission') {
      throw validationError([{ field: 'type', messages: ['Invalid review type.'] }])
    }
    const receiver = isObj(review.receiver) ? review.receiver.community : undefined
    if (typeof receiver !== 'string') throw validationError([{ field: 'receiver', messages: ['Invalid receiver.'] }])
    const c = this.find(receiver)
    if (c === undefined) throw new ApiError(404, 'Community not found.')
    return c
  }

  /** ReviewService.create: only an unpublished first version, unless allowed for a new version. */
  createReview(dep: Dep, user: FakeUser, c: Community, allowNewVersion = false): RequestRec {
    if (reviewOf(dep) !== undefined) throw new ApiError(400, 'A review already exists for this record')
    if (isPublished(dep)) throw new ApiError(400, 'You cannot create a review for an already published record.')
    const first = versionIndex(dep) === 1
    if (!first && !allowNewVersion) {
      throw new ApiError(400, 'You cannot create a review for a new version of a published record.')
    }
    const r = this.newRequest('community-submission', dep, user, c)
    if (first) dep.concept.review = r
    else dep.review = r
    return r
  }

  private detach(dep: Dep, r: RequestRec): void {
    if (dep.review === r) dep.review = undefined
    if (dep.concept.review === r) dep.concept.review = undefined
  }

  private requireManage(ctx: Ctx, dep: Dep): FakeUser {
    const user = ctx.user
    if (user === undefined || (user.superuser !== true && user.id !== dep.owner)) throw denied()
    return user
  }

  readReview(ctx: Ctx, dep: Dep): void {
    const user = this.requireManage(ctx, dep)
    const r = reviewOf(dep)
    if (r === undefined) throw new ApiError(404, 'Review for draft not found')
    ctx.json(200, this.requestJson(r, user))
  }

  async putReview(ctx: Ctx, dep: Dep): Promise<void> {
    const body = await this.h.readJson(ctx)
    const user = this.requireManage(ctx, dep)
    const c = this.checkReviewInput(body)
    const existing = reviewOf(dep)
    if (existing !== undefined) this.removeReview(dep, existing)
    const r = this.createReview(dep, user, c)
    this.store.touch(dep)
    ctx.json(200, this.requestJson(r, user))
  }

  /** ReviewService.delete: an open review stays; a never-submitted one is deleted outright. */
  private removeReview(dep: Dep, r: RequestRec): void {
    if (isPublished(dep) && dep.draft === undefined) {
      throw new ApiError(400, 'You cannot delete a review for a draft that has already been published.')
    }
    if (OPEN.has(r.status)) throw new ApiError(400, 'An open review cannot be deleted.')
    if (r.status === 'created') {
      r.status = 'deleted'
      this.store.requests.delete(r.id)
    }
    this.detach(dep, r)
  }

  async deleteReview(ctx: Ctx, dep: Dep): Promise<void> {
    this.requireManage(ctx, dep)
    const r = reviewOf(dep)
    if (r === undefined) throw new ApiError(404, 'Review for draft not found')
    this.removeReview(dep, r)
    this.store.touch(dep)
    ctx.send(204, undefined)
  }

  /** ReviewComponent.delete_draft. */
  beforeDeleteDraft(dep: Dep): void {
    const r = reviewOf(dep)
    if (r === undefined) return
    if (OPEN.has(r.status)) {
      throw new ApiError(400, 'You cannot delete a draft with an open review. Please cancel the review first.')
    }
    if (r.status === 'created') {
      r.status = 'deleted'
      this.store.requests.delete(r.id)
    }
    this.detach(dep, r)
  }

  /** ReviewComponent.publish: a review that is not closed blocks publishing. */
  checkPublish(dep: Dep): void {
    const r = reviewOf(dep)
    if (r !== undefined && !CLOSED.has(r.status)) {
      throw new ApiError(
        400,
        'You cannot publish a draft with an open review request. Please cancel the review request first.'
      )
    }
  }

  /** ReviewComponent.new_version: the instance's policy may attach a review to the parent's default community. */
  onNewVersion(draft: Dep, user: FakeUser): void {
    const def = draft.concept.communities[0]
    const c = def !== undefined ? this.store.communities.get(def) : undefined
    if (c === undefined) return
    const policy = this.h.cfg().newVersionReviewPolicy
    const requires = typeof policy === 'function' ? policy(user.id) : policy === 'always'
    if (requires) this.createReview(draft, user, c, true)
  }

  /** POST …/draft/actions/submit-review (ReviewService.submit). */
  async submit(ctx: Ctx, dep: Dep): Promise<void> {
    const body = await this.h.readJson(ctx)
    const r = reviewOf(dep)
    if (r === undefined) throw new ApiError(404, 'Review for draft not found')
    const user = this.requireManage(ctx, dep)
    const c = this.store.communities.get(r.receiver)
    if (c === undefined) throw new ApiError(404, 'Community not found.')
    if (!this.canSubmit(c, user)) throw new ApiError(403, MEMBERS_ONLY)
    if (r.status !== 'created') throw new ApiError(400, "Error for action 'submit': Could not execute the action")
    // SubmitAction: the draft must validate; the record's title becomes the request's.
    const doc = draftDoc(dep)
    const errors = doc !== undefined ? checkDoc(doc) : []
    if (errors.length > 0) throw validationError(errors)
    r.title = String((doc?.metadata.title as string | undefined) ?? '')
    const events = r.events.length
    this.setStatus(r, 'submitted')
    this.comment(r, body, user.id)
    if (this.canIncludeDirectly(c, user)) {
      try {
        await this.accept(r, undefined, undefined)
        this.event(r, 'C', { content: AUTO_ACCEPTED, format: 'html' })
      } catch (err) {
        // One unit of work upstream: a failed publish undoes the submission too.
        r.events.length = events
        this.setStatus(r, 'created')
        throw err
      }
    }
    this.store.touch(dep)
    ctx.json(202, this.requestJson(r, user))
  }

  /** AcceptAction of a submission (publishes the draft) or an inclusion (adds the community). */
  async accept(r: RequestRec, by: FakeUser | undefined, body: unknown): Promise<void> {
    const c = this.store.communities.get(r.receiver) as Community
    const dep = r.topic
    if (r.status !== 'submitted') throw new ApiError(400, "Error for action 'accept': Could not execute the action")
    const doc = r.type === 'community-submission' ? draftDoc(dep) : undefined
    const recordPublic = (doc ?? undefined)?.access.record !== 'restricted'
    if (c.visibility === 'restricted' && recordPublic && r.type === 'community-submission') {
      throw new ApiError(400, 'A public record cannot be included in a restricted community.')
    }
    if (r.type === 'community-submission') {
      const first = versionIndex(dep) === 1
      this.detach(dep, r)
      try {
        await this.h.publish(dep, by)
      } catch (err) {
        if (first) dep.concept.review = r
        else dep.review = r
        throw err
      }
      if (first && !dep.concept.communities.includes(c.id)) dep.concept.communities.unshift(c.id)
    } else if (!dep.concept.communities.includes(c.id)) {
      dep.concept.communities.push(c.id)
    }
    this.setStatus(r, 'accepted')
    this.event(r, 'L', { event: 'accepted' }, by?.id)
    this.comment(r, body, by?.id)
    this.store.reindex(dep.concept)
  }

  decline(r: RequestRec, by: FakeUser | undefined, body: unknown): void {
    if (r.status !== 'submitted') throw new ApiError(400, "Error for action 'decline': Could not execute the action")
    this.setStatus(r, 'declined')
    this.event(r, 'L', { event: 'declined' }, by?.id)
    this.comment(r, body, by?.id)
    this.store.reindex(r.topic.concept)
  }

  private cancel(r: RequestRec, by: FakeUser, body: unknown): void {
    if (r.status !== 'submitted') throw new ApiError(400, "Error for action 'cancel': Could not execute the action")
    this.setStatus(r, 'cancelled')
    this.event(r, 'L', { event: 'cancelled' }, by.id)
    this.comment(r, body, by.id)
    if (r.type === 'community-submission') this.detach(r.topic, r)
    this.store.reindex(r.topic.concept)
  }

  // ---- record communities (inclusion requests) --------------------------------------------

  recordCommunities(ctx: Ctx, dep: Dep): void {
    if (!this.h.canReadRecord(ctx.user, dep)) throw denied()
    const list = dep.concept.communities
      .map((id) => this.store.communities.get(id))
      .filter((c): c is Community => c !== undefined)
    ctx.json(200, { hits: { hits: list.map((c) => this.communityJson(c)), total: list.length }, aggregations: {} })
  }

  /** POST /api/records/{id}/communities (RecordCommunitiesService.add). */
  async addCommunities(ctx: Ctx, dep: Dep): Promise<void> {
    const body = await this.h.readJson(ctx)
    const user = this.requireManage(ctx, dep)
    const wanted = isObj(body) && Array.isArray(body.communities) ? body.communities : undefined
    if (wanted === undefined || wanted.length === 0) {
      throw validationError([{ field: 'communities', messages: ['Missing data for required field.'] }])
    }
    if (wanted.length > 10) {
      throw validationError([{ field: 'communities', messages: ['Too many communities passed, 10 max allowed.'] }])
    }
    const processed: Meta[] = []
    const errors: Meta[] = []
    for (const w of wanted) {
      const id = isObj(w) && typeof w.id === 'string' ? w.id : undefined
      if (id === undefined) {
        errors.push({ community_id: null, message: 'Missing data for required field.' })
        continue
      }
      const result: Meta = { community_id: id }
      const c = this.find(id)
      try {
        if (c === undefined) throw new ApiError(404, 'Community not found.')
        if (!this.canSubmit(c, user)) throw new ApiError(403, MEMBERS_ONLY)
        if (dep.concept.communities.includes(c.id)) {
          throw new ApiError(400, 'The record is already included in this community.')
        }
        const open = [...this.store.requests.values()].some(
          (r) =>
            r.type === 'community-inclusion' &&
            r.receiver === c.id &&
            // CommunityInclusion._exists: by topic.record, i.e. per version, as upstream.
            r.topic === dep &&
            OPEN.has(r.status)
        )
        if (open) throw new ApiError(400, 'There is already an open inclusion request for this community.')
        const r = this.newRequest('community-inclusion', dep, user, c)
        r.title = String((latestPublished(dep.concept)?.record?.title as string | undefined) ?? '')
        this.setStatus(r, 'submitted')
        if (isObj(w) && isObj(w.comment)) this.comment(r, { payload: w.comment }, user.id)
        const requireReview = isObj(w) && w.require_review === true
        if (!requireReview && this.canIncludeDirectly(c, user)) {
          if (c.visibility === 'restricted' && this.h.canReadRecord(undefined, dep)) {
            this.store.requests.delete(r.id)
            throw new ApiError(400, 'A public record cannot be included in a restricted community.')
          }
          await this.accept(r, undefined, undefined)
          this.event(r, 'C', { content: AUTO_ACCEPTED, format: 'html' })
        }
        result.request_id = r.id
        result.request = this.requestJson(r, user)
        processed.push(result)
      } catch (err) {
        if (!(err instanceof ApiError)) throw err
        result.message = err.message
        errors.push(result)
      }
    }
    this.store.reindex(dep.concept)
    const out: Meta = {}
    if (processed.length > 0) out.processed = processed
    if (errors.length > 0) out.errors = errors
    ctx.json(processed.length > 0 ? 200 : 400, out)
  }

  recordRequests(ctx: Ctx, dep: Dep): void {
    const user = this.requireManage(ctx, dep)
    // RecordRequestsService.search filters by topic.record: this version's requests only.
    const list = [...this.store.requests.values()].filter((r) => r.topic === dep)
    ctx.json(200, { hits: { hits: list.map((r) => this.requestJson(r, user)), total: list.length }, aggregations: {} })
  }

  // ---- routes: /api/requests, /api/communities ---------------------------------------------

  async route(ctx: Ctx, method: string, seg: string[]): Promise<boolean> {
    const n = seg.length
    const allow = (...methods: string[]): void => {
      if (!methods.includes(method)) throw new ApiError(405, MSG.methodNotAllowed)
    }
    if (seg[1] === 'requests' && n >= 3) {
      const r = this.store.requests.get(seg[2])
      if (r === undefined) throw new ApiError(404, MSG.notFound)
      if (n === 3) {
        allow('GET')
        if (!this.canReadRequest(r, ctx.user)) throw denied()
        ctx.json(200, this.requestJson(r, ctx.user))
        return true
      }
      if (n === 4 && seg[3] === 'timeline') {
        allow('GET')
        if (!this.canReadRequest(r, ctx.user)) throw denied()
        ctx.json(200, {
          hits: { hits: r.events.map((e) => this.eventJson(r, e)), total: r.events.length },
          sortBy: 'oldest',
          links: { self: `${this.requestUrl(r)}/timeline?page=1&size=25&sort=oldest` }
        })
        return true
      }
      if (n === 4 && seg[3] === 'comments') {
        allow('POST')
        const body = await this.h.readJson(ctx)
        if (!this.canReadRequest(r, ctx.user)) throw denied()
        this.comment(r, body, ctx.user?.id)
        ctx.json(201, this.eventJson(r, r.events[r.events.length - 1]))
        return true
      }
      if (n === 5 && seg[3] === 'actions') {
        allow('POST')
        return await this.action(ctx, r, seg[4])
      }
      return false
    }
    if (seg[1] === 'communities') {
      if (n === 2) {
        allow('GET')
        this.searchCommunities(ctx)
        return true
      }
      const c = this.find(seg[2])
      if (c === undefined) throw new ApiError(404, MSG.pidMissing)
      if (!this.canReadCommunity(c, ctx.user)) throw denied()
      if (n === 3) {
        allow('GET')
        ctx.json(200, this.communityJson(c))
        return true
      }
      if (n === 4 && seg[3] === 'records') {
        allow('GET')
        const hits = [...this.store.deps.values()]
          .filter(
            (d) =>
              isPublished(d) &&
              d.deleted === undefined &&
              d.concept.communities.includes(c.id) &&
              latestPublished(d.concept) === d &&
              this.h.canReadRecord(ctx.user, d)
          )
          .sort((a, b) => b.created.localeCompare(a.created))
        ctx.json(200, {
          hits: { hits: hits.map((d) => this.h.recordJson(d)), total: hits.length },
          aggregations: {},
          sortBy: 'newest',
          links: { self: `${this.h.base}/api/communities/${c.id}/records?page=1&size=25&sort=newest` }
        })
        return true
      }
      return false
    }
    return false
  }

  private eventJson(r: RequestRec, e: RequestRec['events'][number]): Meta {
    return {
      id: e.id,
      type: e.type,
      payload: e.payload,
      created_by: { user: e.createdBy === undefined ? 'system' : String(e.createdBy) },
      created: e.created,
      updated: e.created,
      revision_id: 1,
      links: { self: `${this.requestUrl(r)}/comments/${e.id}` }
    }
  }

  private async action(ctx: Ctx, r: RequestRec, name: string): Promise<boolean> {
    const body = await this.h.readJson(ctx)
    const user = ctx.user
    if (user === undefined) throw denied()
    const c = this.store.communities.get(r.receiver)
    if (name === 'accept' || name === 'decline') {
      if (c === undefined || !this.isCurator(c, user)) throw denied()
      if (name === 'accept') await this.accept(r, user, body)
      else this.decline(r, user, body)
    } else if (name === 'cancel') {
      if (user.id !== r.createdBy && user.superuser !== true) throw denied()
      this.cancel(r, user, body)
    } else if (name === 'submit') {
      throw new ApiError(400, "Error for action 'submit': Could not execute the action")
    } else {
      throw new ApiError(400, `Error for action '${name}': No such action available`)
    }
    ctx.json(200, this.requestJson(r, user))
    return true
  }

  private searchCommunities(ctx: Ctx): void {
    const q = (ctx.url.searchParams.get('q') ?? '').trim().toLowerCase()
    const m = /^(slug|id):"?([^"]*)"?$/.exec(q)
    const hits = [...this.store.communities.values()].filter((c) => {
      if (!this.canReadCommunity(c, ctx.user)) return false
      if (m !== null) return m[1] === 'slug' ? c.slug.toLowerCase() === m[2] : c.id === m[2]
      return q === '' || c.slug.toLowerCase().includes(q) || c.title.toLowerCase().includes(q)
    })
    ctx.json(200, { hits: { hits: hits.map((c) => this.communityJson(c)), total: hits.length }, aggregations: {} })
  }
}

// The native records API of the fake (InvenioRDM's /api/records, /api/user/records and the
// draft and record files), on the same store as the legacy deposit API. Behaviour follows
// upstream: invenio-rdm-records resources/ and services/, invenio-drafts-resources (drafts,
// versions, files-import), invenio-records-resources (files, transfers L and M). On the zenodo
// flavor plain application/json answers in Zenodo's ZenodoJSON shape (zenodo/zenodo-rdm
// site/zenodo_rdm/resources.py); application/vnd.inveniordm.v1+json gives the native JSON.
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import type { FakeFlavor, FakeInstanceConfig, FakeUser } from './types.js'
import { type Ctx, Aborted, firstAccept } from './http.js'
import type { Meta } from './metadata.js'
import { type RdmDoc, type Vocabularies, checkDoc, loadDraft, rdmToLegacy } from './rdm-metadata.js'
import {
  type Dep,
  type IndexDoc,
  type PendingFile,
  type RequestRec,
  type Store,
  type StoredFile,
  draftDoc,
  isPublished,
  latestPublished,
  nextSeq,
  recordDoc,
  recordFilesOf,
  reviewOf,
  unlinkQuiet,
  versionIndex
} from './store.js'
import { type Term, keywordMatch, matchTerm, parseQuery } from './search.js'
import { Reviews } from './communities.js'
import { ApiError, MSG, type FieldError, guessMime, isoNow, quoteKey, todayUtc, validationError } from './util.js'
import { streamZip } from './zip.js'

const VND = 'application/vnd.inveniordm.v1+json'
const OCTET = 'application/octet-stream'
const MAX_RESULTS = 10000

/** What the native API needs from its server. */
export interface RdmHost {
  readonly store: Store
  readonly flavor: FakeFlavor
  readonly doiLinkBase: string
  readonly vocab: Vocabularies
  cfg(): FakeInstanceConfig
  now(): number
  readJson(ctx: Ctx): Promise<unknown>
  readBody(ctx: Ctx, limit: number): Promise<Buffer>
  /** The zenodo flavor's ZenodoJSON routes, kept as the legacy handlers serve them. */
  legacy: {
    readRecord(ctx: Ctx, id: string): void
    listVersions(ctx: Ctx, id: string): void
    formats(ctx: Ctx, method: string, id: string, recordUrl: boolean): Promise<void>
  }
}

const isObj = (v: unknown): v is Meta => typeof v === 'object' && v !== null && !Array.isArray(v)
const denied = (): ApiError => new ApiError(403, MSG.denied)
const noFile = (d: Dep, key: string): ApiError => new ApiError(404, `Record '${d.pid}' has no file '${key}'.`)

export class RdmApi {
  readonly reviews: Reviews

  constructor(private readonly h: RdmHost) {
    this.reviews = new Reviews({
      store: h.store,
      now: () => h.now(),
      cfg: () => h.cfg(),
      base: h.store.base,
      publish: async (dep, user) => {
        await this.publishDraft(dep, user)
      },
      recordJson: (dep) => this.recordJson(dep, 'record'),
      readJson: async (ctx) => await h.readJson(ctx),
      canReadRecord: (user, dep) => this.canReadRecord(user, dep)
    })
    h.store.nativeSerializer = (d) => {
      const out: Meta = {}
      if (d.draft !== undefined) out.draft = this.recordJson(d, 'draft')
      if (isPublished(d)) out.record = this.recordJson(d, 'record')
      return out
    }
  }

  private get store(): Store {
    return this.h.store
  }

  private get base(): string {
    return this.h.store.base
  }

  private today(): string {
    return todayUtc(this.h.now())
  }

  // ---- routing ----------------------------------------------------------------------------

  /** seg: the decoded path segments (seg[0] === 'api'). */
  async route(ctx: Ctx, method: string, seg: string[]): Promise<boolean> {
    const n = seg.length
    const allow = (...methods: string[]): void => {
      if (!methods.includes(method)) throw new ApiError(405, MSG.methodNotAllowed)
    }
    if (seg[1] === 'user' && seg[2] === 'records' && n === 3) {
      allow('GET')
      this.userRecords(ctx)
      return true
    }
    if (seg[1] === 'requests' || seg[1] === 'communities') return await this.reviews.route(ctx, method, seg)
    if (seg[1] !== 'records') return false
    if (n === 2) {
      allow('GET', 'POST')
      if (method === 'GET') this.searchRecords(ctx)
      else await this.create(ctx)
      return true
    }
    const id = seg[2]
    if (n === 3) {
      allow('GET')
      this.readRecord(ctx, id)
      return true
    }
    const sub = seg[3]
    if (sub === 'draft') return await this.draftRoutes(ctx, method, id, seg.slice(4))
    if (sub === 'versions') {
      if (n === 4) {
        allow('GET', 'POST')
        if (method === 'GET') this.listVersions(ctx, id)
        else await this.newVersion(ctx, id)
        return true
      }
      if (n === 5 && seg[4] === 'latest') {
        allow('GET')
        this.latestVersion(ctx, id)
        return true
      }
      return false
    }
    if (sub === 'files') {
      // A published record's files are read-only: no route for writes.
      allow('GET')
      this.recordFiles(ctx, id, seg.slice(4))
      return true
    }
    if (sub === 'files-archive' && n === 4) {
      allow('GET')
      const dep = this.publishedForFiles(ctx, id)
      this.archive(ctx, dep, recordFilesOf(dep))
      return true
    }
    if (sub === 'delete' && n === 4) {
      allow('DELETE')
      await this.adminDelete(ctx, id)
      return true
    }
    if (sub === 'communities' && n === 4) {
      allow('GET', 'POST')
      if (method === 'GET') this.reviews.recordCommunities(ctx, this.published(id))
      else await this.reviews.addCommunities(ctx, this.published(id))
      return true
    }
    if (sub === 'requests' && n === 4) {
      allow('GET')
      this.reviews.recordRequests(ctx, this.resolve(id))
      return true
    }
    if (sub === 'formats' && n === 4 && this.h.flavor === 'zenodo') {
      await this.h.legacy.formats(ctx, method, id, true)
      return true
    }
    return false
  }

  private async draftRoutes(ctx: Ctx, method: string, id: string, rest: string[]): Promise<boolean> {
    const allow = (...methods: string[]): void => {
      if (!methods.includes(method)) throw new ApiError(405, MSG.methodNotAllowed)
    }
    if (rest.length === 0) {
      allow('GET', 'PUT', 'DELETE', 'POST')
      if (method === 'GET') this.readDraft(ctx, id)
      else if (method === 'PUT') await this.updateDraft(ctx, id)
      else if (method === 'DELETE') await this.deleteDraft(ctx, id)
      else await this.edit(ctx, id)
      return true
    }
    const [head, ...tail] = rest
    if (head === 'actions' && tail.length === 1) {
      allow('POST')
      if (tail[0] === 'publish') await this.publish(ctx, id)
      else if (tail[0] === 'files-import') await this.filesImport(ctx, id)
      else if (tail[0] === 'submit-review') await this.reviews.submit(ctx, this.draftOf(id))
      else return false
      return true
    }
    if (head === 'review' && tail.length === 0) {
      allow('GET', 'PUT', 'DELETE')
      const dep = this.draftOf(id)
      if (method === 'GET') this.reviews.readReview(ctx, dep)
      else if (method === 'PUT') await this.reviews.putReview(ctx, dep)
      else await this.reviews.deleteReview(ctx, dep)
      return true
    }
    if (head === 'pids' && tail.length === 1 && tail[0] === 'doi') {
      allow('POST', 'DELETE')
      if (method === 'POST') await this.reserveDoi(ctx, id)
      else await this.discardDoi(ctx, id)
      return true
    }
    if (head === 'files-archive' && tail.length === 0) {
      allow('GET')
      const dep = this.draftOf(id)
      this.requireDraftRead(ctx, dep)
      this.archive(ctx, dep, dep.files)
      return true
    }
    if (head !== 'files') return false
    if (tail.length === 0) {
      allow('GET', 'POST', 'DELETE')
      if (method === 'GET') this.listDraftFiles(ctx, id)
      else if (method === 'POST') await this.initFiles(ctx, id)
      else await this.deleteAllFiles(ctx, id)
      return true
    }
    const last = tail[tail.length - 1]
    if (tail.length >= 3 && tail[tail.length - 2] === 'content' && /^\d+$/.test(last)) {
      allow('PUT')
      await this.putPart(ctx, id, tail.slice(0, -2).join('/'), Number(last))
      return true
    }
    if (tail.length >= 2 && last === 'content') {
      allow('GET', 'PUT')
      const key = tail.slice(0, -1).join('/')
      if (method === 'GET') this.draftFileContent(ctx, id, key)
      else await this.putContent(ctx, id, key)
      return true
    }
    if (tail.length >= 2 && last === 'commit') {
      allow('POST')
      await this.commit(ctx, id, tail.slice(0, -1).join('/'))
      return true
    }
    allow('GET', 'PUT', 'DELETE')
    const key = tail.join('/')
    if (method === 'GET') this.readDraftFile(ctx, id, key)
    else if (method === 'PUT') await this.updateFileMetadata(ctx, id, key)
    else await this.deleteDraftFile(ctx, id, key)
    return true
  }

  // ---- lookups and permissions ------------------------------------------------------------

  /** Any version by native id; 404 when there is none. */
  resolve(id: string): Dep {
    const dep = this.store.getByPid(id)
    if (dep === undefined) throw new ApiError(404, MSG.pidMissing)
    return dep
  }

  /** A published record; a draft-only id is not registered yet. */
  published(id: string): Dep {
    const dep = this.resolve(id)
    if (!isPublished(dep)) throw new ApiError(404, MSG.pidUnregistered)
    return dep
  }

  /** The open draft of an id (new draft, new version or edit). */
  draftOf(id: string): Dep {
    const dep = this.resolve(id)
    if (dep.draft === undefined) throw new ApiError(404, MSG.notFound)
    return dep
  }

  private user(ctx: Ctx): FakeUser {
    if (ctx.user === undefined) throw denied()
    return ctx.user
  }

  private isManager(user: FakeUser | undefined, dep: Dep): boolean {
    return user !== undefined && (user.superuser === true || user.id === dep.owner)
  }

  private requireManage(ctx: Ctx, dep: Dep): FakeUser {
    const user = this.user(ctx)
    if (!this.isManager(user, dep)) throw denied()
    return user
  }

  /** Drafts: the owner, a superuser, and the curators of a community reviewing it. */
  private requireDraftRead(ctx: Ctx, dep: Dep): void {
    if (this.isManager(ctx.user, dep)) return
    if (ctx.user !== undefined && this.reviews.isReviewer(ctx.user, dep)) return
    throw denied()
  }

  canReadRecord(user: FakeUser | undefined, dep: Dep): boolean {
    if (this.isManager(user, dep)) return true
    if (dep.deleted !== undefined) return false
    const doc = recordDoc(dep)
    return doc?.access.record !== 'restricted'
  }

  /** Record reads: 410 for a tombstone (superusers still see it), 403 for a restricted record. */
  private requireRecordRead(ctx: Ctx, dep: Dep): void {
    if (dep.deleted !== undefined && ctx.user?.superuser !== true) {
      throw new ApiError(410, 'Record deleted')
    }
    if (!this.canReadRecord(ctx.user, dep)) throw denied()
  }

  /** Files of a published record: restricted (or under an active embargo) only for its managers. */
  private publishedForFiles(ctx: Ctx, id: string): Dep {
    const dep = this.published(id)
    this.requireRecordRead(ctx, dep)
    const doc = recordDoc(dep) as RdmDoc
    const embargoed = doc.access.embargo.active && (doc.access.embargo.until ?? '') > this.today()
    if ((doc.access.files === 'restricted' || embargoed) && !this.isManager(ctx.user, dep)) throw denied()
    return dep
  }

  /** Zenodo's records API answers ZenodoJSON unless the native JSON is asked for. */
  private native(ctx: Ctx): boolean {
    if (this.h.flavor === 'invenio') return true
    return firstAccept(ctx.req.headers.accept) === VND
  }

  // ---- serialisation ----------------------------------------------------------------------

  private doiLink(doi: string): string {
    return `${this.h.doiLinkBase}${doi}`
  }

  /** The pids a published record shows: its DOI (managed or external) and the OAI id. */
  private publishedPids(dep: Dep): Meta {
    const pids: Meta = {}
    if (dep.doi !== undefined) {
      pids.doi = this.store.isManagedDoi(dep.doi)
        ? { identifier: dep.doi, provider: 'datacite', client: 'datacite' }
        : { identifier: dep.doi, provider: 'external' }
    }
    pids.oai = { identifier: `oai:${new URL(this.base).hostname}:${dep.pid}`, provider: 'oai' }
    return pids
  }

  private draftLinks(d: Dep): Meta {
    const api = `${this.base}/api/records/${d.pid}`
    const links: Meta = {
      self: `${api}/draft`,
      review: `${api}/draft/review`,
      self_html: `${this.base}/uploads/${d.pid}`,
      preview_html: `${this.base}/records/${d.pid}?preview=1`,
      publish: `${api}/draft/actions/publish`,
      record: api,
      record_html: `${this.base}/records/${d.pid}`,
      versions: `${api}/versions`,
      access_links: `${api}/access/links`,
      files: `${api}/draft/files`,
      media_files: `${api}/draft/media-files`,
      archive: `${api}/draft/files-archive`,
      archive_media: `${api}/draft/media-files-archive`,
      reserve_doi: `${api}/draft/pids/doi`,
      self_iiif_manifest: `${this.base}/api/iiif/draft:${d.pid}/manifest`,
      self_iiif_sequence: `${this.base}/api/iiif/draft:${d.pid}/sequence/default`,
      communities: `${api}/communities`,
      'communities-suggestions': `${api}/communities-suggestions`,
      requests: `${api}/requests`,
      access: `${api}/access`,
      access_request: `${api}/access/request`,
      access_grants: `${api}/access/grants`,
      access_users: `${api}/access/users`,
      access_groups: `${api}/access/groups`,
      quota_increase: `${api}/quota-increase`
    }
    if (reviewOf(d) !== undefined) links['submit-review'] = `${api}/draft/actions/submit-review`
    return links
  }

  private recordLinks(d: Dep): Meta {
    const api = `${this.base}/api/records/${d.pid}`
    const links: Meta = {
      self: api,
      self_html: `${this.base}/records/${d.pid}`,
      preview_html: `${this.base}/records/${d.pid}?preview=1`
    }
    if (d.doi !== undefined) {
      Object.assign(links, {
        doi: this.doiLink(d.doi),
        self_doi: this.doiLink(d.doi),
        self_doi_html: `${this.base}/doi/${d.doi}`
      })
    }
    Object.assign(links, {
      draft: `${api}/draft`,
      files: `${api}/files`,
      media_files: `${api}/media-files`,
      archive: `${api}/files-archive`,
      archive_media: `${api}/media-files-archive`,
      parent: `${this.base}/api/records/${d.concept.id}`,
      parent_html: `${this.base}/records/${d.concept.id}`
    })
    if (d.concept.doi !== undefined) {
      links.parent_doi = this.doiLink(d.concept.doi)
      links.parent_doi_html = `${this.base}/doi/${d.concept.doi}`
    }
    Object.assign(links, {
      versions: `${api}/versions`,
      latest: `${api}/versions/latest`,
      latest_html: `${this.base}/records/${d.pid}/latest`,
      access_links: `${api}/access/links`,
      reserve_doi: `${api}/draft/pids/doi`,
      self_iiif_manifest: `${this.base}/api/iiif/record:${d.pid}/manifest`,
      self_iiif_sequence: `${this.base}/api/iiif/record:${d.pid}/sequence/default`,
      communities: `${api}/communities`,
      'communities-suggestions': `${api}/communities-suggestions`,
      requests: `${api}/requests`,
      access: `${api}/access`,
      access_request: `${api}/access/request`,
      access_grants: `${api}/access/grants`,
      access_users: `${api}/access/users`,
      access_groups: `${api}/access/groups`,
      request_deletion: `${api}/request-deletion`,
      file_modification: `${api}/file-modification`,
      quota_increase: `${api}/quota-increase`
    })
    return links
  }

  /** The checksum a client sees: a multipart upload's MD5 only once the background task ran. */
  private checksumOf(f: StoredFile): string | null {
    if (f.checksumReadyAt !== undefined && (Date.now() < f.checksumReadyAt || f.md5 === '')) {
      return f.pendingChecksum ?? null
    }
    return `md5:${f.md5}`
  }

  /** One native file entry (invenio-records-resources services/files/schema.py FileSchema). */
  fileJson(d: Dep, f: StoredFile | PendingFile, base: string, draft: boolean): Meta {
    const self = `${base}/${quoteKey(f.key)}`
    const pending = !('md5' in f)
    const out: Meta = { key: f.key, created: f.created, updated: f.updated, status: pending ? 'pending' : 'completed' }
    if (!pending) {
      Object.assign(out, {
        checksum: this.checksumOf(f),
        size: f.size,
        mimetype: f.mimetype,
        file_id: f.id,
        version_id: f.versionId,
        bucket_id: d.bucketId,
        storage_class: 'L',
        metadata: f.metadata ?? null,
        access: { hidden: false },
        transfer: { type: 'L' },
        links: draft
          ? { self, content: `${self}/content`, commit: `${self}/commit` }
          : { self, content: `${self}/content` }
      })
      return out
    }
    out.metadata = f.metadata
    out.access = { hidden: false }
    out.storage_class = 'L'
    if (f.content !== undefined) {
      Object.assign(out, {
        checksum: `md5:${f.content.md5}`,
        size: f.content.size,
        mimetype: guessMime(f.key),
        file_id: f.fileId,
        version_id: f.versionId,
        bucket_id: d.bucketId
      })
    } else if (f.size !== undefined) out.size = f.size
    if (f.transfer === 'M') {
      out.transfer = { type: 'M', parts: f.parts, part_size: f.partSize }
      const expiration = new Date(Date.now() + 14 * 86400000).toISOString()
      out.links = {
        self,
        commit: `${self}/commit`,
        parts: Array.from({ length: f.parts ?? 0 }, (_, i) => ({
          part: i + 1,
          url: this.partUrl(d, f.key, i + 1),
          expiration
        }))
      }
    } else {
      out.transfer = { type: 'L' }
      out.links = { self, content: `${self}/content`, commit: `${self}/commit` }
    }
    return out
  }

  /** Entries of a draft in creation order: completed files and pending ones. */
  private entries(d: Dep, files = d.files): Array<StoredFile | PendingFile> {
    const list: Array<StoredFile | PendingFile> = [...files.values()]
    if (files === d.files) list.push(...d.pending.values())
    return list.sort((a, b) => a.seq - b.seq)
  }

  private filesList(d: Dep, doc: RdmDoc, draft: boolean, files = d.files): Meta {
    const base = `${this.base}/api/records/${d.pid}${draft ? '/draft' : ''}/files`
    const out: Meta = {
      enabled: doc.files.enabled,
      default_preview: doc.files.default_preview ?? null,
      order: []
    }
    if (doc.files.enabled) out.entries = this.entries(d, files).map((f) => this.fileJson(d, f, base, draft))
    out.links = { self: base }
    return out
  }

  private filesSummary(d: Dep, doc: RdmDoc, draft: boolean): Meta {
    const files = draft ? d.files : recordFilesOf(d)
    const base = `${this.base}/api/records/${d.pid}${draft ? '/draft' : ''}/files`
    const list = doc.files.enabled ? this.entries(d, files) : []
    const out: Meta = {
      enabled: doc.files.enabled,
      order: [],
      count: list.length,
      total_bytes: list.reduce((n, f) => n + ('md5' in f ? f.size : 0), 0),
      entries: Object.fromEntries(list.map((f) => [f.key, this.fileJson(d, f, base, draft)]))
    }
    if (doc.files.default_preview != null) out.default_preview = doc.files.default_preview
    return out
  }

  private accessJson(doc: RdmDoc): Meta {
    const a = doc.access
    const status = !doc.files.enabled
      ? 'metadata-only'
      : a.embargo.active
        ? 'embargoed'
        : a.record === 'restricted' || a.files === 'restricted'
          ? 'restricted'
          : 'open'
    return { record: a.record, files: a.files, embargo: { ...a.embargo }, status }
  }

  private statusOf(d: Dep, view: 'draft' | 'record'): string {
    if (d.deleted !== undefined) return 'deleted'
    if (view === 'record' || isPublished(d)) return 'published'
    const review = reviewOf(d)
    if (review?.status === 'submitted') return 'in_review'
    if (review?.status === 'declined') return 'declined'
    if (review?.status === 'created') return 'draft_with_review'
    return versionIndex(d) > 1 ? 'new_version_draft' : 'draft'
  }

  /** A draft or record as the native API prints it (invenio-rdm-records RDMRecordSchema). */
  recordJson(d: Dep, view: 'draft' | 'record', errors?: FieldError[]): Meta {
    const doc = (view === 'draft' ? draftDoc(d) : recordDoc(d)) as RdmDoc
    const c = d.concept
    const latest = latestPublished(c)
    const parent: Meta = {
      id: c.id,
      access: {
        owned_by: { user: String(c.owner) },
        grants: [],
        links: [],
        settings: {
          allow_user_requests: false,
          allow_guest_requests: false,
          accept_conditions_text: null,
          secret_link_expiration: 0
        }
      },
      communities: c.communities.length > 0 ? { ids: [...c.communities], default: c.communities[0] } : {},
      pids: c.doi !== undefined ? { doi: { identifier: c.doi, provider: 'datacite', client: 'datacite' } } : {}
    }
    const review = (r: RequestRec): Meta => ({
      id: r.id,
      type: r.type,
      receiver: { community: r.receiver },
      status: r.status
    })
    if (c.review !== undefined) parent.review = review(c.review)
    const out: Meta = {
      id: d.pid,
      created: d.created,
      updated: d.updated,
      links: view === 'draft' ? this.draftLinks(d) : this.recordLinks(d),
      revision_id: d.revision,
      parent,
      versions: {
        index: versionIndex(d),
        is_latest: view === 'record' && latest === d,
        is_latest_draft: c.versions[c.versions.length - 1] === d
      },
      is_published: isPublished(d),
      is_draft: view === 'draft',
      pids: view === 'record' ? this.publishedPids(d) : structuredClone(doc.pids),
      metadata: structuredClone(doc.metadata),
      custom_fields: structuredClone(doc.custom_fields),
      access: this.accessJson(doc),
      files: this.filesSummary(d, doc, view === 'draft'),
      media_files: { enabled: false, order: [], count: 0, total_bytes: 0, entries: {} },
      status: this.statusOf(d, view),
      deletion_status: { is_deleted: d.deleted !== undefined, status: d.deleted !== undefined ? 'D' : 'P' }
    }
    if (view === 'record') {
      const zero = { views: 0, unique_views: 0, downloads: 0, unique_downloads: 0, data_volume: 0 }
      out.stats = { this_version: zero, all_versions: zero }
    }
    if (d.deleted !== undefined) {
      out.tombstone = { removed_by: { user: String(d.deleted.by) }, removal_date: d.deleted.at, is_visible: true }
    }
    // A new-version draft's own review (a new-version review policy) is the draft's, not the parent's.
    if (view === 'draft' && d.review !== undefined) out.review = review(d.review)
    if (errors !== undefined && errors.length > 0) out.errors = errors
    return out
  }

  /** Answers a draft or record in the format asked for (ZenodoJSON drops the errors). */
  private sendRecord(ctx: Ctx, status: number, d: Dep, view: 'draft' | 'record', errors?: FieldError[]): void {
    let body: Meta
    if (this.native(ctx)) body = this.recordJson(d, view, errors)
    else {
      body = this.store.zenodoJson(d, view === 'draft')
      // ZenodoJSON keeps the RDM links of what it prints: a draft's are the draft's.
      if (view === 'draft') body.links = this.draftLinks(d)
    }
    ctx.json(status, body, { ETag: `"${d.revision}"` })
  }

  // ---- drafts -----------------------------------------------------------------------------

  private loadOptions(user: FakeUser, dep?: Dep): Parameters<typeof loadDraft>[1] {
    const cfg = this.h.cfg()
    return {
      today: this.today(),
      vocab: this.h.vocab,
      superuser: user.superuser === true,
      allowRestrictedRecords: cfg.allowRestrictedRecords,
      allowMetadataOnlyRecords: cfg.allowMetadataOnlyRecords,
      customFieldNamespaces: cfg.customFieldNamespaces,
      prev: dep !== undefined ? draftDoc(dep) : undefined,
      hasFiles: dep !== undefined && dep.files.size + dep.pending.size > 0,
      managedPrefix: this.store.ids.doiPrefix,
      doiTaken: (doi) =>
        [...this.store.deps.values()].some(
          (x) => x !== dep && isPublished(x) && x.deleted === undefined && x.doi?.toLowerCase() === doi.toLowerCase()
        )
    }
  }

  /** Writes a native draft document (the legacy metadata is derived from it). */
  setDraftDoc(dep: Dep, doc: RdmDoc, touch = true): void {
    const legacy = rdmToLegacy(doc)
    dep.draft = legacy
    dep.rdmDraft = { doc, of: legacy }
    if (touch) this.store.touch(dep)
    else this.store.reindex(dep.concept)
  }

  /** Without DOI registration there is no doi PID scheme (PIDManager._validate_pids_schemes). */
  private noDoiScheme(): ApiError {
    return new ApiError(400, "No configuration defined for PIDs {'doi'}")
  }

  private checkPidSchemes(body: unknown): void {
    if (!this.h.cfg().mintDois && isObj(body) && isObj(body.pids) && body.pids.doi !== undefined) {
      throw this.noDoiScheme()
    }
  }

  private async create(ctx: Ctx): Promise<void> {
    const user = this.user(ctx)
    const body = await this.h.readJson(ctx)
    this.checkPidSchemes(body)
    const { doc, errors } = loadDraft(body, this.loadOptions(user))
    // A review in the body is created with the draft (ReviewComponent.create); a bad one fails it all.
    const review = isObj(body) && isObj(body.parent) ? body.parent.review : undefined
    const receiver = review !== undefined && review !== null ? this.reviews.checkReviewInput(review) : undefined
    const concept = this.store.newConcept(user.id)
    const legacy = rdmToLegacy(doc)
    const dep = this.store.newDep(concept, user.id, legacy)
    dep.rdmDraft = { doc, of: legacy }
    if (receiver !== undefined) this.reviews.createReview(dep, user, receiver)
    this.store.reindex(concept)
    this.sendRecord(ctx, 201, dep, 'draft', errors)
  }

  private readDraft(ctx: Ctx, id: string): void {
    const dep = this.draftOf(id)
    this.requireDraftRead(ctx, dep)
    // The stored draft is not validated again on read (drafts-resources read_draft).
    this.sendRecord(ctx, 200, dep, 'draft')
  }

  private async updateDraft(ctx: Ctx, id: string): Promise<void> {
    const body = await this.h.readJson(ctx)
    const dep = this.draftOf(id)
    const user = this.requireManage(ctx, dep)
    this.checkPidSchemes(body)
    const match = ctx.req.headers['if-match']
    if (match !== undefined && match.replace(/^W\//, '').replace(/"/g, '') !== String(dep.revision)) {
      throw new ApiError(
        412,
        `Revision id provided(${match.replace(/"/g, '')}) doesn't match record's current revision id(${dep.revision})`
      )
    }
    const { doc, errors } = loadDraft(body, this.loadOptions(user, dep))
    // An edit draft keeps the published record's registered DOI and OAI id.
    if (isPublished(dep)) {
      const prev = draftDoc(dep) as RdmDoc
      for (const [scheme, pid] of Object.entries(prev.pids)) {
        if (scheme === 'oai' || (scheme === 'doi' && pid.provider !== 'external')) doc.pids[scheme] ??= pid
      }
    }
    if (doc.files.default_preview != null && !dep.files.has(doc.files.default_preview)) {
      errors.push({ field: 'files.default_preview', messages: ['Invalid default preview file.'] })
      delete doc.files.default_preview
    }
    this.setDraftDoc(dep, doc)
    this.sendRecord(ctx, 200, dep, 'draft', errors)
  }

  private async deleteDraft(ctx: Ctx, id: string): Promise<void> {
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    this.reviews.beforeDeleteDraft(dep)
    if (isPublished(dep)) {
      // Discarding an edit: the record stays as published.
      dep.draft = undefined
      dep.rdmDraft = undefined
      if (dep.recordFiles !== undefined) {
        const keep = new Set([...dep.recordFiles.values()].map((f) => f.path))
        for (const f of dep.files.values()) if (!keep.has(f.path)) await unlinkQuiet(f.path)
        dep.files = dep.recordFiles
        dep.recordFiles = undefined
      }
      for (const p of dep.pending.values()) if (p.content !== undefined) await unlinkQuiet(p.content.path)
      dep.pending.clear()
      this.store.touch(dep)
    } else {
      await this.store.removeDep(dep)
    }
    ctx.send(204, undefined)
  }

  /** POST …/draft: the edit draft of a published record (the same one while it is open). */
  private async edit(ctx: Ctx, id: string): Promise<void> {
    const dep = this.published(id)
    this.requireManage(ctx, dep)
    if (dep.draft === undefined) {
      const doc = structuredClone(recordDoc(dep) as RdmDoc)
      doc.pids = this.publishedPids(dep) as RdmDoc['pids']
      if (!this.h.cfg().lockEditPublishedFiles) dep.recordFiles = new Map(dep.files)
      this.setDraftDoc(dep, doc)
    }
    this.sendRecord(ctx, 201, dep, 'draft')
  }

  /** Everything publish checks, in upstream's order; throws the first failure as a 400. */
  private checkPublishable(dep: Dep, doc: RdmDoc): void {
    const schema = checkDoc(doc)
    if (schema.length > 0) throw validationError(schema)
    if (doc.files.enabled) {
      if (dep.files.size + dep.pending.size === 0) {
        throw validationError([
          {
            field: 'files.enabled',
            messages: ['Missing uploaded files. To disable files for this record please mark it as metadata-only.']
          }
        ])
      }
      if (dep.pending.size > 0) {
        throw validationError([
          { field: 'files', messages: ['One or more files have not completed their transfer, please wait.'] }
        ])
      }
    }
    this.reviews.checkPublish(dep)
    const doi = doc.pids.doi
    if (!this.h.cfg().mintDois) return
    if (doi === undefined || doi.provider !== 'external') {
      if (typeof doc.metadata.publisher !== 'string' || doc.metadata.publisher.trim() === '') {
        throw validationError([
          { field: 'metadata.publisher', messages: ['Missing publisher field required for DOI registration.'] }
        ])
      }
    } else {
      const errors = loadDraft({ pids: doc.pids }, this.loadOptions({ id: dep.owner }, dep)).errors.filter((e) =>
        e.field.startsWith('pids')
      )
      if (errors.length > 0) throw validationError(errors)
    }
  }

  /** Validates and publishes a draft (the publish action, and an accepted review). */
  async publishDraft(dep: Dep, _user: FakeUser | undefined): Promise<void> {
    const doc = draftDoc(dep) as RdmDoc
    this.checkPublishable(dep, doc)
    if (dep.rdmDraft === undefined || dep.rdmDraft.of !== dep.draft) this.setDraftDoc(dep, doc, false)
    this.store.publish(dep)
    const rec = dep.rdmRecord?.doc
    if (rec !== undefined) rec.pids = this.publishedPids(dep) as RdmDoc['pids']
    this.store.touch(dep)
  }

  private async publish(ctx: Ctx, id: string): Promise<void> {
    const dep = this.draftOf(id)
    const user = this.requireManage(ctx, dep)
    await this.publishDraft(dep, user)
    this.sendRecord(ctx, 202, dep, 'record')
  }

  private async reserveDoi(ctx: Ctx, id: string): Promise<void> {
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    const doc = structuredClone(draftDoc(dep) as RdmDoc)
    if (!this.h.cfg().mintDois) throw this.noDoiScheme()
    if (doc.pids.doi !== undefined) {
      throw validationError([{ field: 'pids.doi', messages: ['A PID already exists for type doi'] }])
    }
    doc.pids.doi = { identifier: this.store.managedDoi(dep), provider: 'datacite', client: 'datacite' }
    this.setDraftDoc(dep, doc)
    this.sendRecord(ctx, 201, dep, 'draft')
  }

  private async discardDoi(ctx: Ctx, id: string): Promise<void> {
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    const doc = structuredClone(draftDoc(dep) as RdmDoc)
    if (doc.pids.doi === undefined) throw new ApiError(404, MSG.pidMissing)
    if (isPublished(dep) && doc.pids.doi.identifier === dep.doi) {
      throw validationError([{ field: 'pids.doi', messages: ['Cannot discard a registered PID.'] }])
    }
    delete doc.pids.doi
    this.setDraftDoc(dep, doc)
    this.sendRecord(ctx, 200, dep, 'draft')
  }

  // ---- versions ---------------------------------------------------------------------------

  private async newVersion(ctx: Ctx, id: string): Promise<void> {
    const dep = this.published(id)
    const user = this.requireManage(ctx, dep)
    // Zenodo: records with an external DOI cannot be versioned (RDM_ALLOW_EXTERNAL_DOI_VERSIONING=False).
    if (this.h.flavor === 'zenodo' && dep.doi !== undefined && !this.store.isManagedDoi(dep.doi)) throw denied()
    const c = dep.concept
    let draft = c.versions.find((v) => !isPublished(v))
    if (draft === undefined) {
      const latest = latestPublished(c) as Dep
      const doc = structuredClone(recordDoc(latest) as RdmDoc)
      // MetadataComponent.new_version: version is skipped, publication_date generated.
      delete doc.metadata.version
      doc.metadata.publication_date = this.today()
      doc.pids = {}
      delete doc.files.default_preview
      const native = latest.rdmRecord !== undefined && latest.rdmRecord.of === latest.record
      let legacy: Meta
      if (native) legacy = rdmToLegacy(doc)
      else {
        legacy = structuredClone(latest.record) as Meta
        delete legacy.version
        delete legacy.doi
        legacy.publication_date = doc.metadata.publication_date
      }
      draft = this.store.newDep(c, c.owner, legacy)
      if (native) draft.rdmDraft = { doc, of: legacy }
      this.reviews.onNewVersion(draft, user)
      this.store.reindex(c)
    }
    this.sendRecord(ctx, 201, draft, 'draft')
  }

  private latestVersion(ctx: Ctx, id: string): void {
    const dep = this.store.getByPid(id)
    const concept = dep?.concept ?? this.store.concepts.get(id)
    if (concept === undefined) throw new ApiError(404, MSG.pidMissing)
    const latest = latestPublished(concept)
    if (latest === undefined) throw new ApiError(404, MSG.pidUnregistered)
    const location = `${this.base}/api/records/${latest.pid}`
    // Zenodo's own tests show a 302 here; upstream's drafts-resources test a 301.
    const status = this.h.flavor === 'zenodo' ? 302 : 301
    ctx.send(
      status,
      `<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n` +
        `<p>You should be redirected automatically to the target URL: <a href="${location}">${location}</a>. ` +
        `If not, click the link.\n`,
      { Location: location, 'Content-Type': 'text/html; charset=utf-8' }
    )
  }

  private listVersions(ctx: Ctx, id: string): void {
    if (!this.native(ctx)) return this.h.legacy.listVersions(ctx, id)
    const dep = this.resolve(id)
    const versions = dep.concept.versions.filter((v) => isPublished(v) && this.canReadRecord(ctx.user, v)).reverse()
    const { page, size } = this.paging(ctx, 25)
    ctx.json(200, {
      hits: {
        hits: versions.slice((page - 1) * size, page * size).map((v) => this.recordJson(v, 'record')),
        total: versions.length
      },
      aggregations: {},
      sortBy: 'version',
      links: { self: this.searchLink(`/api/records/${id}/versions`, { page, size, sort: 'version' }) }
    })
  }

  private async filesImport(ctx: Ctx, id: string): Promise<void> {
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    const doc = draftDoc(dep) as RdmDoc
    const previous = dep.concept.versions.slice(0, dep.concept.versions.indexOf(dep)).reverse().find(isPublished)
    if (previous === undefined || isPublished(dep)) throw new ApiError(404, MSG.notFound)
    const fail = (message: string): never => {
      throw validationError([{ field: 'files.enabled', messages: [message] }])
    }
    if (!doc.files.enabled) fail('Files support must be enabled.')
    if (dep.files.size + dep.pending.size > 0) fail('Please remove all files first.')
    if (!(recordDoc(previous) as RdmDoc).files.enabled) fail('The record has no files.')
    await this.store.importFiles(dep, previous)
    ctx.json(201, this.filesList(dep, doc, true))
  }

  // ---- draft files ------------------------------------------------------------------------

  private listDraftFiles(ctx: Ctx, id: string): void {
    const dep = this.draftOf(id)
    this.requireDraftRead(ctx, dep)
    ctx.json(200, this.filesList(dep, draftDoc(dep) as RdmDoc, true))
  }

  /** An edit draft's files are locked unless the instance lets published files change. */
  private filesLocked(dep: Dep): boolean {
    return isPublished(dep) && dep.recordFiles === undefined
  }

  private async initFiles(ctx: Ctx, id: string): Promise<void> {
    const body = await this.h.readJson(ctx)
    const dep = this.draftOf(id)
    const user = this.user(ctx)
    if (Array.isArray(body)) {
      // Remote and fetch transfers are refused to everyone by the RDM permission policy.
      for (const f of body) {
        if (isObj(f) && isObj(f.transfer) && (f.transfer.type === 'R' || f.transfer.type === 'F')) throw denied()
      }
    }
    if (!this.isManager(user, dep)) throw denied()
    if (!Array.isArray(body)) {
      throw validationError([{ field: '0._schema', messages: ['Invalid input type.'] }])
    }
    if (body.length === 0) throw validationError([{ field: '_schema', messages: ['No files to upload.'] }])
    const doc = draftDoc(dep) as RdmDoc
    if (!doc.files.enabled) {
      throw validationError([{ field: 'files.enabled', messages: ['Files support must be enabled.'] }])
    }
    const wanted: PendingFile[] = []
    const now = isoNow(this.h.now())
    for (const [i, f] of body.entries()) {
      if (!isObj(f)) throw validationError([{ field: `${i}._schema`, messages: ['Invalid input type.'] }])
      if (f.transfer !== undefined && !isObj(f.transfer)) {
        throw validationError([{ field: 'transfer', messages: ['Transfer metadata must be a dictionary.'] }])
      }
      if (typeof f.key !== 'string' || f.key === '') {
        throw validationError([{ field: `${i}.key`, messages: ['Missing data for required field.'] }])
      }
      const transfer = isObj(f.transfer) ? f.transfer : {}
      const type = transfer.type ?? 'L'
      if (type !== 'L' && type !== 'M') {
        throw validationError([{ field: `${i}.transfer.type`, messages: [`Invalid transfer type: ${String(type)}`] }])
      }
      if (dep.files.has(f.key) || dep.pending.has(f.key) || wanted.some((w) => w.key === f.key)) {
        throw new ApiError(400, `File with key ${f.key} already exists.`)
      }
      const size = typeof f.size === 'number' && Number.isInteger(f.size) && f.size >= 0 ? f.size : undefined
      const entry: PendingFile = {
        key: f.key,
        seq: nextSeq(),
        fileId: randomUUID(),
        versionId: randomUUID(),
        created: now,
        updated: now,
        metadata: isObj(f.metadata) ? f.metadata : null,
        transfer: type,
        size
      }
      if (type === 'M') {
        const parts = transfer.parts
        const partSize = transfer.part_size
        if (typeof parts !== 'number' || !Number.isInteger(parts) || parts < 1) {
          throw new ApiError(400, 'Multipart file transfer requires parts.')
        }
        if (size === undefined) throw new ApiError(400, 'Multipart file transfer requires file size.')
        if (typeof partSize !== 'number' || !Number.isInteger(partSize) || partSize < 1) {
          throw new ApiError(400, 'Multipart file transfer to local storage requires part_size.')
        }
        entry.parts = parts
        entry.partSize = partSize
      }
      wanted.push(entry)
    }
    const limits = this.store.limits
    if (dep.files.size + dep.pending.size + wanted.length > limits.maxFiles) {
      throw new ApiError(400, 'Uploading selected files will result in exceeding the max amount per record.')
    }
    for (const w of wanted) {
      if (w.size !== undefined && w.size > limits.maxFileBytes) throw new ApiError(400, 'File size limit exceeded.')
      if (w.transfer === 'M') {
        // Local storage preallocates the file; parts are written in place.
        const path = join(this.store.dir, `${randomUUID()}.bin`)
        await fsp.writeFile(path, '')
        await fsp.truncate(path, w.size as number)
        w.content = { path, size: w.size as number, md5: '' }
        w.partsDone = new Set()
      }
      dep.pending.set(w.key, w)
    }
    this.store.touch(dep)
    ctx.json(201, this.filesList(dep, doc, true))
  }

  private entry(dep: Dep, key: string): StoredFile | PendingFile {
    const f = dep.files.get(key) ?? dep.pending.get(key)
    if (f === undefined) throw noFile(dep, key)
    return f
  }

  private filesBase(dep: Dep): string {
    return `${this.base}/api/records/${dep.pid}/draft/files`
  }

  private readDraftFile(ctx: Ctx, id: string, key: string): void {
    const dep = this.draftOf(id)
    this.requireDraftRead(ctx, dep)
    ctx.json(200, this.fileJson(dep, this.entry(dep, key), this.filesBase(dep), true))
  }

  private async updateFileMetadata(ctx: Ctx, id: string, key: string): Promise<void> {
    const body = await this.h.readJson(ctx)
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    const f = this.entry(dep, key)
    f.metadata = isObj(body) && isObj(body.metadata) ? body.metadata : null
    f.updated = isoNow(this.h.now())
    this.store.touch(dep)
    ctx.json(200, this.fileJson(dep, f, this.filesBase(dep), true))
  }

  private async removeEntry(dep: Dep, key: string): Promise<void> {
    const pending = dep.pending.get(key)
    if (pending !== undefined) {
      dep.pending.delete(key)
      if (pending.content !== undefined) await unlinkQuiet(pending.content.path)
      this.store.touch(dep)
    } else {
      await this.store.deleteFile(dep, key)
    }
    const doc = draftDoc(dep)
    if (doc !== undefined && doc.files.default_preview === key) {
      const next = structuredClone(doc)
      delete next.files.default_preview
      this.setDraftDoc(dep, next)
    }
  }

  private async deleteDraftFile(ctx: Ctx, id: string, key: string): Promise<void> {
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    this.entry(dep, key)
    if (this.filesLocked(dep)) throw new ApiError(403, MSG.locked)
    await this.removeEntry(dep, key)
    ctx.send(204, undefined)
  }

  private async deleteAllFiles(ctx: Ctx, id: string): Promise<void> {
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    if (this.filesLocked(dep) && dep.files.size > 0) throw new ApiError(403, MSG.locked)
    for (const key of [...dep.files.keys(), ...dep.pending.keys()]) await this.removeEntry(dep, key)
    ctx.send(204, undefined)
  }

  private requireOctetStream(ctx: Ctx): void {
    const ct = ctx.req.headers['content-type']
    if (ct !== undefined && ct !== '' && ct !== OCTET) {
      throw new ApiError(415, `Invalid 'Content-Type' header. Expected one of: ${OCTET}`)
    }
  }

  /** Drains the body (the client reads the answer only after sending it all). */
  private async drain(ctx: Ctx): Promise<void> {
    await this.h.readBody(ctx, Number.MAX_SAFE_INTEGER).catch(() => undefined)
  }

  /**
   * A failed transfer: the entry is deleted and the answer is a 200 whose body has "errors"
   * (invenio-records-resources FileContentComponent and FileService.set_file_content).
   */
  private async transferFailed(ctx: Ctx, dep: Dep, f: StoredFile | PendingFile): Promise<void> {
    const json = this.fileJson(dep, f, this.filesBase(dep), true)
    await this.removeEntry(dep, f.key)
    ctx.json(200, { ...json, errors: 'File upload transfer failed.' })
  }

  private async putContent(ctx: Ctx, id: string, key: string): Promise<void> {
    this.requireOctetStream(ctx)
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    const f = dep.files.get(key) ?? dep.pending.get(key)
    if (f === undefined) {
      throw new ApiError(500, `File with key "${key}" has not been initialized yet.`)
    }
    if (this.filesLocked(dep)) throw new ApiError(403, MSG.locked)
    // Content set once already (or a multipart entry): upstream's TransferException path.
    if ('md5' in f || f.content !== undefined || f.transfer === 'M' || ctx.fault?.kind === 'transfer-failed') {
      await this.drain(ctx)
      return await this.transferFailed(ctx, dep, f)
    }
    const length = ctx.req.headers['content-length']
    const limits = this.store.checkLimits(dep, key, length !== undefined ? Number(length) : undefined)
    const fault = ctx.fault
    let stored: { path: string; size: number; md5: string }
    try {
      stored = await this.store.writeStream(ctx.req, {
        ...limits,
        corrupt: fault?.kind === 'wrong-checksum',
        stall: fault?.kind === 'stall' ? fault : undefined,
        onBytes: (n) => {
          ctx.entry.bodyBytes += n
        }
      })
    } catch (err) {
      if (err instanceof ApiError) throw err
      // A dropped connection: the entry is gone (ClientDisconnected -> TransferException).
      if (dep.pending.get(key) === f) await this.removeEntry(dep, key)
      throw new Aborted()
    }
    if (dep.pending.get(key) !== f || this.store.getByPid(dep.pid) !== dep) {
      await unlinkQuiet(stored.path)
      throw noFile(dep, key)
    }
    f.content = stored
    f.updated = isoNow(this.h.now())
    this.store.touch(dep)
    ctx.json(200, this.fileJson(dep, f, this.filesBase(dep), true))
  }

  /** A connection reset during PUT …/content: the entry is deleted, as upstream's transfer does. */
  async contentAborted(pathname: string, user: FakeUser | undefined): Promise<void> {
    const seg = pathname
      .split('/')
      .slice(1)
      .map((x) => {
        try {
          return decodeURIComponent(x)
        } catch {
          return x
        }
      })
    if (seg[0] !== 'api' || seg[1] !== 'records' || seg[3] !== 'draft' || seg[4] !== 'files') return
    if (seg.length < 7 || seg[seg.length - 1] !== 'content') return
    const dep = this.store.getByPid(seg[2])
    const key = seg.slice(5, -1).join('/')
    const f = dep?.pending.get(key)
    if (dep === undefined || f === undefined || f.transfer !== 'L' || !this.isManager(user, dep)) return
    await this.removeEntry(dep, key)
  }

  /** The signature of a presigned part link. */
  private partSignature(d: Dep, key: string, part: number): string {
    return createHmac('sha256', this.secret).update(`${d.pid}\n${key}\n${part}`).digest('hex').slice(0, 32)
  }

  private readonly secret = randomBytes(16)

  private partUrl(d: Dep, key: string, part: number): string {
    const cfg = this.h.cfg()
    const path = `/api/records/${d.pid}/draft/files/${quoteKey(key)}/content/${part}`
    if (cfg.multipartLinks !== 'presigned') return `${this.base}${path}`
    const base = (cfg.partsBaseUrl ?? this.base).replace(/\/+$/, '')
    return `${base}${path}?X-Signature=${this.partSignature(d, key, part)}`
  }

  private async putPart(ctx: Ctx, id: string, key: string, part: number): Promise<void> {
    const cfg = this.h.cfg()
    const dep = this.draftOf(id)
    const signed = ctx.url.searchParams.get('X-Signature')
    const presigned =
      cfg.multipartLinks === 'presigned' && signed !== null && signed === this.partSignature(dep, key, part)
    if (!presigned) this.requireManage(ctx, dep)
    // Zenodo lets only local (L) transfers set content (site/zenodo_rdm/permissions.py; zenodo/zenodo-rdm#1443).
    if (!cfg.multipartParts) throw denied()
    this.requireOctetStream(ctx)
    const f = dep.pending.get(key)
    if (f === undefined) {
      if (dep.files.has(key)) throw new ApiError(400, 'The file upload transfer failed, please try again.')
      throw new ApiError(404, `File with key "${key}" has not been initialized yet.`)
    }
    const failed = (): ApiError => new ApiError(400, 'The file upload transfer failed, please try again.')
    if (f.transfer !== 'M' || f.content === undefined) throw failed()
    const parts = f.parts as number
    const partSize = f.partSize as number
    const length = Number(ctx.req.headers['content-length'])
    const expected = part < parts ? partSize : (f.size as number) - (parts - 1) * partSize
    if (part < 1 || part > parts || !Number.isFinite(length) || length !== expected) {
      await this.drain(ctx)
      throw failed()
    }
    const out = createWriteStream(f.content.path, { flags: 'r+', start: (part - 1) * partSize })
    const fault = ctx.fault
    let written = 0
    try {
      await new Promise<void>((resolve, reject) => {
        let stalled = fault?.kind !== 'stall'
        ctx.req.on('data', (chunk: Buffer) => {
          ctx.entry.bodyBytes += chunk.length
          if (fault?.kind === 'wrong-checksum' && written === 0 && chunk.length > 0) {
            chunk = Buffer.from(chunk)
            chunk[0] ^= 0xff
          }
          written += chunk.length
          if (!out.write(chunk)) {
            ctx.req.pause()
            out.once('drain', () => ctx.req.resume())
          }
          if (!stalled && fault?.kind === 'stall' && written >= (fault.afterBytes ?? 1)) {
            stalled = true
            ctx.req.pause()
            setTimeout(() => ctx.req.resume(), fault.ms)
          }
        })
        ctx.req.once('end', () => resolve())
        ctx.req.once('error', reject)
        ctx.req.once('close', () => {
          if (!ctx.req.complete) reject(new Error('aborted'))
        })
      })
      out.end()
      await once(out, 'finish')
    } catch {
      out.destroy()
      throw new Aborted()
    }
    if (written !== expected) throw failed()
    f.partsDone?.add(part)
    f.updated = isoNow(this.h.now())
    this.store.touch(dep)
    ctx.json(200, this.fileJson(dep, f, this.filesBase(dep), true))
  }

  private async commit(ctx: Ctx, id: string, key: string): Promise<void> {
    const dep = this.draftOf(id)
    this.requireManage(ctx, dep)
    const done = dep.files.get(key)
    if (done !== undefined) return ctx.json(200, this.fileJson(dep, done, this.filesBase(dep), true))
    const f = dep.pending.get(key)
    if (f === undefined) throw noFile(dep, key)
    if (f.content === undefined) throw new ApiError(400, `File with key "${key}" has not been uploaded yet.`)
    const multipart = f.transfer === 'M'
    const stored = { ...f.content }
    const file = await this.store.commitFile(dep, key, stored, {
      seq: f.seq,
      metadata: f.metadata,
      fileId: f.fileId,
      versionId: f.versionId,
      created: f.created
    })
    if (multipart) {
      // The whole-file MD5 comes from a background task (recompute_multipart_checksum_task).
      const cfg = this.h.cfg()
      file.md5 = ''
      file.checksumReadyAt = Date.now() + cfg.multipartChecksumDelayMs
      file.pendingChecksum =
        cfg.multipartPendingChecksum === 'etag'
          ? `multipart:${createHash('md5')
              .update(`${file.id}:${f.parts as number}`)
              .digest('hex')}-${f.partSize as number}`
          : null
      void md5OfFile(stored.path).then(
        (md5) => {
          file.md5 = md5
        },
        () => undefined
      )
    }
    ctx.json(200, this.fileJson(dep, file, this.filesBase(dep), true))
  }

  private draftFileContent(ctx: Ctx, id: string, key: string): void {
    const dep = this.resolve(id)
    // Zenodo's legacy download links point at /draft/ even for published records (files public).
    if (this.h.flavor === 'zenodo' && dep.draft === undefined && isPublished(dep)) {
      const f = recordFilesOf(dep).get(key)
      if (f === undefined) throw new ApiError(404, MSG.notFound)
      this.publishedForFiles(ctx, dep.pid)
      return ctx.file(f)
    }
    if (dep.draft === undefined) throw new ApiError(404, MSG.notFound)
    this.requireDraftRead(ctx, dep)
    const f = dep.files.get(key)
    if (f === undefined) {
      if (dep.pending.has(key)) throw new ApiError(404, MSG.notFound)
      throw noFile(dep, key)
    }
    ctx.file(f)
  }

  private archive(ctx: Ctx, dep: Dep, files: Map<string, StoredFile>): void {
    const list = [...files.values()].sort((a, b) => a.seq - b.seq).map((f) => ({ name: f.key, path: f.path }))
    ctx.produce('application/zip', { 'Content-Disposition': `attachment; filename="${dep.pid}.zip"` }, async (out) => {
      await streamZip(out, list)
    })
  }

  // ---- records ----------------------------------------------------------------------------

  private readRecord(ctx: Ctx, id: string): void {
    if (!this.native(ctx)) return this.h.legacy.readRecord(ctx, id)
    const dep = this.store.getByPid(id)
    if (dep === undefined) {
      // A parent id redirects to its latest version (RDMRecordResource.read).
      const concept = this.store.concepts.get(id)
      const latest = concept !== undefined ? latestPublished(concept) : undefined
      if (latest === undefined) throw new ApiError(404, MSG.pidMissing)
      const location = `${this.base}/api/records/${latest.pid}`
      return ctx.send(302, `Redirecting to ${location}\n`, {
        Location: location,
        'Content-Type': 'text/html; charset=utf-8'
      })
    }
    if (!isPublished(dep)) throw new ApiError(404, MSG.pidUnregistered)
    this.requireRecordRead(ctx, dep)
    this.sendRecord(ctx, 200, dep, 'record')
  }

  private recordFiles(ctx: Ctx, id: string, rest: string[]): void {
    const dep = this.publishedForFiles(ctx, id)
    const doc = recordDoc(dep) as RdmDoc
    const files = recordFilesOf(dep)
    if (rest.length === 0) return ctx.json(200, this.filesList(dep, doc, false, files))
    const content = rest.length > 1 && rest[rest.length - 1] === 'content'
    const key = (content ? rest.slice(0, -1) : rest).join('/')
    // The ZenodoJSON links name files by key; the legacy records API also took the file id.
    const f = files.get(key) ?? [...files.values()].find((x) => x.id === key)
    if (f === undefined) throw noFile(dep, key)
    if (content) ctx.file(f)
    else ctx.json(200, this.fileJson(dep, f, `${this.base}/api/records/${dep.pid}/files`, false))
  }

  private async adminDelete(ctx: Ctx, id: string): Promise<void> {
    await this.h.readBody(ctx, 1 << 20)
    const user = this.user(ctx)
    if (user.superuser !== true) throw denied()
    const dep = this.published(id)
    if (dep.deleted !== undefined) throw new ApiError(400, 'Record already deleted.')
    dep.deleted = { at: isoNow(this.h.now()), by: user.id }
    this.store.touch(dep)
    ctx.send(204, undefined)
  }

  // ---- searches ---------------------------------------------------------------------------

  private paging(ctx: Ctx, defaultSize: number): { page: number; size: number } {
    const p = ctx.url.searchParams
    const int = (name: string, dflt: number): number => {
      const v = p.get(name)
      if (v === null || v === '') return dflt
      if (!/^\d+$/.test(v) || Number(v) < 1)
        throw validationError([{ field: name, messages: ['Not a valid integer.'] }])
      return Number(v)
    }
    const size = int('size', defaultSize)
    const page = int('page', 1)
    if ((page - 1) * size >= MAX_RESULTS) throw new ApiError(400, 'Invalid querystring parameters.')
    return { page, size }
  }

  private searchLink(path: string, params: Record<string, string | number | undefined>): string {
    const q = Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== '')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
      .join('&')
    return `${this.base}${path}?${q}`
  }

  /** A term against a hit's native JSON (RDM field names), or Zenodo's legacy names on the zenodo flavor. */
  private matches(d: IndexDoc, json: Meta, t: Term): boolean {
    const v = t.value
    const lower = v.toLowerCase()
    const meta = isObj(json.metadata) ? json.metadata : {}
    const list = (x: unknown): Meta[] => (Array.isArray(x) ? (x as Meta[]) : [])
    const title = typeof meta.title === 'string' ? meta.title.toLowerCase() : ''
    const parent = isObj(json.parent) ? json.parent : {}
    const pid = (x: unknown): string => (isObj(x) && isObj(x.doi) ? String(x.doi.identifier).toLowerCase() : '')
    switch (t.field) {
      case undefined:
        return title.includes(lower)
      case 'id':
        return json.id === v
      case 'parent.id':
        return parent.id === v
      case 'pids.doi.identifier':
        return pid(json.pids) === lower
      case 'parent.pids.doi.identifier':
        return pid(parent.pids) === lower
      case 'metadata.title':
        return title.includes(lower)
      case 'metadata.version':
        return String(meta.version ?? '') === v
      case 'metadata.related_identifiers.identifier':
        return keywordMatch(
          list(meta.related_identifiers).map((r) => String(r.identifier)),
          t
        )
      case 'metadata.identifiers.identifier':
        return list(meta.identifiers).some((r) => r.identifier === v)
      case 'metadata.creators.person_or_org.name':
        return list(meta.creators).some((c) =>
          String(isObj(c.person_or_org) ? c.person_or_org.name : '')
            .toLowerCase()
            .includes(lower)
        )
      case 'metadata.subjects.subject':
        return list(meta.subjects).some((s) => String(s.subject ?? '').toLowerCase() === lower)
      case 'parent.communities.ids': {
        const com = isObj(parent.communities) ? parent.communities : {}
        return Array.isArray(com.ids) && com.ids.includes(v)
      }
      case 'is_published':
        return String(json.is_published) === lower
      case 'versions.index':
        return isObj(json.versions) && String(json.versions.index) === v
      default:
        return this.h.flavor === 'zenodo' ? matchTerm(d, t) : false
    }
  }

  private sortHits(ctx: Ctx, hits: IndexDoc[], dflt: string): string {
    const sort = ctx.url.searchParams.get('sort') || dflt
    const SORTS = [
      'bestmatch',
      'newest',
      'oldest',
      'updated-desc',
      'updated-asc',
      'version',
      'mostviewed',
      'mostdownloaded'
    ]
    if (!SORTS.includes(sort)) throw validationError([{ field: 'sort', messages: [`Invalid sort option '${sort}'.`] }])
    const byCreated = (a: IndexDoc, b: IndexDoc): number => a.created.localeCompare(b.created) || a.id - b.id
    const byUpdated = (a: IndexDoc, b: IndexDoc): number => a.updated.localeCompare(b.updated) || a.id - b.id
    if (sort === 'oldest') hits.sort(byCreated)
    else if (sort === 'updated-desc') hits.sort((a, b) => byUpdated(b, a))
    else if (sort === 'updated-asc') hits.sort(byUpdated)
    else hits.sort((a, b) => byCreated(b, a))
    return sort
  }

  /**
   * GET /api/user/records: the caller's drafts and records, from the (possibly lagged) search
   * index; only the newest version of each concept unless allversions.
   */
  private userRecords(ctx: Ctx): void {
    const user = this.user(ctx)
    const p = ctx.url.searchParams
    const { page, size } = this.paging(ctx, 25)
    const allVersions = ['true', '1', 'yes', ''].includes((p.get('allversions') ?? 'false').toLowerCase())
    const terms = parseQuery(p.get('q') ?? '')
    const native = this.native(ctx)
    const published = p.get('is_published')
    const pick = (d: IndexDoc): Meta | undefined => {
      const forms = (native ? d.native : d.zenodo) as { draft?: Meta; record?: Meta } | undefined
      return forms?.draft ?? forms?.record
    }
    let hits = this.store.searchDocs().filter((d) => d.owner === user.id)
    if (!allVersions) hits = hits.filter((d) => d.isLatest)
    hits = hits.filter((d) => {
      const forms = d.native as { draft?: Meta; record?: Meta } | undefined
      const json = forms?.draft ?? forms?.record
      if (json === undefined || (isObj(json.deletion_status) && json.deletion_status.is_deleted === true)) return false
      if (published === 'true' && json.is_published !== true) return false
      if (published === 'false' && json.is_published !== false) return false
      return terms.every((t) => this.matches(d, json, t))
    })
    const sort = this.sortHits(ctx, hits, terms.length > 0 ? 'bestmatch' : 'newest')
    ctx.json(200, {
      hits: {
        hits: hits.slice((page - 1) * size, Math.min(page * size, MAX_RESULTS)).map((d) => pick(d)),
        total: hits.length
      },
      aggregations: {},
      sortBy: sort,
      links: this.pageLinks('/api/user/records', page, size, hits.length, {
        q: p.get('q') ?? undefined,
        sort,
        allversions: p.get('allversions') ?? undefined,
        is_published: published ?? undefined
      })
    })
  }

  private pageLinks(
    path: string,
    page: number,
    size: number,
    total: number,
    params: Record<string, string | undefined>
  ): Meta {
    const links: Meta = { self: this.searchLink(path, { ...params, page, size }) }
    if (page > 1) links.prev = this.searchLink(path, { ...params, page: page - 1, size })
    if (page * size < Math.min(total, MAX_RESULTS))
      links.next = this.searchLink(path, { ...params, page: page + 1, size })
    return links
  }

  /** GET /api/records: published records (latest versions unless allversions), by search. */
  private searchRecords(ctx: Ctx): void {
    const p = ctx.url.searchParams
    const { page, size } = this.paging(ctx, 25)
    const allVersions = ['true', '1', 'yes', ''].includes((p.get('allversions') ?? 'false').toLowerCase())
    const terms = parseQuery(p.get('q') ?? '')
    const native = this.native(ctx)
    const hits = this.store.searchDocs().filter((d) => {
      const rec = (d.native as { record?: Meta } | undefined)?.record
      if (rec === undefined || (isObj(rec.deletion_status) && rec.deletion_status.is_deleted === true)) return false
      if (!allVersions && !(isObj(rec.versions) && rec.versions.is_latest === true)) return false
      const dep = this.store.deps.get(d.id)
      if (dep !== undefined && !this.canReadRecord(ctx.user, dep)) return false
      return terms.every((t) => this.matches(d, rec, t))
    })
    const sort = this.sortHits(ctx, hits, terms.length > 0 ? 'bestmatch' : 'newest')
    ctx.json(200, {
      hits: {
        hits: hits
          .slice((page - 1) * size, Math.min(page * size, MAX_RESULTS))
          .map((d) => ((native ? d.native : d.zenodo) as { record?: Meta }).record),
        total: hits.length
      },
      aggregations: {},
      sortBy: sort,
      links: this.pageLinks('/api/records', page, size, hits.length, {
        q: p.get('q') ?? undefined,
        sort,
        allversions: p.get('allversions') ?? undefined
      })
    })
  }
}

async function md5OfFile(path: string): Promise<string> {
  const hash = createHash('md5')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

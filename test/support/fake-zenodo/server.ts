// HTTP layer of the fake Zenodo server: routing, auth, rate limits, faults, holds, the seed
// helpers, and the handlers of the legacy deposit API and the bucket API. The native records
// API is in rdm.ts, communities and requests in communities.ts, both on the same store.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { mkdtempSync, promises as fsp } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type {
  Fault,
  FaultAction,
  FakeCommunityOptions,
  FakeCommunityRole,
  FakeCommunityView,
  FakeFlavor,
  FakeInstanceConfig,
  FakeRequestView,
  FakeDepositionView,
  FakeFileView,
  FakeUser,
  FakeZenodo,
  FakeZenodoOptions,
  Hold,
  HoldMatch,
  RequestLogEntry,
  SeedDraftOptions,
  SeedOptions
} from './types.js'
import { type Meta, normalizeDepositBody, validateForPublish } from './metadata.js'
import {
  type Concept,
  type Dep,
  type IndexDoc,
  Store,
  type StoredFile,
  isPublished,
  latestPublished,
  doiOf,
  recordDoc,
  unlinkQuiet
} from './store.js'
import { matchTerm, parseQuery } from './search.js'
import { RdmApi } from './rdm.js'
import {
  DEFAULT_VOCABULARIES,
  type RdmDoc,
  ZENODO_CUSTOM_FIELD_NAMESPACES,
  loadDraft,
  rdmToLegacy
} from './rdm-metadata.js'
import {
  ApiError,
  MSG,
  RateLimiter,
  limitString,
  parseMultipart,
  secureFilename,
  todayUtc,
  validationError
} from './util.js'
import {
  Aborted,
  Ctx,
  JSON_TYPE,
  faultReply,
  firstAccept,
  flatHeaders,
  pathMatches,
  safeDecode,
  sleep
} from './http.js'

const DEFAULT_USERS: Record<string, FakeUser> = {
  'owner-token': { id: 1 },
  'other-token': { id: 2 },
  'super-token': { id: 3, superuser: true },
  'community-token': { id: 4 }
}

/** The instance configuration of each flavor (zenodo/zenodo-rdm invenio.cfg; upstream defaults). */
function flavorConfig(flavor: FakeFlavor): FakeInstanceConfig {
  const zenodo = flavor === 'zenodo'
  return {
    allowMetadataOnlyRecords: !zenodo,
    allowRestrictedRecords: !zenodo,
    lockEditPublishedFiles: true,
    allowEmptyFiles: !zenodo,
    multipartParts: !zenodo,
    multipartChecksumDelayMs: 300,
    multipartPendingChecksum: 'null',
    multipartLinks: 'local',
    newVersionReviewPolicy: 'never',
    mintDois: true,
    customFieldNamespaces: zenodo ? [...ZENODO_CUSTOM_FIELD_NAMESPACES] : []
  }
}
const MAX_JSON_BYTES = 16 << 20
const MAX_MULTIPART_BYTES = 512 << 20
/** RDM's default_max_results: a search page must start within the first 10000 hits. */
const MAX_RESULTS = 10000

/** An armed hold: the requests it caught wait on gate until release(). */
interface HoldState {
  method?: string
  path?: string | RegExp
  phase: 'before' | 'after'
  left: number
  gate: Promise<void>
  arrive: (entry: RequestLogEntry) => void
  hold: Hold
}

export class FakeZenodoServer implements FakeZenodo {
  url = ''
  port = 0
  publicUrl = ''
  storageDir = ''
  readonly requests: RequestLogEntry[] = []
  private faults: Array<Fault & { left: number }> = []
  /** Holds still catching requests, in the order they were added. */
  private holds: HoldState[] = []
  /** Holds not yet released (some may be exhausted but still keep requests waiting). */
  private readonly unreleased = new Set<HoldState>()
  private clockOffset: number
  private store!: Store
  private server!: Server
  private readonly users: Record<string, FakeUser>
  private readonly limiter: RateLimiter
  private readonly limitText: string
  private ownDir = false
  readonly flavor: FakeFlavor
  private cfg: FakeInstanceConfig
  private rdm!: RdmApi

  constructor(private readonly options: FakeZenodoOptions) {
    this.flavor = options.flavor ?? 'zenodo'
    if (this.flavor !== 'zenodo' && this.flavor !== 'invenio') {
      throw new RangeError(`fake Zenodo: unknown flavor ${String(this.flavor)}`)
    }
    this.cfg = { ...flavorConfig(this.flavor), ...options.config }
    this.users = options.users ?? DEFAULT_USERS
    const rl =
      options.rateLimit === false || options.rateLimit === undefined
        ? { limit: 1000, windowSeconds: 60 }
        : options.rateLimit
    this.limiter = new RateLimiter(rl.limit, rl.windowSeconds * 1000, options.rateLimit !== false)
    this.limitText = limitString(rl.limit, rl.windowSeconds)
    this.clockOffset = checkMs('clockOffsetMs', options.clockOffsetMs ?? 0, true)
  }

  async start(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1'
    let dir = this.options.storageDir
    if (dir === undefined) {
      dir = mkdtempSync(join(tmpdir(), 'fake-zenodo-'))
      this.ownDir = true
    } else {
      await fsp.mkdir(dir, { recursive: true })
    }
    this.server = createServer((req, res) => {
      void this.handle(req, res)
    })
    // Big uploads through a slow or stalling client must not hit Node's 5-minute default.
    this.server.requestTimeout = 0
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.options.port ?? 0, host, () => resolve())
    })
    this.port = (this.server.address() as AddressInfo).port
    const hostPart = host.includes(':') ? `[${host}]` : host
    this.url = `http://${hostPart}:${this.port}`
    this.publicUrl = (this.options.publicUrl ?? this.url).replace(/\/+$/, '')
    this.storageDir = dir
    const zenodo = this.flavor === 'zenodo'
    this.store = new Store(
      this.publicUrl,
      dir,
      this.options.firstId ?? 1000,
      {
        maxFiles: this.options.maxFiles ?? 100,
        quotaBytes: this.options.quotaBytes ?? (zenodo ? 50e9 : 10e9),
        maxFileBytes: this.options.maxFileBytes ?? (zenodo ? 50e9 : 10e9)
      },
      () => this.now(),
      {
        style: this.flavor,
        doiPrefix: this.options.doiPrefix ?? (zenodo ? '10.5281' : '10.1234'),
        allowEmptyFiles: () => this.cfg.allowEmptyFiles,
        mintDois: () => this.cfg.mintDois
      }
    )
    this.rdm = new RdmApi({
      store: this.store,
      flavor: this.flavor,
      doiLinkBase: this.options.doiLinkBase ?? (zenodo ? 'https://doi.org/' : 'https://handle.test.datacite.org/'),
      vocab: DEFAULT_VOCABULARIES,
      cfg: () => this.cfg,
      now: () => this.now(),
      readJson: async (ctx) => await this.readJson(ctx),
      readBody: async (ctx, limit) => await this.readBody(ctx, limit),
      legacy: {
        readRecord: (ctx, id) => this.readRecord(ctx, id),
        listVersions: (ctx, id) => this.listVersions(ctx, id),
        formats: async (ctx, method, id, recordUrl) => await this.formats(ctx, method, id, recordUrl)
      }
    })
    this.store.setIndexLag(checkMs('indexLagMs', this.options.indexLagMs ?? 0, false))
  }

  now(): number {
    return Date.now() + this.clockOffset
  }

  setClockOffset(ms: number): void {
    this.clockOffset = checkMs('clock offset', ms, true)
  }

  setIndexLag(ms: number): void {
    this.store.setIndexLag(checkMs('index lag', ms, false))
  }

  hold(match: HoldMatch): Hold {
    let open!: () => void
    let arrive!: (entry: RequestLogEntry) => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const arrived = new Promise<RequestLogEntry>((resolve) => (arrive = resolve))
    const held: RequestLogEntry[] = []
    const state: HoldState = {
      method: match.method?.toUpperCase(),
      path: match.path,
      phase: match.phase ?? 'before',
      left: match.times ?? 1,
      gate,
      arrive: (entry) => {
        held.push(entry)
        arrive(entry)
      },
      hold: {
        arrived,
        held,
        release: () => {
          this.holds = this.holds.filter((h) => h !== state)
          this.unreleased.delete(state)
          open()
        }
      }
    }
    if (state.left > 0) this.holds.push(state)
    this.unreleased.add(state)
    return state.hold
  }

  releaseAll(): void {
    for (const h of [...this.unreleased]) h.hold.release()
  }

  async close(): Promise<void> {
    // Held requests would otherwise keep their handlers (and a waiting test) pending.
    this.releaseAll()
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
    if (this.ownDir) await fsp.rm(this.store.dir, { recursive: true, force: true })
  }

  addFault(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
  }

  clearFaults(): void {
    this.faults = []
  }

  depositions(): FakeDepositionView[] {
    return [...this.store.deps.values()].sort((a, b) => a.id - b.id).map((d) => this.store.view(d))
  }

  deposition(id: number): FakeDepositionView | undefined {
    const d = this.store.deps.get(id)
    return d === undefined ? undefined : this.store.view(d)
  }

  record(recid: string): FakeDepositionView | undefined {
    const d = this.store.getByPid(recid)
    return d === undefined ? undefined : this.store.view(d)
  }

  fileBytes(id: number | string, key: string): Buffer | undefined {
    const d = typeof id === 'number' ? this.store.deps.get(id) : this.store.getByPid(id)
    return d === undefined ? undefined : this.store.fileBytes(d, key)
  }

  config(): FakeInstanceConfig {
    return { ...this.cfg, customFieldNamespaces: [...this.cfg.customFieldNamespaces] }
  }

  configure(config: Partial<FakeInstanceConfig>): void {
    this.cfg = { ...this.cfg, ...config }
  }

  addCommunity(opts: FakeCommunityOptions): FakeCommunityView {
    return this.rdm.reviews.view(this.rdm.reviews.addCommunity(opts))
  }

  addCommunityMember(community: string, user: number, role: FakeCommunityRole = 'reader'): void {
    this.rdm.reviews.addMember(community, user, role)
  }

  community(idOrSlug: string): FakeCommunityView | undefined {
    const c = this.rdm.reviews.find(idOrSlug)
    return c === undefined ? undefined : this.rdm.reviews.view(c)
  }

  communities(): FakeCommunityView[] {
    return [...this.store.communities.values()].map((c) => this.rdm.reviews.view(c))
  }

  communityRequests(): FakeRequestView[] {
    return [...this.store.requests.values()].map((r) => this.rdm.reviews.requestView(r))
  }

  communityRequest(id: string): FakeRequestView | undefined {
    const r = this.store.requests.get(id)
    return r === undefined ? undefined : this.rdm.reviews.requestView(r)
  }

  private requestAsOwner(id: string): { r: NonNullable<ReturnType<Store['requests']['get']>>; owner: FakeUser } {
    const r = this.store.requests.get(id)
    if (r === undefined) throw new Error(`no request ${id}`)
    const c = this.store.communities.get(r.receiver)
    return { r, owner: { id: c?.owner ?? 4 } }
  }

  async acceptRequest(id: string, comment?: string): Promise<FakeRequestView> {
    const { r, owner } = this.requestAsOwner(id)
    await this.rdm.reviews.accept(r, owner, comment !== undefined ? { payload: { content: comment } } : undefined)
    return this.rdm.reviews.requestView(r)
  }

  async declineRequest(id: string, comment?: string): Promise<FakeRequestView> {
    const { r, owner } = this.requestAsOwner(id)
    this.rdm.reviews.decline(r, owner, comment !== undefined ? { payload: { content: comment } } : undefined)
    return this.rdm.reviews.requestView(r)
  }

  async seedPublished(opts: SeedOptions): Promise<FakeDepositionView> {
    const dep = await this.seedDep(opts)
    this.store.publish(dep)
    for (const ref of opts.communities ?? []) {
      const c = this.rdm.reviews.find(ref)
      if (c === undefined) throw new Error(`seedPublished: no community ${ref}`)
      if (!dep.concept.communities.includes(c.id)) dep.concept.communities.push(c.id)
    }
    this.store.touch(dep)
    this.store.backdate(dep.concept)
    return this.store.view(dep)
  }

  async seedDraft(opts: SeedDraftOptions = {}): Promise<FakeDepositionView> {
    const existing = opts.conceptrecid !== undefined ? this.store.concepts.get(opts.conceptrecid) : undefined
    if (existing?.versions.some((v) => !isPublished(v)) === true) {
      // Zenodo keeps at most one unpublished draft per concept: newversion hands back the pending one.
      throw new Error(`seedDraft: concept ${opts.conceptrecid as string} already has an unpublished draft`)
    }
    const dep = await this.seedDep({ ...opts, files: opts.files ?? [] })
    this.store.backdate(dep.concept)
    return this.store.view(dep)
  }

  async seedFile(id: number, key: string, content: Buffer | string): Promise<FakeFileView> {
    const dep = this.store.deps.get(id)
    if (dep === undefined) throw new Error(`seedFile: no deposition ${id}`)
    const f = await this.store.commitFile(dep, key, await this.store.writeBuffer(Buffer.from(content)))
    this.store.backdate(dep.concept)
    return { id: f.id, key: f.key, size: f.size, md5: f.md5 }
  }

  /** A draft with the seed's metadata and files (keys verbatim), in a new or given concept. */
  private async seedDep(opts: SeedOptions): Promise<Dep> {
    const s = this.store
    const owner = opts.owner ?? 1
    let concept: Concept | undefined = opts.conceptrecid !== undefined ? s.concepts.get(opts.conceptrecid) : undefined
    if (concept === undefined) {
      if (opts.conceptrecid !== undefined) s.reserveId(Number(opts.conceptrecid))
      concept = s.newConcept(owner, opts.conceptrecid)
    }
    const { metadata } = normalizeDepositBody({ metadata: opts.metadata ?? {} }, todayUtc(this.now()))
    const dep = s.newDep(concept, owner, metadata)
    if (opts.rdm !== undefined) {
      // Native fields: loaded as a draft body would be (over what the legacy metadata gives).
      const base = recordDoc({ ...dep, record: metadata } as Dep) as RdmDoc
      const body = {
        metadata: opts.rdm.metadata ?? base.metadata,
        access: opts.rdm.access ?? base.access,
        files: opts.rdm.files ?? { enabled: true },
        custom_fields: opts.rdm.custom_fields ?? base.custom_fields
      }
      const { doc } = loadDraft(body, {
        today: todayUtc(this.now()),
        vocab: DEFAULT_VOCABULARIES,
        superuser: true,
        allowRestrictedRecords: true,
        allowMetadataOnlyRecords: true,
        customFieldNamespaces: this.cfg.customFieldNamespaces,
        hasFiles: false,
        managedPrefix: this.store.ids.doiPrefix,
        doiTaken: () => false
      })
      const legacy = rdmToLegacy(doc)
      dep.draft = legacy
      dep.rdmDraft = { doc, of: legacy }
    }
    for (const f of opts.files) {
      await s.commitFile(dep, f.key, await s.writeBuffer(Buffer.from(f.content)))
    }
    return dep
  }

  // ---- request pipeline -------------------------------------------------------------------

  private takeFault(method: string, pathname: string): FaultAction | undefined {
    const i = this.faults.findIndex(
      (f) => (f.method === undefined || f.method.toUpperCase() === method) && pathMatches(f.path, pathname)
    )
    if (i === -1) return undefined
    const f = this.faults[i]
    if (f.left !== Infinity && --f.left <= 0) this.faults.splice(i, 1)
    return f.action
  }

  /** The gate of the first armed hold of this phase matching the request, if any. */
  private takeHold(phase: 'before' | 'after', ctx: Ctx): Promise<void> | undefined {
    const method = ctx.req.method ?? 'GET'
    const pathname = ctx.url.pathname
    // The inspection endpoint is not Zenodo; holding it would only confuse a test.
    if (pathname.startsWith('/__fake/')) return undefined
    const h = this.holds.find(
      (x) => x.phase === phase && (x.method === undefined || x.method === method) && pathMatches(x.path, pathname)
    )
    if (h === undefined) return undefined
    if (--h.left <= 0) this.holds = this.holds.filter((x) => x !== h)
    h.arrive(ctx.entry)
    return h.gate
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid')
    const method = req.method ?? 'GET'
    const entry: RequestLogEntry = {
      method,
      path: url.pathname + url.search,
      headers: flatHeaders(req),
      status: 0,
      bodyBytes: 0,
      at: Date.now()
    }
    this.requests.push(entry)
    const closed = new Promise<void>((resolve) => res.once('close', () => resolve()))
    res.once('close', () => this.options.onRequest?.(entry))
    const ctx = new Ctx(req, res, url, entry, {
      now: () => this.now(),
      holdAfter: (c) => this.takeHold('after', c)
    })
    try {
      if (url.pathname.startsWith('/__fake/')) {
        ctx.rate = this.limiter.check(this.rateKey(req), Date.now(), false, this.clockOffset).headers
        await this.inspect(ctx)
        return
      }
      const held = this.takeHold('before', ctx)
      if (held !== undefined) {
        // A client that gives up while held is simply gone.
        await Promise.race([held, closed])
        if (ctx.gone) return
      }
      const fault = this.takeFault(method, url.pathname)
      if (fault !== undefined && (await this.preFault(ctx, fault))) return
      const rate = this.limiter.check(this.rateKey(req), Date.now(), true, this.clockOffset)
      ctx.rate = rate.headers
      if (!rate.allowed) {
        ctx.json(429, { status: 429, message: this.limitText })
        return
      }
      ctx.user = this.authenticate(req, url)
      await this.route(ctx)
      if (!ctx.answered && !ctx.gone) throw new Error('handler did not answer')
    } catch (err) {
      if (err instanceof Aborted) ctx.req.socket.destroy()
      if (ctx.gone) return
      if (err instanceof ApiError) {
        ctx.json(err.status, err.body())
      } else {
        process.stderr.write(`fake-zenodo: ${method} ${entry.path}: ${String(err)}\n`)
        ctx.json(500, new ApiError(500, MSG.internal).body())
      }
    }
  }

  /** Applies a fault that acts before processing; true when the request is finished. */
  private async preFault(ctx: Ctx, f: FaultAction): Promise<boolean> {
    const { req, entry } = ctx
    switch (f.kind) {
      case 'status': {
        // Answered "by the proxy": only the headers the fault names, no rate-limit headers (a
        // default Retry-After of a minute would make clients under test sleep for nothing).
        const reply = faultReply(f)
        ctx.rate = {}
        ctx.send(f.status, reply.body, { 'Content-Type': reply.type, ...f.headers })
        return true
      }
      case 'reset-mid-body': {
        const length = Number(req.headers['content-length'])
        const target = f.afterBytes ?? (Number.isFinite(length) ? Math.floor(length / 2) : 65536)
        if (target <= 0) {
          req.socket.destroy()
          return true
        }
        await new Promise<void>((resolve) => {
          let n = 0
          req.on('data', (chunk: Buffer) => {
            n += chunk.length
            entry.bodyBytes += chunk.length
            if (n >= target) {
              req.socket.destroy()
              resolve()
            }
          })
          req.once('end', () => {
            req.socket.destroy()
            resolve()
          })
          req.once('close', () => resolve())
        })
        // The native API notices the dropped upload and deletes the entry (ClientDisconnected).
        await this.rdm.contentAborted(ctx.url.pathname, this.authenticate(req, ctx.url))
        return true
      }
      case 'delay':
        await sleep(f.ms)
        return false
      default:
        ctx.fault = f
        return false
    }
  }

  private rateKey(req: IncomingMessage): string {
    return `${req.headers['user-agent'] ?? ''}|${req.socket.remoteAddress ?? ''}`
  }

  private authenticate(req: IncomingMessage, url: URL): FakeUser | undefined {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
    const token = m?.[1] ?? url.searchParams.get('access_token') ?? undefined
    // An unknown token is simply anonymous: Zenodo answers no 401 anywhere; what needs a user is a 403.
    return token !== undefined ? this.users[token] : undefined
  }

  private async inspect(ctx: Ctx): Promise<void> {
    if (ctx.url.pathname === '/__fake/state' && ctx.req.method === 'GET') {
      ctx.json(200, this.depositions())
    } else {
      throw new ApiError(404, MSG.urlNotFound)
    }
  }

  // ---- body helpers -----------------------------------------------------------------------

  private async readBody(ctx: Ctx, limit: number): Promise<Buffer> {
    const { req, entry } = ctx
    return await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = []
      let total = 0
      req.on('data', (c: Buffer) => {
        total += c.length
        entry.bodyBytes += c.length
        if (total <= limit) chunks.push(c)
      })
      req.once('end', () => {
        if (total > limit) reject(new ApiError(413, MSG.tooLarge))
        else resolve(Buffer.concat(chunks))
      })
      req.once('error', () => reject(new Aborted()))
      req.once('close', () => {
        if (!req.complete) reject(new Aborted())
      })
    })
  }

  /**
   * Legacy JSON endpoints: the Content-Type is compared as a raw string (no parameters, no case
   * folding), as flask-resources' request_body_parser does (parsers/decorators.py); none at all means JSON.
   */
  private async readJson(ctx: Ctx): Promise<unknown> {
    const ct = ctx.req.headers['content-type']
    if (ct !== undefined && ct !== '' && ct !== JSON_TYPE) {
      throw new ApiError(415, `Invalid 'Content-Type' header. Expected one of: ${JSON_TYPE}`)
    }
    const buf = await this.readBody(ctx, MAX_JSON_BYTES)
    if (buf.length === 0) return undefined
    try {
      return JSON.parse(buf.toString('utf8'))
    } catch {
      throw new ApiError(400, 'Unable to decode JSON data in request body.')
    }
  }

  // ---- permissions ------------------------------------------------------------------------

  private requireUser(ctx: Ctx): FakeUser {
    if (ctx.user === undefined) throw new ApiError(403, MSG.denied)
    return ctx.user
  }

  private requireManage(ctx: Ctx, dep: Dep): FakeUser {
    const user = this.requireUser(ctx)
    if (user.superuser !== true && user.id !== dep.owner) throw new ApiError(403, MSG.denied)
    return user
  }

  /** Drafts are private; a published record (without an open draft) is public. */
  private requireRead(ctx: Ctx, dep: Dep): void {
    if (isPublished(dep) && dep.draft === undefined) return
    this.requireManage(ctx, dep)
  }

  /**
   * Writes to the files of a deposition. A published record without a draft answers 404 (there is
   * no draft to resolve, as Zenodo's own test of a multipart upload after publish shows; a bucket PUT
   * of a new key goes the same way); an edit draft answers 403 "Bucket is locked for modifications."
   * (BucketLockedError, invenio-files-rest errors.py): files freeze at publish.
   */
  private requireWritableFiles(dep: Dep): void {
    if (!isPublished(dep)) return
    if (dep.draft === undefined) throw new ApiError(404, MSG.notFound)
    throw new ApiError(403, MSG.locked)
  }

  private getPublished(idStr: string): Dep {
    const dep = this.store.getDep(idStr)
    if (!isPublished(dep)) throw new ApiError(404, MSG.pidUnregistered)
    return dep
  }

  // ---- routing ----------------------------------------------------------------------------

  private async route(ctx: Ctx): Promise<void> {
    // HEAD is served as GET (Node drops the body), as Flask does.
    const method = ctx.req.method === 'HEAD' ? 'GET' : (ctx.req.method ?? 'GET')
    const raw = ctx.url.pathname.split('/').slice(1)
    if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop()
    const seg = raw.map(safeDecode)
    const n = seg.length
    const notFound = (): never => {
      throw new ApiError(404, MSG.urlNotFound)
    }
    const allow = (...methods: string[]): void => {
      if (!methods.includes(method)) throw new ApiError(405, MSG.methodNotAllowed)
    }
    if (seg[0] !== 'api') notFound()
    // Stock InvenioRDM has no legacy deposit API and no bucket API.
    if (this.flavor === 'invenio' && (seg[1] === 'deposit' || seg[1] === 'files')) notFound()

    if (seg[1] === 'deposit' && seg[2] === 'depositions') {
      const id = seg[3]
      if (n === 3) {
        allow('GET', 'POST')
        return method === 'GET' ? this.list(ctx) : await this.create(ctx)
      }
      if (n === 4) {
        allow('GET', 'PUT', 'DELETE')
        if (method === 'GET') return this.read(ctx, id)
        return method === 'PUT' ? await this.update(ctx, id) : await this.discard(ctx, id)
      }
      if (n === 6 && seg[4] === 'actions') {
        const actions: Record<string, (c: Ctx, id: string) => Promise<void>> = {
          publish: this.publish,
          edit: this.edit,
          discard: this.discard,
          newversion: this.newVersion
        }
        const action = actions[seg[5]]
        if (action === undefined) notFound()
        allow('POST')
        return await action.call(this, ctx, id)
      }
      if (n === 5 && seg[4] === 'files') {
        allow('GET', 'POST')
        return method === 'GET' ? this.listFiles(ctx, id) : await this.uploadMultipart(ctx, id)
      }
      if (n === 6 && seg[4] === 'files') {
        allow('GET', 'DELETE')
        return method === 'GET' ? this.readFile(ctx, id, seg[5]) : await this.deleteFile(ctx, id, seg[5])
      }
      if (n === 5 && seg[4] === 'formats') return await this.formats(ctx, method, id, false)
      notFound()
    }

    if (seg[1] === 'records' || seg[1] === 'user' || seg[1] === 'requests' || seg[1] === 'communities') {
      if (await this.rdm.route(ctx, method, seg)) return
      notFound()
    }

    if (seg[1] === 'files' && n >= 3) {
      const bucket = seg[2]
      if (n === 3) {
        allow('GET')
        return this.bucketList(ctx, bucket)
      }
      // The route is /<bucket_id>/<key> (LegacyFilesRESTResourceConfig in zenodo/zenodo-rdm
      // site/zenodo_rdm/legacy/resources.py): a key holding "/" (even as %2F) does not match.
      if (n > 4 || seg[3].includes('/')) notFound()
      allow('GET', 'PUT', 'DELETE')
      if (method === 'GET') return this.bucketGet(ctx, bucket, seg[3])
      return method === 'PUT' ? await this.bucketPut(ctx, bucket, seg[3]) : await this.bucketDelete(ctx, bucket, seg[3])
    }
    notFound()
  }

  // ---- deposit API ------------------------------------------------------------------------

  /**
   * The user records search (search_user_records in zenodo/zenodo-rdm site/zenodo_rdm/legacy/
   * resources.py). Without allversions=true only the newest version of each concept
   * is listed, draft or not (RDM filters on versions.is_latest_draft), so a pending new-version
   * draft hides its published predecessor; allversions=true lists every version.
   */
  private list(ctx: Ctx): void {
    const user = this.requireUser(ctx)
    const p = ctx.url.searchParams
    const int = (name: string, dflt: number): number => {
      const v = p.get(name)
      if (v === null || v === '') return dflt
      if (!/^\d+$/.test(v) || Number(v) < 1) {
        throw validationError([{ field: name, messages: ['Not a valid integer.'] }])
      }
      return Number(v)
    }
    const size = int('size', 10)
    const page = int('page', 1)
    // invenio-records-resources pagination.py: a page must start inside the search window
    // (Elasticsearch's max_result_window) and is cut off at its end; the resource answers
    // QuerystringValidationError with a fixed message.
    const from = (page - 1) * size
    if (from >= MAX_RESULTS) throw new ApiError(400, 'Invalid querystring parameters.')
    const allVersions = ['true', '1', 'yes', ''].includes((p.get('allversions') ?? 'false').toLowerCase())
    const terms = parseQuery(p.get('q') ?? '')
    // Filtering, sorting and paging all run on what the index holds (lagged or live).
    let hits = this.store.searchDocs().filter((d) => d.owner === user.id)
    if (!allVersions) hits = hits.filter((d) => d.isLatest)
    hits = hits.filter((d) => terms.every((t) => matchTerm(d, t)))
    const sort = p.get('sort') || 'newest'
    // RDM validates the sort option against the configured ones; the pre-2023 'mostrecent' is gone.
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
    if (!SORTS.includes(sort)) {
      throw validationError([{ field: 'sort', messages: [`Invalid sort option '${sort}'.`] }])
    }
    const byCreated = (a: IndexDoc, b: IndexDoc): number => a.created.localeCompare(b.created) || a.id - b.id
    const byUpdated = (a: IndexDoc, b: IndexDoc): number => a.updated.localeCompare(b.updated) || a.id - b.id
    if (sort === 'oldest') hits.sort(byCreated)
    else if (sort === 'updated-desc') hits.sort((a, b) => byUpdated(b, a))
    else if (sort === 'updated-asc') hits.sort(byUpdated)
    else hits.sort((a, b) => byCreated(b, a))
    ctx.json(
      200,
      hits.slice(from, Math.min(page * size, MAX_RESULTS)).map((d) => d.json)
    )
  }

  private async create(ctx: Ctx): Promise<void> {
    // Like flask-resources: the body is parsed and validated before the permission check.
    const { metadata } = normalizeDepositBody(await this.readJson(ctx), todayUtc(this.now()))
    const user = this.requireUser(ctx)
    // The concept id is allocated first, so a new deposit has conceptrecid == id - 1.
    const concept = this.store.newConcept(user.id)
    const dep = this.store.newDep(concept, user.id, metadata)
    ctx.json(201, this.store.legacy(dep, { bucket: true }))
  }

  private read(ctx: Ctx, id: string): void {
    const dep = this.store.getDep(id)
    this.requireRead(ctx, dep)
    ctx.json(200, this.store.legacy(dep, { bucket: true }))
  }

  private async update(ctx: Ctx, id: string): Promise<void> {
    const { metadata } = normalizeDepositBody(await this.readJson(ctx), todayUtc(this.now()))
    const dep = this.store.getDep(id)
    this.requireManage(ctx, dep)
    if (dep.draft === undefined) throw new ApiError(404, MSG.notFound)
    // A full replacement, not a merge: fields the body leaves out are gone from the draft.
    dep.draft = metadata
    this.store.touch(dep)
    ctx.json(200, this.store.legacy(dep, { bucket: true }))
  }

  /** DELETE and actions/discard: both delete the draft (both route to delete_draft in legacy/resources.py). */
  private async discard(ctx: Ctx, id: string): Promise<void> {
    const dep = this.store.getDep(id)
    this.requireManage(ctx, dep)
    if (dep.draft === undefined) throw new ApiError(404, MSG.notFound)
    // The same review component runs behind the legacy API.
    this.rdm.reviews.beforeDeleteDraft(dep)
    if (isPublished(dep)) {
      dep.draft = undefined
      this.store.touch(dep)
    } else {
      await this.store.removeDep(dep)
    }
    ctx.send(204, undefined)
  }

  private async publish(ctx: Ctx, id: string): Promise<void> {
    const dep = this.store.getDep(id)
    this.requireManage(ctx, dep)
    if (dep.draft === undefined) throw new ApiError(404, MSG.notFound)
    const errors = validateForPublish(dep.draft, dep.files.size)
    if (errors.length > 0) throw validationError(errors)
    this.rdm.reviews.checkPublish(dep)
    this.store.publish(dep)
    ctx.json(202, this.store.legacy(dep, { bucket: true }))
  }

  private async edit(ctx: Ctx, id: string): Promise<void> {
    const dep = this.store.getDep(id)
    this.requireManage(ctx, dep)
    if (dep.draft === undefined) {
      dep.draft = structuredClone(dep.record)
      // A record written through the native API keeps its native fields in the edit.
      if (dep.rdmRecord !== undefined && dep.rdmRecord.of === dep.record) {
        dep.rdmDraft = { doc: structuredClone(dep.rdmRecord.doc), of: dep.draft as Meta }
      }
      this.store.touch(dep)
    }
    ctx.json(201, this.store.legacy(dep, { bucket: true }))
  }

  /**
   * actions/newversion: returns the (new or pending) next-version draft with the latest version's
   * files imported (new_version in legacy/resources.py); a pending one that holds files is a 400.
   */
  private async newVersion(ctx: Ctx, id: string): Promise<void> {
    const dep = this.nextVersionSource(ctx, id)
    const latest = latestPublished(dep.concept) as Dep
    let draft = dep.concept.versions.find((v) => !isPublished(v))
    if (draft !== undefined) {
      if (draft.files.size > 0) {
        throw validationError([{ field: 'files.enabled', messages: ['Please remove all files first.'] }])
      }
    } else {
      draft = this.createNextVersion(dep)
      // Zenodo's legacy layer runs the same service, review component included.
      if (ctx.user !== undefined) this.rdm.reviews.onNewVersion(draft, ctx.user)
    }
    await this.store.importFiles(draft, latest)
    ctx.json(201, this.store.legacy(draft, { bucket: true }))
  }

  private nextVersionSource(ctx: Ctx, id: string): Dep {
    const dep = this.store.getDep(id)
    this.requireManage(ctx, dep)
    if (!isPublished(dep)) throw new ApiError(404, MSG.pidUnregistered)
    // Records with an external DOI cannot be versioned (RDM_ALLOW_EXTERNAL_DOI_VERSIONING=False).
    const doi = doiOf(dep)
    if (doi !== undefined && !doi.startsWith('10.5281/')) throw new ApiError(403, MSG.denied)
    return dep
  }

  private createNextVersion(dep: Dep): Dep {
    const latest = latestPublished(dep.concept) as Dep
    const meta = structuredClone(latest.record) as Meta
    delete meta.version
    delete meta.doi
    meta.publication_date = todayUtc(this.now())
    const draft = this.store.newDep(dep.concept, dep.concept.owner, meta)
    if (latest.rdmRecord !== undefined && latest.rdmRecord.of === latest.record) {
      const doc = structuredClone(latest.rdmRecord.doc)
      delete doc.metadata.version
      doc.metadata.publication_date = meta.publication_date
      doc.pids = {}
      draft.rdmDraft = { doc, of: meta }
      this.store.reindex(dep.concept)
    }
    return draft
  }

  private listFiles(ctx: Ctx, id: string): void {
    const dep = this.store.getDep(id)
    this.requireRead(ctx, dep)
    ctx.json(
      200,
      [...dep.files.values()].map((f) => this.store.legacyFile(dep, f))
    )
  }

  private fileById(dep: Dep, fileId: string): StoredFile {
    const f = [...dep.files.values()].find((x) => x.id === fileId)
    if (f === undefined) throw new ApiError(404, MSG.notFound)
    return f
  }

  private readFile(ctx: Ctx, id: string, fileId: string): void {
    const dep = this.store.getDep(id)
    this.requireRead(ctx, dep)
    ctx.json(200, this.store.legacyFile(dep, this.fileById(dep, fileId)))
  }

  private async deleteFile(ctx: Ctx, id: string, fileId: string): Promise<void> {
    const dep = this.store.getDep(id)
    this.requireManage(ctx, dep)
    const f = this.fileById(dep, fileId)
    if (isPublished(dep)) {
      throw new ApiError(403, dep.draft === undefined ? MSG.denied : MSG.locked)
    }
    await this.store.deleteFile(dep, f.key)
    ctx.send(204, undefined)
  }

  /** POST …/files (multipart, fields file and name); the key goes through secure_filename. */
  private async uploadMultipart(ctx: Ctx, id: string): Promise<void> {
    const dep = this.store.getDep(id)
    this.requireManage(ctx, dep)
    this.requireWritableFiles(dep)
    const ct = ctx.req.headers['content-type'] ?? ''
    if (!/^multipart\/form-data\b/i.test(ct)) throw new ApiError(400, MSG.badRequest)
    const form = parseMultipart(await this.readBody(ctx, MAX_MULTIPART_BYTES), ct)
    const file = form.files.file
    if (file === undefined) throw new ApiError(400, MSG.badRequest)
    const key = secureFilename(form.fields.name ?? file.filename)
    if (key === '') {
      throw validationError([{ field: 'key', messages: ['Missing data for required field.'] }])
    }
    if (dep.files.has(key)) throw new ApiError(400, `File with key ${key} already exists.`)
    this.store.checkLimits(dep, key, file.data.length)
    const stored = await this.store.commitFile(dep, key, await this.store.writeBuffer(file.data))
    ctx.json(201, this.store.legacyFile(dep, stored))
  }

  // ---- extra formats (deposit and record URLs share the storage) --------------------------

  private async formats(ctx: Ctx, method: string, id: string, recordUrl: boolean): Promise<void> {
    const invalid = (): never => {
      throw new ApiError(400, 'Invalid extra format MIMEType.')
    }
    const load = (): Dep => (recordUrl ? this.getPublished(id) : this.store.getDep(id))
    if (method === 'GET') {
      const mimetype = ctx.url.searchParams.get('mimetype') ?? firstAccept(ctx.req.headers.accept)
      if (mimetype === undefined || mimetype === '') invalid()
      const dep = load()
      this.requireRead(ctx, dep)
      const f = dep.formats.get(mimetype as string)
      if (f === undefined) throw new ApiError(404, MSG.notFound)
      return ctx.file(f, 'application/octet-stream')
    }
    if (method === 'OPTIONS') {
      const dep = load()
      this.requireRead(ctx, dep)
      const base = `${this.store.depUrl(dep)}/formats`
      return ctx.json(
        200,
        [...dep.formats.values()].map((f) => this.store.rdmFile(dep, f, base))
      )
    }
    if (recordUrl || (method !== 'PUT' && method !== 'DELETE')) {
      throw new ApiError(405, MSG.methodNotAllowed)
    }
    const mimetype = ctx.req.headers['content-type']
    if (mimetype === undefined || mimetype === '') invalid()
    const key = mimetype as string
    const dep = load()
    this.requireManage(ctx, dep)
    if (method === 'DELETE') {
      if (!(await this.store.deleteFormat(dep, key))) throw new ApiError(404, MSG.notFound)
      return ctx.json(200, { message: `Extra format "${key}" deleted.` })
    }
    await this.store.putFormat(dep, key, await this.readBody(ctx, MAX_JSON_BYTES))
    ctx.json(200, { message: `Extra format "${key}" updated.` })
  }

  // ---- records API ------------------------------------------------------------------------

  /** A concept id redirects to its latest published version; records are public. */
  private readRecord(ctx: Ctx, id: string): void {
    const dep = /^\d+$/.test(id) ? this.store.deps.get(Number(id)) : undefined
    if (dep !== undefined) {
      if (!isPublished(dep)) throw new ApiError(404, MSG.pidUnregistered)
      return ctx.json(200, this.store.zenodoJson(dep))
    }
    const concept = this.store.concepts.get(id)
    const target = concept !== undefined ? latestPublished(concept) : undefined
    if (target === undefined) throw new ApiError(404, MSG.pidMissing)
    this.redirect(ctx, target)
  }

  private redirect(ctx: Ctx, to: Dep): void {
    const location = this.store.recordUrl(to)
    ctx.send(
      302,
      `<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n` +
        `<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: ` +
        `<a href="${location}">${location}</a>. If not, click the link.\n`,
      { Location: location, 'Content-Type': 'text/html; charset=utf-8' }
    )
  }

  private conceptOf(id: string): Dep[] {
    const dep = /^\d+$/.test(id) ? this.store.deps.get(Number(id)) : undefined
    const concept = dep?.concept ?? this.store.concepts.get(id)
    if (concept === undefined) throw new ApiError(404, MSG.pidMissing)
    return concept.versions.filter(isPublished)
  }

  private listVersions(ctx: Ctx, id: string): void {
    const published = this.conceptOf(id).reverse()
    ctx.json(200, {
      hits: { hits: published.map((d) => this.store.zenodoJson(d)), total: published.length },
      links: { self: `${this.store.base}/api/records/${id}/versions` },
      sortBy: 'version'
    })
  }

  // ---- bucket API (/api/files/<bucket_id>/<key>) -------------------------------------------

  private bucketDep(bucketId: string): Dep {
    const dep = this.store.buckets.get(bucketId)
    if (dep === undefined) throw new ApiError(404, MSG.notFound)
    return dep
  }

  private noFile(dep: Dep, key: string): ApiError {
    return new ApiError(404, `Record '${dep.id}' has no file '${key}'.`)
  }

  /** Files of a published record stay public while an edit draft is open. */
  private requireFilesRead(ctx: Ctx, dep: Dep): void {
    if (!isPublished(dep)) this.requireManage(ctx, dep)
  }

  private bucketList(ctx: Ctx, bucketId: string): void {
    const dep = this.bucketDep(bucketId)
    this.requireFilesRead(ctx, dep)
    const files = [...dep.files.values()]
    ctx.json(200, {
      id: dep.bucketId,
      created: dep.created,
      updated: dep.updated,
      locked: isPublished(dep),
      size: files.reduce((n, f) => n + f.size, 0),
      quota_size: this.store.limits.quotaBytes,
      max_file_size: this.store.limits.maxFileBytes,
      contents: files.map((f) => this.store.filesRest(dep, f)),
      links: { self: this.store.bucketUrl(dep) }
    })
  }

  private bucketGet(ctx: Ctx, bucketId: string, key: string): void {
    const dep = this.bucketDep(bucketId)
    this.requireFilesRead(ctx, dep)
    const f = dep.files.get(key)
    if (f === undefined) throw this.noFile(dep, key)
    ctx.file(f)
  }

  private async bucketPut(ctx: Ctx, bucketId: string, key: string): Promise<void> {
    const { req } = ctx
    const ct = req.headers['content-type']
    if (ct !== undefined && ct !== '' && ct !== 'application/octet-stream') {
      throw new ApiError(415, "Invalid 'Content-Type' header. Expected one of: application/octet-stream")
    }
    const dep = this.bucketDep(bucketId)
    this.requireManage(ctx, dep)
    this.requireWritableFiles(dep)
    if ([...key].length > 255) throw new ApiError(400, 'Filename is too long.')
    const length = req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) : undefined
    const limits = this.store.checkLimits(dep, key, length)
    const fault = ctx.fault
    const stored = await this.store
      .writeStream(req, {
        ...limits,
        corrupt: fault?.kind === 'wrong-checksum',
        stall: fault?.kind === 'stall' ? fault : undefined,
        onBytes: (n) => {
          ctx.entry.bodyBytes += n
        }
      })
      .catch((err) => {
        throw err instanceof ApiError ? err : new Aborted()
      })
    // The draft may have been published or deleted while the bytes were streaming.
    if (this.store.buckets.get(bucketId) !== dep || isPublished(dep)) {
      await unlinkQuiet(stored.path)
      this.requireWritableFiles(dep)
      throw new ApiError(404, MSG.notFound)
    }
    const file = await this.store.commitFile(dep, key, stored)
    ctx.json(201, this.store.filesRest(dep, file))
  }

  private async bucketDelete(ctx: Ctx, bucketId: string, key: string): Promise<void> {
    const dep = this.bucketDep(bucketId)
    this.requireManage(ctx, dep)
    if (!dep.files.has(key)) throw this.noFile(dep, key)
    if (isPublished(dep)) throw new ApiError(403, dep.draft === undefined ? MSG.denied : MSG.locked)
    await this.store.deleteFile(dep, key)
    ctx.send(204, undefined)
  }
}

/** Validates a ms option or setter argument. */
function checkMs(name: string, ms: number, signed: boolean): number {
  if (!Number.isFinite(ms) || (!signed && ms < 0)) {
    throw new RangeError(`fake Zenodo: ${name} must be a finite number${signed ? '' : ' >= 0'} of ms, got ${ms}`)
  }
  return ms
}

export async function startFakeZenodo(options: FakeZenodoOptions = {}): Promise<FakeZenodo> {
  const server = new FakeZenodoServer(options)
  await server.start()
  return server
}

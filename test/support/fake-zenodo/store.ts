// State of the fake Zenodo server (concepts, depositions, buckets, stored bytes) and the JSON
// shapes Zenodo prints for them (zenodo/zenodo-rdm site/zenodo_rdm/legacy/serializers/schemas/:
// legacyjson.py for depositions, files.py for file objects, zenodojson.py for /api/records).
import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream, promises as fsp, readFileSync } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import type { FakeCommunityRole, FakeDepositionView } from './types.js'
import { type Meta, resourceTypeOf, resourceTypeTitle } from './metadata.js'
import { type RdmDoc, legacyToRdm } from './rdm-metadata.js'
import { ApiError, MSG, guessMime, isoNow, quoteKey } from './util.js'

export interface StoredFile {
  /** The file instance UUID, the `id` of the legacy file objects. */
  id: string
  versionId: string
  key: string
  size: number
  md5: string
  path: string
  mimetype: string
  created: string
  updated: string
  /** Creation order across completed and pending entries (native listings keep it). */
  seq: number
  /** The native file metadata ({"title": …}), null when none was given. */
  metadata?: Meta | null
  /** A multipart upload's checksum shows only from this time on (ms, real clock). */
  checksumReadyAt?: number
  /** The multipart ETag-style checksum shown before then (pending checksum 'etag'). */
  pendingChecksum?: string | null
}

/** A native file entry initialised (POST …/draft/files) but not committed yet. */
export interface PendingFile {
  key: string
  seq: number
  fileId: string
  versionId: string
  created: string
  updated: string
  metadata: Meta | null
  transfer: 'L' | 'M'
  /** Declared at init (required for M). */
  size?: number
  parts?: number
  partSize?: number
  /** L: the bytes of PUT …/content; M: the preallocated file the parts are written into. */
  content?: { path: string; size: number; md5: string }
  /** M: part numbers written so far. */
  partsDone?: Set<number>
}

export interface Community {
  id: string
  slug: string
  title: string
  owner: number
  visibility: 'public' | 'restricted'
  submissionPolicy: 'open' | 'closed'
  reviewPolicy: 'closed' | 'open' | 'members'
  members: Map<number, FakeCommunityRole>
  created: string
  updated: string
}

export interface RequestEvent {
  id: string
  /** 'C' comment, 'L' log event (accepted, declined, …). */
  type: 'C' | 'L'
  payload: Meta
  /** A user id, or undefined for the system. */
  createdBy?: number
  created: string
}

export interface RequestRec {
  id: string
  number: string
  type: 'community-submission' | 'community-inclusion'
  status: 'created' | 'submitted' | 'accepted' | 'declined' | 'cancelled' | 'expired' | 'deleted'
  title: string
  createdBy: number
  /** Community id. */
  receiver: string
  topic: Dep
  created: string
  updated: string
  revision: number
  events: RequestEvent[]
}

export interface Concept {
  id: string
  owner: number
  /** Registered when the first version is published. */
  doi?: string
  /** Versions in creation order; the index of a version is its position + 1. */
  versions: Dep[]
  /** Community ids of the parent (parent.communities.ids); default first. */
  communities: string[]
  /** The review of the first version's draft (parent.review). */
  review?: RequestRec
}

export interface Dep {
  id: number
  concept: Concept
  owner: number
  created: string
  updated: string
  bucketId: string
  files: Map<string, StoredFile>
  /** The open draft: a new deposit, a new-version draft or an edit draft of a record. */
  draft?: Meta
  /** The published metadata, once published. */
  record?: Meta
  doi?: string
  publishedAt?: string
  revision: number
  /** Extra formats (media files), keyed by mimetype. */
  formats: Map<string, StoredFile>
  /** The native record id (String(id) on zenodo). */
  pid: string
  /**
   * Native documents written through the native API; valid only while `of` is still the legacy
   * metadata object (dep.draft / dep.record) they were written with. A legacy write replaces
   * that object, and the native view is then derived from the legacy metadata again.
   */
  rdmDraft?: { doc: RdmDoc; of: Meta }
  rdmRecord?: { doc: RdmDoc; of: Meta }
  /** Native entries initialised but not committed. */
  pending: Map<string, PendingFile>
  /** The review of a new-version draft (draft.review). */
  review?: RequestRec
  /** Deleted by an administrator: a tombstone. */
  deleted?: { at: string; by: number }
  /** While an edit draft with unlocked files is open: the record's files (dep.files are the draft's). */
  recordFiles?: Map<string, StoredFile>
}

export interface Limits {
  maxFiles: number
  quotaBytes: number
  maxFileBytes: number
}

/** How ids and DOIs look: zenodo (numeric, 10.5281/zenodo.<id>) or stock InvenioRDM (abcde-12345, <prefix>/<id>). */
export interface Identity {
  style: 'zenodo' | 'invenio'
  doiPrefix: string
  /** [RECORDS_RESOURCES_ALLOW_EMPTY_FILES] read at each commit (configure() may change it). */
  allowEmptyFiles: () => boolean
  /** The instance registers DOIs at publish. */
  mintDois?: () => boolean
}

const PID_CHARS = '0123456789abcdefghjkmnpqrstvwxyz'
let fileSeq = 0
export const nextSeq = (): number => ++fileSeq

export const isPublished = (d: Dep): boolean => d.record !== undefined
export const currentMeta = (d: Dep): Meta => d.draft ?? d.record ?? {}
export const stateOf = (d: Dep): FakeDepositionView['state'] =>
  d.record === undefined ? 'unsubmitted' : d.draft !== undefined ? 'inprogress' : 'done'
/** Top-level doi: the minted DOI, or an external DOI given in the metadata. */
export const doiOf = (d: Dep): string | undefined =>
  d.doi ?? (typeof currentMeta(d).doi === 'string' ? (currentMeta(d).doi as string) : undefined)
export const versionIndex = (d: Dep): number => d.concept.versions.indexOf(d) + 1
export const latestPublished = (c: Concept): Dep | undefined => [...c.versions].reverse().find(isPublished)
export const totalSize = (d: Dep): number => [...d.files.values()].reduce((n, f) => n + f.size, 0)
/** The files of the published record (an edit draft's may differ while its files are unlocked). */
export const recordFilesOf = (d: Dep): Map<string, StoredFile> => d.recordFiles ?? d.files
/** The native document of the open draft (derived from the legacy metadata unless written natively). */
export function draftDoc(d: Dep): RdmDoc | undefined {
  if (d.draft === undefined) return undefined
  if (d.rdmDraft !== undefined && d.rdmDraft.of === d.draft) return d.rdmDraft.doc
  return legacyToRdm(d.draft, d.doi)
}
/** The native document of the published record. */
export function recordDoc(d: Dep): RdmDoc | undefined {
  if (d.record === undefined) return undefined
  if (d.rdmRecord !== undefined && d.rdmRecord.of === d.record) return d.rdmRecord.doc
  return legacyToRdm(d.record, d.doi)
}
/** The review of a draft: its own (new version) or its parent's (first version). */
export const reviewOf = (d: Dep): RequestRec | undefined =>
  d.review ?? (d.concept.review?.topic === d ? d.concept.review : undefined)

/** What the search index holds for one deposition: the deposition list item and the fields queries hit. */
export interface IndexDoc {
  id: number
  pid: string
  owner: number
  conceptId: string
  conceptDoi?: string
  /** pids.doi.identifier: the DOI registered at publish. */
  doi?: string
  /** The current metadata (the draft's while one is open), as stored. */
  meta: Meta
  state: FakeDepositionView['state']
  versionIndex: number
  /** RDM's versions.is_latest_draft: the newest version of its concept, draft or not. */
  isLatest: boolean
  created: string
  updated: string
  /** The list item (no links.bucket: bucket_id is not indexed, zenodo/zenodo-rdm#639). */
  json: Meta
  /** The native JSON of the hit (the draft's while one is open), when a native serializer is set. */
  native?: Meta
  /** The ZenodoJSON form of the hit (zenodo flavor, plain application/json). */
  zenodo: Meta
}

/** One indexed state of a deposition; doc undefined = deleted from the index. */
interface IndexEntry {
  at: number
  doc?: IndexDoc
  /** doc as JSON, to skip re-indexing an unchanged document. */
  key: string
}

export interface StreamOptions {
  /** Bytes allowed before the upload is refused mid-stream. */
  maxBytes: number
  /** Error to raise when maxBytes is exceeded. */
  overMessage: string
  /** Flip the first byte before hashing and storing (fault 'wrong-checksum'). */
  corrupt?: boolean
  /** Pause reading for ms once afterBytes arrived (fault 'stall'). */
  stall?: { ms: number; afterBytes?: number }
  onBytes?: (n: number) => void
}

export class Store {
  readonly deps = new Map<number, Dep>()
  readonly concepts = new Map<string, Concept>()
  readonly buckets = new Map<string, Dep>()
  readonly byPid = new Map<string, Dep>()
  readonly communities = new Map<string, Community>()
  readonly requests = new Map<string, RequestRec>()
  /** Serializers of the native API for the search index (set by the server). */
  nativeSerializer?: (d: Dep) => Meta
  private nextId: number
  private requestNumber = 0
  /**
   * Search index history per deposition id, kept only while an index lag is set (with no lag
   * the list reads the live state, as before). Entries are stamped with real time, so the
   * server clock offset does not move them.
   */
  private index?: Map<number, IndexEntry[]>
  private lagMs = 0

  constructor(
    readonly base: string,
    readonly dir: string,
    firstId: number,
    readonly limits: Limits,
    /** The server clock (ms), for every created/updated timestamp. */
    readonly clock: () => number = Date.now,
    readonly ids: Identity = { style: 'zenodo', doiPrefix: '10.5281', allowEmptyFiles: () => false }
  ) {
    this.nextId = firstId
  }

  isoNow(): string {
    return isoNow(this.clock())
  }

  /** A fresh native id: "abcde-12345" (invenio), never reused. */
  newPid(): string {
    for (;;) {
      const pick = (): string =>
        Array.from({ length: 5 }, () => PID_CHARS[Math.floor(Math.random() * PID_CHARS.length)]).join('')
      const pid = `${pick()}-${pick()}`
      if (!this.byPid.has(pid) && !this.concepts.has(pid)) return pid
    }
  }

  nextRequestNumber(): string {
    return String(++this.requestNumber)
  }

  /** The DOI this instance registers for a record (what a reservation gives too). */
  managedDoi(d: Dep): string {
    return this.ids.style === 'zenodo' ? `${this.ids.doiPrefix}/zenodo.${d.id}` : `${this.ids.doiPrefix}/${d.pid}`
  }

  conceptDoi(c: Concept): string {
    return this.ids.style === 'zenodo' ? `${this.ids.doiPrefix}/zenodo.${c.id}` : `${this.ids.doiPrefix}/${c.id}`
  }

  isManagedDoi(doi: string): boolean {
    return doi.toLowerCase().startsWith(`${this.ids.doiPrefix.toLowerCase()}/`)
  }

  /** By native id (on zenodo also the numeric id). */
  getByPid(pid: string): Dep | undefined {
    return this.byPid.get(pid)
  }

  allocId(): number {
    return this.nextId++
  }

  reserveId(id: number): void {
    this.nextId = Math.max(this.nextId, id + 1)
  }

  newConcept(owner: number, id?: string): Concept {
    const concept: Concept = {
      id: id ?? (this.ids.style === 'invenio' ? this.newPid() : String(this.allocId())),
      owner,
      versions: [],
      communities: []
    }
    this.concepts.set(concept.id, concept)
    return concept
  }

  newDep(concept: Concept, owner: number, draft: Meta): Dep {
    const now = this.isoNow()
    const id = this.allocId()
    const dep: Dep = {
      id,
      pid: this.ids.style === 'invenio' ? this.newPid() : String(id),
      pending: new Map(),
      concept,
      owner,
      created: now,
      updated: now,
      bucketId: randomUUID(),
      files: new Map(),
      draft,
      revision: 1,
      formats: new Map()
    }
    concept.versions.push(dep)
    this.deps.set(dep.id, dep)
    this.byPid.set(dep.pid, dep)
    this.buckets.set(dep.bucketId, dep)
    this.reindex(concept)
    return dep
  }

  async removeDep(dep: Dep): Promise<void> {
    this.deps.delete(dep.id)
    this.byPid.delete(dep.pid)
    this.buckets.delete(dep.bucketId)
    const c = dep.concept
    c.versions = c.versions.filter((v) => v !== dep)
    if (c.versions.length === 0) this.concepts.delete(c.id)
    this.record(dep.id, undefined, Date.now())
    this.reindex(c)
    const paths = [
      ...dep.files.values(),
      ...(dep.recordFiles?.values() ?? []),
      ...dep.formats.values(),
      ...[...dep.pending.values()].flatMap((p) => (p.content !== undefined ? [p.content] : []))
    ].map((f) => f.path)
    await Promise.all([...new Set(paths)].map((p) => unlinkQuiet(p)))
  }

  getDep(idStr: string): Dep {
    const dep = /^\d+$/.test(idStr) ? this.deps.get(Number(idStr)) : undefined
    if (dep === undefined) throw new ApiError(404, MSG.pidMissing)
    return dep
  }

  /** Every change of a deposition ends here (or in newDep/removeDep), so it also re-indexes. */
  touch(dep: Dep): void {
    dep.updated = this.isoNow()
    dep.revision++
    this.reindex(dep.concept)
  }

  publish(dep: Dep): void {
    const meta = dep.draft as Meta
    if (dep.record === undefined) {
      // An external DOI stays the record's DOI; otherwise the instance mints its own
      // (10.5281/zenodo.<id> on Zenodo, <prefix>/<id> on InvenioRDM).
      const mint = this.ids.mintDois?.() ?? true
      dep.doi = typeof meta.doi === 'string' ? meta.doi : mint ? this.managedDoi(dep) : undefined
      // Zenodo gives every concept a DOI; stock InvenioRDM only a parent of managed DOIs.
      if (mint && (this.ids.style === 'zenodo' || (dep.doi !== undefined && this.isManagedDoi(dep.doi)))) {
        dep.concept.doi ??= this.conceptDoi(dep.concept)
      }
      dep.publishedAt = this.isoNow()
    } else if (typeof meta.doi === 'string' && !this.isManagedDoi(meta.doi)) {
      // An edit may change an external DOI (the old one is released).
      dep.doi = meta.doi
    }
    dep.rdmRecord = dep.rdmDraft !== undefined && dep.rdmDraft.of === meta ? dep.rdmDraft : undefined
    dep.rdmDraft = undefined
    dep.record = meta
    dep.draft = undefined
    dep.pending.clear()
    if (dep.recordFiles !== undefined) {
      const kept = new Set([...dep.files.values()].map((f) => f.path))
      for (const f of dep.recordFiles.values()) if (!kept.has(f.path)) void unlinkQuiet(f.path)
      dep.recordFiles = undefined
    }
    this.touch(dep)
  }

  // ---- search index (GET /api/deposit/depositions) -----------------------------------------

  indexDoc(d: Dep): IndexDoc {
    const legacy = (): Meta => this.legacy(d, { bucket: false })
    const native = this.nativeSerializer
    const zenodo = (): Meta => this.zenodoJson(d, d.draft !== undefined)
    const doc: IndexDoc = {
      id: d.id,
      pid: d.pid,
      owner: d.owner,
      conceptId: d.concept.id,
      meta: currentMeta(d),
      state: stateOf(d),
      versionIndex: versionIndex(d),
      isLatest: d.concept.versions[d.concept.versions.length - 1] === d,
      created: d.created,
      updated: d.updated,
      // A getter: the live list only prints its page; JSON.stringify (snapshots) still reads it.
      get json() {
        return legacy()
      },
      get native() {
        return native?.(d)
      },
      get zenodo() {
        return zenodo()
      }
    }
    if (d.concept.doi !== undefined) doc.conceptDoi = d.concept.doi
    if (d.doi !== undefined) doc.doi = d.doi
    return doc
  }

  /**
   * Zenodo indexes a fresh draft without a refresh, so a search may miss a change for about a
   * second. With a lag, the list serves each deposition as indexed at least ms ago. Turning it
   * on treats the current state as indexed long ago; the lag applies to later changes.
   */
  setIndexLag(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`index lag must be >= 0 ms, got ${ms}`)
    this.lagMs = ms
    if (ms === 0) {
      this.index = undefined
      return
    }
    if (this.index !== undefined) return
    this.index = new Map()
    for (const d of this.deps.values()) this.record(d.id, this.indexDoc(d), -Infinity)
  }

  /** Seeded depositions are indexed at once, as if they had been made long ago. */
  backdate(c: Concept): void {
    if (this.index === undefined) return
    for (const v of c.versions) {
      this.index.delete(v.id)
      this.record(v.id, this.indexDoc(v), -Infinity)
    }
  }

  /** Re-indexes every version of a concept: a change can flip the others' is_latest_draft. */
  reindex(c: Concept): void {
    if (this.index === undefined) return
    const now = Date.now()
    for (const v of c.versions) this.record(v.id, this.indexDoc(v), now)
  }

  private record(id: number, doc: IndexDoc | undefined, at: number): void {
    const index = this.index
    if (index === undefined) return
    const list = index.get(id) ?? []
    const key = doc === undefined ? '' : JSON.stringify(doc)
    if (list.length > 0 && list[list.length - 1].key === key) return
    // A snapshot, so later changes of the live objects do not leak into the past.
    list.push({ at, doc: doc === undefined ? undefined : (JSON.parse(key) as IndexDoc), key })
    // Only the newest entry old enough to be served, and the ones after it, can still be served.
    const cutoff = Date.now() - this.lagMs
    let served = -1
    for (let i = 0; i < list.length && list[i].at <= cutoff; i++) served = i
    if (served > 0) list.splice(0, served)
    if (list.length === 1 && list[0].doc === undefined && list[0].at <= cutoff) index.delete(id)
    else index.set(id, list)
  }

  /** What a search sees: the live state, or with a lag each deposition's served snapshot. */
  searchDocs(): IndexDoc[] {
    if (this.index === undefined) return [...this.deps.values()].map((d) => this.indexDoc(d))
    const cutoff = Date.now() - this.lagMs
    const out: IndexDoc[] = []
    for (const list of this.index.values()) {
      let doc: IndexDoc | undefined
      for (const e of list) if (e.at <= cutoff) doc = e.doc
      if (doc !== undefined) out.push(doc)
    }
    return out
  }

  // ---- bytes ------------------------------------------------------------------------------

  private tmpPath(): string {
    return join(this.dir, `${randomUUID()}.bin`)
  }

  /**
   * Streams a request body to disk while hashing it; memory stays flat whatever the size.
   * Rejects (and removes the partial file) when the client aborts or the limit is exceeded.
   */
  async writeStream(
    source: NodeJS.ReadableStream & { complete?: boolean },
    opts: StreamOptions
  ): Promise<{ path: string; size: number; md5: string }> {
    const path = this.tmpPath()
    const out = createWriteStream(path, { highWaterMark: 1 << 20 })
    const hash = createHash('md5')
    let size = 0
    try {
      await new Promise<void>((resolve, reject) => {
        let stalled = false
        let stallDone = opts.stall === undefined
        let waitingDrain = false
        const maybeResume = (): void => {
          if (!stalled && !waitingDrain) source.resume()
        }
        const fail = (err: Error): void => {
          source.removeListener('data', onData)
          reject(err)
        }
        const onData = (buf: Buffer): void => {
          opts.onBytes?.(buf.length)
          if (opts.corrupt === true && size === 0 && buf.length > 0) {
            buf = Buffer.from(buf)
            buf[0] ^= 0xff
          }
          size += buf.length
          if (size > opts.maxBytes) {
            // Keep draining (discarding) so the client can read our 400.
            source.removeListener('data', onData)
            source.resume()
            reject(new ApiError(400, opts.overMessage))
            return
          }
          hash.update(buf)
          if (!out.write(buf)) {
            waitingDrain = true
            source.pause()
            out.once('drain', () => {
              waitingDrain = false
              maybeResume()
            })
          }
          if (!stallDone && size >= (opts.stall?.afterBytes ?? 1)) {
            stallDone = true
            stalled = true
            source.pause()
            setTimeout(() => {
              stalled = false
              maybeResume()
            }, opts.stall?.ms ?? 0)
          }
        }
        source.on('data', onData)
        source.once('end', () => resolve())
        source.once('error', fail)
        source.once('close', () => {
          if (source.complete !== true) fail(new Error('client aborted the upload'))
        })
        out.once('error', fail)
      })
      out.end()
      await once(out, 'finish')
    } catch (err) {
      out.destroy()
      await unlinkQuiet(path)
      throw err
    }
    return { path, size, md5: hash.digest('hex') }
  }

  async writeBuffer(data: Buffer): Promise<{ path: string; size: number; md5: string }> {
    const path = this.tmpPath()
    await fsp.writeFile(path, data)
    return { path, size: data.length, md5: createHash('md5').update(data).digest('hex') }
  }

  /** Limits Zenodo checks before it reads the body (Content-Length known) or while streaming. */
  checkLimits(dep: Dep, key: string, incoming?: number): { maxBytes: number; overMessage: string } {
    const existing = dep.files.get(key)
    if (existing === undefined && dep.files.size >= this.limits.maxFiles) {
      throw new ApiError(400, 'Uploading selected files will result in exceeding the max amount per record.')
    }
    // Overwriting deletes the old file first, so its bytes do not count.
    const room = this.limits.quotaBytes - (totalSize(dep) - (existing?.size ?? 0))
    const maxBytes = Math.min(room, this.limits.maxFileBytes)
    const overMessage = room <= this.limits.maxFileBytes ? 'Bucket quota exceeded.' : 'Maximum file size exceeded.'
    if (incoming !== undefined && incoming > maxBytes) throw new ApiError(400, overMessage)
    return { maxBytes, overMessage }
  }

  /** Puts stored bytes under key; an existing key is deleted and re-created (new ids). */
  async commitFile(
    dep: Dep,
    key: string,
    stored: { path: string; size: number; md5: string },
    native?: { seq: number; metadata: Meta | null; fileId: string; versionId: string; created: string }
  ): Promise<StoredFile> {
    if (stored.size === 0 && !this.ids.allowEmptyFiles()) {
      await unlinkQuiet(stored.path)
      throw new ApiError(400, 'Empty files are not accepted.')
    }
    const old = dep.files.get(key)
    try {
      this.checkLimits(dep, key, stored.size)
    } catch (err) {
      await unlinkQuiet(stored.path)
      throw err
    }
    const file = newFile(key, stored, this.isoNow())
    if (native !== undefined) {
      Object.assign(file, {
        seq: native.seq,
        metadata: native.metadata,
        id: native.fileId,
        versionId: native.versionId
      })
      file.created = native.created
    }
    if (old !== undefined) {
      dep.files.delete(key)
      if (!this.sharedWithRecord(dep, old)) await unlinkQuiet(old.path)
    }
    const pending = dep.pending.get(key)
    if (pending !== undefined) {
      dep.pending.delete(key)
      if (pending.content !== undefined && pending.content.path !== stored.path) await unlinkQuiet(pending.content.path)
    }
    dep.files.set(key, file)
    this.touch(dep)
    return file
  }

  /** Extra formats: media files keyed by mimetype, outside the record's file limits. */
  async putFormat(dep: Dep, key: string, data: Buffer): Promise<void> {
    if (data.length === 0) throw new ApiError(400, 'Empty files are not accepted.')
    const old = dep.formats.get(key)
    dep.formats.set(key, newFile(key, await this.writeBuffer(data), this.isoNow()))
    if (old !== undefined) await unlinkQuiet(old.path)
  }

  async deleteFormat(dep: Dep, key: string): Promise<boolean> {
    const old = dep.formats.get(key)
    if (old === undefined) return false
    dep.formats.delete(key)
    await unlinkQuiet(old.path)
    return true
  }

  async deleteFile(dep: Dep, key: string): Promise<void> {
    const f = dep.files.get(key)
    if (f === undefined) return
    dep.files.delete(key)
    this.touch(dep)
    if (!this.sharedWithRecord(dep, f)) await unlinkQuiet(f.path)
  }

  /** An unlocked edit draft shares the record's bytes until it is published. */
  sharedWithRecord(dep: Dep, f: StoredFile): boolean {
    return dep.recordFiles !== undefined && [...dep.recordFiles.values()].some((r) => r.path === f.path)
  }

  /** Copies the files of a version into a new-version draft (same file instance ids). */
  async importFiles(to: Dep, from: Dep): Promise<void> {
    for (const f of recordFilesOf(from).values()) {
      const path = this.tmpPath()
      // A hard link shares the bytes without copying a possibly huge file.
      await fsp.link(f.path, path).catch(async () => await fsp.copyFile(f.path, path))
      to.files.set(f.key, { ...f, path, versionId: randomUUID() })
    }
    this.touch(to)
  }

  fileBytes(dep: Dep, key: string): Buffer | undefined {
    const f = dep.files.get(key) ?? dep.recordFiles?.get(key)
    return f === undefined ? undefined : readFileSync(f.path)
  }

  // ---- serialisation ----------------------------------------------------------------------

  depUrl(d: Dep): string {
    return `${this.base}/api/deposit/depositions/${d.id}`
  }
  recordUrl(d: Dep): string {
    return `${this.base}/api/records/${d.id}`
  }
  bucketUrl(d: Dep): string {
    return `${this.base}/api/files/${d.bucketId}`
  }

  /** Download link of a legacy file object: always the /draft/ path in deposition files[]. */
  private downloadUrl(d: Dep, f: StoredFile, draftPath: boolean): string {
    return `${this.recordUrl(d)}${draftPath ? '/draft' : ''}/files/${quoteKey(f.key)}/content`
  }

  legacyMetadata(d: Dep): Meta {
    const meta: Meta = { ...currentMeta(d) }
    delete meta.doi
    const doi = doiOf(d)
    if (doi !== undefined) meta.doi = doi
    meta.prereserve_doi = { doi: this.managedDoi(d), recid: d.id }
    return meta
  }

  /** A deposition as the legacy deposit API prints it (schemas/legacyjson.py). */
  legacy(d: Dep, opts: { bucket: boolean }): Meta {
    const published = isPublished(d)
    const asRecord = published && d.draft === undefined
    const meta = this.legacyMetadata(d)
    const doi = doiOf(d)
    const conceptdoi = d.concept.doi
    const self = this.depUrl(d)
    const html = `${this.base}/deposit/${d.id}`
    const links: Meta = {
      self: asRecord ? this.recordUrl(d) : self,
      html: asRecord ? `${this.base}/records/${d.id}` : html,
      badge: `${this.base}/badge/doi/${doi ?? ''}.svg`,
      files: asRecord ? `${this.recordUrl(d)}/files` : `${self}/files`
    }
    if (opts.bucket) links.bucket = this.bucketUrl(d)
    Object.assign(links, {
      latest_draft: self,
      latest_draft_html: html,
      publish: `${self}/actions/publish`,
      edit: `${self}/actions/edit`,
      discard: `${self}/actions/discard`,
      newversion: `${self}/actions/newversion`
    })
    if (doi !== undefined && published) links.doi = `https://doi.org/${doi}`
    if (conceptdoi !== undefined) {
      links.parent_doi = `https://doi.org/${conceptdoi}`
      links.conceptbadge = `${this.base}/badge/doi/${conceptdoi}.svg`
    }
    if (published) {
      Object.assign(links, {
        record: this.recordUrl(d),
        record_html: `${this.base}/record/${d.id}`,
        latest: `${this.recordUrl(d)}/versions/latest`,
        latest_html: `${this.base}/records/${d.id}/latest`,
        versions: `${this.recordUrl(d)}/versions`
      })
    }
    const out: Meta = {
      created: d.created,
      modified: d.updated,
      id: d.id,
      record_id: d.id,
      conceptrecid: d.concept.id
    }
    if (doi !== undefined) {
      out.doi = doi
      out.doi_url = `https://doi.org/${doi}`
    }
    if (conceptdoi !== undefined) out.conceptdoi = conceptdoi
    Object.assign(out, {
      owner: d.owner,
      title: typeof meta.title === 'string' ? meta.title : '',
      state: stateOf(d),
      submitted: published,
      files: [...d.files.values()].map((f) => ({
        id: f.id,
        filename: f.key,
        filesize: f.size,
        checksum: f.md5,
        links: { self: `${links.files as string}/${f.id}`, download: this.downloadUrl(d, f, true) }
      })),
      links,
      metadata: meta
    })
    return out
  }

  /** A file object of the legacy files endpoints: bare md5 checksum (LegacyFileSchema, schemas/files.py). */
  legacyFile(d: Dep, f: StoredFile): Meta {
    const draftPath = !(isPublished(d) && d.draft === undefined)
    return {
      id: f.id,
      filename: f.key,
      filesize: f.size,
      checksum: f.md5,
      links: { self: `${this.depUrl(d)}/files/${f.id}`, download: this.downloadUrl(d, f, draftPath) }
    }
  }

  /** The bucket PUT answer: md5-prefixed checksum (LegacyFilesRESTSchema, schemas/files.py). */
  filesRest(d: Dep, f: StoredFile): Meta {
    const self = `${this.bucketUrl(d)}/${quoteKey(f.key)}`
    return {
      created: f.created,
      updated: f.updated,
      version_id: f.versionId,
      key: f.key,
      size: f.size,
      mimetype: f.mimetype,
      checksum: `md5:${f.md5}`,
      is_head: true,
      delete_marker: false,
      links: { self, version: `${self}?version_id=${f.versionId}`, uploads: `${self}?uploads=1` }
    }
  }

  /** RDM file entry, as listed by /api/records/<id>/files and the extra formats OPTIONS. */
  rdmFile(d: Dep, f: StoredFile, base: string): Meta {
    const self = `${base}/${quoteKey(f.key)}`
    return {
      key: f.key,
      created: f.created,
      updated: f.updated,
      status: 'completed',
      checksum: `md5:${f.md5}`,
      size: f.size,
      mimetype: f.mimetype,
      file_id: f.id,
      version_id: f.versionId,
      bucket_id: d.bucketId,
      storage_class: 'L',
      metadata: null,
      links: { self, content: `${self}/content`, commit: `${self}/commit` }
    }
  }

  /** The ZenodoJSON shape of /api/records/<id> (schemas/zenodojson.py): legacy-like, not native RDM. */
  zenodoJson(d: Dep, fromDraft = false): Meta {
    const legacy = fromDraft ? currentMeta(d) : (d.record ?? currentMeta(d))
    const published = isPublished(d) && !fromDraft
    const meta: Meta = { ...legacy }
    for (const k of Object.keys(meta)) if (k.endsWith('_type') || k === 'upload_type') delete meta[k]
    delete meta.communities
    const doi = doiOf(d)
    if (doi !== undefined) meta.doi = doi
    const rt = resourceTypeOf(legacy)
    if (rt !== undefined) {
      const resourceType: Meta = { title: resourceTypeTitle(rt.id), type: rt.type }
      if (rt.subtype !== undefined) resourceType.subtype = rt.subtype
      meta.resource_type = resourceType
    }
    if (typeof legacy.license === 'string') meta.license = { id: legacy.license }
    // The records serializer lists communities by slug under "id" (conformance).
    if (Array.isArray(legacy.communities)) {
      meta.communities = (legacy.communities as Meta[]).map((c) => ({ id: c.identifier }))
    }
    const published_ = d.concept.versions.filter(isPublished)
    const latest = latestPublished(d.concept)
    meta.relations = {
      version: [
        {
          index: Math.max(0, published_.indexOf(d)),
          is_last: latest === d,
          count: published_.length,
          parent: { pid_type: 'recid', pid_value: d.concept.id },
          last_child: latest !== undefined ? { pid_type: 'recid', pid_value: String(latest.id) } : null
        }
      ]
    }
    const rec = this.recordUrl(d)
    const links: Meta = {
      self: rec,
      self_html: `${this.base}/records/${d.id}`,
      badge: `${this.base}/badge/doi/${doi ?? ''}.svg`,
      files: `${rec}/files`,
      latest: `${rec}/versions/latest`,
      latest_html: `${this.base}/records/${d.id}/latest`,
      versions: `${rec}/versions`,
      parent: `${this.base}/api/records/${d.concept.id}`,
      parent_html: `${this.base}/records/${d.concept.id}`
    }
    if (doi !== undefined) links.doi = `https://doi.org/${doi}`
    if (d.concept.doi !== undefined) {
      links.parent_doi = `https://doi.org/${d.concept.doi}`
      links.conceptbadge = `${this.base}/badge/doi/${d.concept.doi}.svg`
    }
    const out: Meta = {
      created: d.created,
      modified: d.updated,
      updated: d.updated,
      id: d.id,
      recid: String(d.id),
      conceptrecid: d.concept.id
    }
    if (doi !== undefined) {
      out.doi = doi
      out.doi_url = `https://doi.org/${doi}`
    }
    if (d.concept.doi !== undefined) out.conceptdoi = d.concept.doi
    Object.assign(out, {
      title: typeof legacy.title === 'string' ? legacy.title : '',
      metadata: meta,
      files: [...d.files.values()].map((f) => ({
        id: f.id,
        key: f.key,
        size: f.size,
        checksum: `md5:${f.md5}`,
        links: { self: `${rec}/files/${quoteKey(f.key)}/content` }
      })),
      links,
      revision: d.revision,
      owners: [{ id: d.owner }],
      status: published ? 'published' : 'draft',
      state: published ? 'done' : 'unsubmitted',
      submitted: published,
      stats: {
        downloads: 0,
        unique_downloads: 0,
        views: 0,
        unique_views: 0,
        version_downloads: 0,
        version_unique_downloads: 0,
        version_views: 0,
        version_unique_views: 0
      }
    })
    return out
  }

  view(d: Dep): FakeDepositionView {
    const doi = doiOf(d)
    const view: FakeDepositionView = {
      id: d.id,
      conceptrecid: d.concept.id,
      owner: d.owner,
      state: stateOf(d),
      submitted: isPublished(d),
      published: isPublished(d),
      bucketId: d.bucketId,
      bucketUrl: this.bucketUrl(d),
      metadata: this.legacyMetadata(d),
      files: [...d.files.values()].map((f) => ({ id: f.id, key: f.key, size: f.size, md5: f.md5 })),
      recid: d.pid,
      access: structuredClone((draftDoc(d) ?? recordDoc(d))?.access ?? { record: 'public', files: 'public' }),
      communities: [...d.concept.communities],
      deleted: d.deleted !== undefined
    }
    if (doi !== undefined) view.doi = doi
    if (d.concept.doi !== undefined) view.conceptdoi = d.concept.doi
    const review = reviewOf(d)
    if (review !== undefined) view.review = { id: review.id, status: review.status, community: review.receiver }
    return view
  }
}

/** A new file instance: new ids, even when it replaces a key (Zenodo deletes and re-creates). */
function newFile(key: string, stored: { path: string; size: number; md5: string }, now: string): StoredFile {
  return {
    seq: nextSeq(),
    metadata: null,
    id: randomUUID(),
    versionId: randomUUID(),
    key,
    size: stored.size,
    md5: stored.md5,
    path: stored.path,
    mimetype: guessMime(key),
    created: now,
    updated: now
  }
}

export async function unlinkQuiet(path: string): Promise<void> {
  await fsp.unlink(path).catch(() => undefined)
}

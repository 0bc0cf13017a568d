// The repository over Zenodo's legacy deposit API (zenodo/zenodo-rdm `site/zenodo_rdm/legacy/`).

import type { Communities } from './communities.js'
import { cleanForUpdate } from '../metadata/merge.js'
import type { LocalFile } from '../files/local-file.js'
import { markerQuery, repositoryQuery, type Identity } from '../identity.js'
import type { ZenodoMetadata } from '../metadata/types.js'
import type { ZenodoApi } from '../zenodo/client.js'
import { ZenodoApiError } from '../zenodo/errors.js'
import { fileMd5, isPublished, type Deposition } from '../zenodo/types.js'
import { searchAll } from './paging.js'
import { type NewVersion, type RemoteFile, type RemoteRecord, type Repository, type UploadResult } from './types.js'

export function toRecord(d: Deposition): RemoteRecord {
  const meta = (d.metadata ?? {}) as ZenodoMetadata & { prereserve_doi?: { doi?: string } }
  const title = typeof meta.title === 'string' ? meta.title : (d.title ?? '')
  return {
    id: String(d.id),
    conceptId: d.conceptrecid === undefined ? undefined : String(d.conceptrecid),
    // An edit draft of a published record is `inprogress` and `submitted`
    // (zenodo-rdm `site/zenodo_rdm/legacy/serializers/schemas/legacyjson.py`).
    state: d.state === 'inprogress' ? 'editing' : isPublished(d) ? 'published' : 'draft',
    title,
    version: typeof meta.version === 'string' ? meta.version : undefined,
    doi: isPublished(d) ? d.doi : undefined,
    reservedDoi: meta.prereserve_doi?.doi,
    conceptDoi: d.conceptdoi || undefined,
    created: d.created,
    files: (d.files ?? []).map((f): RemoteFile => ({ key: f.filename, size: f.filesize, md5: fileMd5(f), id: f.id })),
    metadata: meta,
    links: { html: d.links?.html, bucket: d.links?.bucket }
  }
}

const unavailable = (): never => {
  throw new Error('community requests need the native records API routes, which this connection lacks')
}
const unavailableCommunities: Communities = {
  community: unavailable,
  // Nothing is attached where nothing can be asked for.
  state: () => Promise.resolve({ included: [], requests: [] }),
  submitReview: unavailable,
  include: unavailable
}

function numericId(id: string, what: string): number {
  const n = Number(id)
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(n)) {
    throw new ZenodoApiError(`${what} '${id}' is not a Zenodo id (a number).`, 0, '', '', '')
  }
  return n
}

export class ZenodoLegacyRepository implements Repository {
  readonly description = 'Zenodo (legacy deposit API)'

  /** Community requests go to the native routes of the same records (communities.ts). */
  readonly communities: Communities

  constructor(
    private readonly api: ZenodoApi,
    communities?: Communities,
    /**
     * The same records through the native API (zenodo.org has both), for metadata edits of
     * published records: the legacy PUT replaces all metadata and loses what its format lacks.
     */
    private readonly native?: Repository
  ) {
    this.communities = communities ?? unavailableCommunities
  }

  serverTime(): number | undefined {
    return this.api.serverTime()
  }

  async findByMarker(identity: Identity): Promise<RemoteRecord[]> {
    return (await this.search(markerQuery(identity), `depositions of ${identity.label}`)).map(toRecord)
  }

  async findByRepository(identity: Identity): Promise<RemoteRecord[]> {
    const q = repositoryQuery(identity, 'related.identifier')
    return (await this.search(q, `records of ${identity.repositoryPrefix}`)).map(toRecord)
  }

  /** Every hit of a query, all versions, drafts included; never part of them. */
  private search(q: string, what: string): Promise<Deposition[]> {
    return searchAll(
      (page, size) => this.api.listDepositions({ q, size, page, sort: 'newest', allversions: true }),
      (limit) =>
        `The search for ${what} found more than ${limit} depositions and stopped there, ` +
        `so the run cannot tell which of them belong to it. Delete old drafts on Zenodo, or set deposition-id.`
    )
  }

  async read(id: string): Promise<RemoteRecord> {
    return toRecord(await this.api.getDeposition(numericId(id, 'Deposition')))
  }

  async resolve(id: string): Promise<RemoteRecord> {
    const n = numericId(id, 'deposition-id')
    try {
      return toRecord(await this.api.getDeposition(n))
    } catch (err) {
      if (err instanceof ZenodoApiError && (err.status === 403 || err.status === 410)) {
        throw err.reworded(`Input 'deposition-id': ${err.message}`)
      }
      if (!(err instanceof ZenodoApiError) || err.status !== 404) throw err
      // No deposition has that id: it may be a concept id, which redirects to its latest version.
      const latest = await this.api.latestRecordId(n)
      if (latest === undefined || latest === n) {
        throw new ZenodoApiError(
          `Input 'deposition-id': no deposition, record or concept ${n} exists on this server. ` +
            `Check the id, and server-url/sandbox (sandbox and zenodo.org ids differ).`,
          404,
          'GET',
          '',
          err.body
        )
      }
      return toRecord(await this.api.getDeposition(latest))
    }
  }

  async latestVersion(conceptId: string): Promise<RemoteRecord | undefined> {
    const latest = await this.api.latestRecordId(numericId(conceptId, 'Concept'))
    // Always read it whole: search entries lack links.bucket.
    return latest === undefined ? undefined : toRecord(await this.api.getDeposition(latest))
  }

  async pendingDraft(conceptId: string): Promise<RemoteRecord | undefined> {
    // Zenodo's query parser maps conceptrecid to parent.id (zenodo-rdm `site/zenodo_rdm/queryparser.py`).
    const versions = await this.search(`conceptrecid:${numericId(conceptId, 'Concept')}`, `versions of ${conceptId}`)
    const pending = versions.find((d) => d.state === 'unsubmitted' && String(d.conceptrecid) === conceptId)
    return pending === undefined ? undefined : toRecord(await this.api.getDeposition(pending.id))
  }

  async createDraft(metadata: ZenodoMetadata, recover: () => Promise<RemoteRecord | undefined>): Promise<RemoteRecord> {
    const dep = await this.api.createDeposition(metadata, async () => {
      const found = await recover()
      return found === undefined ? undefined : this.api.getDeposition(numericId(found.id, 'Deposition'))
    })
    return toRecord(dep)
  }

  async newVersion(record: RemoteRecord): Promise<NewVersion> {
    // newversion hands back an existing pending draft that holds no files as if it made it, so
    // look first; the look's answer also gives a fresh server clock for the check below.
    const existing = record.conceptId === undefined ? undefined : await this.pendingDraft(record.conceptId)
    if (existing) return { draft: existing, created: false }
    const since = this.serverTime()
    try {
      const draft = toRecord(await this.api.newVersion(numericId(record.id, 'Record')))
      // newversion hands back a pending draft that holds no files instead of making a second one
      // (zenodo-rdm `legacy/resources.py`, `new_version`). Ours was made after our request began
      // (the Date header counts whole seconds, so that alone is not enough) and is untouched: no
      // version yet, and exactly the files it inherited. One that another run has already
      // emptied or given metadata is not.
      const inherited = new Set(record.files.map((f) => `${f.key}\0${f.md5}`))
      const untouched =
        draft.version === undefined &&
        draft.files.length === record.files.length &&
        draft.files.every((f) => inherited.has(`${f.key}\0${f.md5}`))
      const created = (since === undefined || Date.parse(draft.created ?? '') >= since) && untouched
      return { draft, created }
    } catch (err) {
      // A pending draft that still holds files answers 400 without its id: find it.
      if (!(err instanceof ZenodoApiError) || err.status !== 400 || record.conceptId === undefined) throw err
      const pending = await this.pendingDraft(record.conceptId)
      if (!pending) {
        throw err.reworded(
          `${err.message}\nA new-version draft of concept ${record.conceptId} exists but could not be found in your depositions. ` +
            `Open ${record.links.html ?? 'the record'} on Zenodo, publish or discard the pending new version, and re-run.`
        )
      }
      return { draft: pending, created: false }
    }
  }

  async updateMetadata(draft: RemoteRecord, metadata: ZenodoMetadata): Promise<RemoteRecord> {
    const updated = toRecord(await this.api.updateMetadata(numericId(draft.id, 'Draft'), metadata))
    return updated.links.bucket ? updated : this.read(draft.id)
  }

  upload(draft: RemoteRecord, file: LocalFile, onProgress?: (sent: number) => void): Promise<UploadResult> {
    return this.api.uploadFile(numericId(draft.id, 'Draft'), this.bucket(draft), file, onProgress)
  }

  deleteFile(draft: RemoteRecord, file: RemoteFile): Promise<void> {
    // A key with a `/` (the webhook's `owner/repo-tag.zip`) has no bucket route: delete it by id.
    if (file.key.includes('/') && file.id) return this.api.deleteFileById(numericId(draft.id, 'Draft'), file.id)
    return this.api.deleteFile(numericId(draft.id, 'Draft'), this.bucket(draft), file.key)
  }

  async discardEdit(record: RemoteRecord): Promise<void> {
    if (this.native) return this.native.discardEdit(record)
    await this.api.discardEdit(numericId(record.id, 'Record'))
  }

  async edit(record: RemoteRecord): Promise<RemoteRecord> {
    if (this.native) return this.native.edit(record)
    const id = numericId(record.id, 'Record')
    await this.api.edit(id)
    return toRecord(await this.api.getDeposition(id))
  }

  async updateEdit(draft: RemoteRecord, metadata: ZenodoMetadata, fields: string[]): Promise<RemoteRecord> {
    if (this.native) return this.native.updateEdit(draft, metadata, fields)
    // Without the native routes: the record's own metadata with these fields replaced.
    const current = toRecord(await this.api.getDeposition(numericId(draft.id, 'Record')))
    const next: ZenodoMetadata = cleanForUpdate(current.metadata)
    for (const f of fields) {
      if (metadata[f] === undefined) delete next[f]
      else next[f] = metadata[f]
    }
    return this.updateMetadata(draft, next)
  }

  async publishEdit(draft: RemoteRecord): Promise<RemoteRecord> {
    if (this.native) return this.native.publishEdit(draft)
    return this.publish(draft)
  }

  discard(draft: RemoteRecord): Promise<void> {
    return this.api.deleteDraft(numericId(draft.id, 'Draft'))
  }

  async publish(draft: RemoteRecord): Promise<RemoteRecord> {
    return toRecord(await this.api.publish(numericId(draft.id, 'Draft')))
  }

  private bucket(draft: RemoteRecord): string {
    if (!draft.links.bucket) {
      throw new ZenodoApiError(
        `Zenodo gave no bucket link for draft ${draft.id}; cannot change its files.`,
        0,
        '',
        '',
        ''
      )
    }
    return draft.links.bucket
  }
}

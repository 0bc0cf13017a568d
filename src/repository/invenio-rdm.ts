// The repository over InvenioRDM's native records API (inveniosoftware/invenio-rdm-records
// `resources/config.py`), for every InvenioRDM instance and for zenodo.org itself.
//
// Drafts: POST /api/records, GET/PUT/DELETE /api/records/{id}/draft, publish via
// …/draft/actions/publish. Files: init (POST …/draft/files), stream (PUT …/files/{key}/content),
// commit (POST …/files/{key}/commit). New versions: POST /api/records/{id}/versions, files
// imported with …/draft/actions/files-import. Search: GET /api/user/records (drafts included).

import { readKnobs } from '../config.js'
import { md5File } from '../files/hash.js'
import type { LocalFile } from '../files/local-file.js'
import { repositoryQuery, type Identity } from '../identity.js'
import { fromRdm, toRdm, type RdmRecord } from '../metadata/rdm.js'
import type { ZenodoMetadata } from '../metadata/types.js'
import { json, type ClientLog } from '../zenodo/api-client.js'
import { ZenodoApiError, type FieldError } from '../zenodo/errors.js'
import type { HttpTransport, SendResult } from '../zenodo/http.js'
import type { RetryPolicy } from '../zenodo/retry.js'
import { RdmCommunities, type Communities } from './communities.js'
import { NATIVE_JSON, RdmClient } from './rdm-client.js'
import { searchAll } from './paging.js'
import { type NewVersion, type RemoteFile, type RemoteRecord, type Repository, type UploadResult } from './types.js'
import {
  Limit,
  MultipartProbe,
  UnverifiedUploadError,
  partRange,
  planParts,
  sameOrigin,
  waitForMd5,
  type PartLink
} from './multipart.js'

interface RdmFileEntry {
  key: string
  size?: number
  checksum?: string | null
  status?: string
  file_id?: string
  links?: { parts?: PartLink[] }
}

interface RdmHit extends RdmRecord {
  id: string
  parent?: { id?: string; pids?: { doi?: { identifier?: string } } }
  pids?: { doi?: { identifier: string; provider: string } }
  is_published?: boolean
  is_draft?: boolean
  versions?: { index?: number }
  status?: string
  created?: string
  links?: Record<string, string>
  files?: { enabled?: boolean; entries?: Record<string, RdmFileEntry> | RdmFileEntry[] }
  errors?: Array<{ field?: string; messages?: string[] }>
}

export interface RdmOptions {
  /** zenodo.org or its sandbox: Zenodo's custom fields and its DOI prefix apply. */
  zenodo: boolean
  /** `metadata.publisher` when the metadata gives none: "Zenodo" on Zenodo, else the host name. */
  publisherDefault: string
  /** Files of the run's drafts: public, or restricted (with an optional embargo). */
  access?: { files: 'public' | 'restricted'; embargo?: { until: string; reason?: string } }
  warn?: (message: string) => void
  /** Part uploads in flight at once, over all files (the run's concurrency input); default 3. */
  partConcurrency?: number
  /** Files above this size go up in parts of this size (default: config.ts knobs). */
  multipartBytes?: number
  /** How long a multipart file may wait for its MD5 after the commit (default: config.ts knobs). */
  checksumWaitMs?: number
}

function md5Of(checksum: string | null | undefined): string {
  return typeof checksum === 'string' && checksum.startsWith('md5:') ? checksum.slice(4) : ''
}

export class InvenioRdmRepository implements Repository {
  readonly description: string
  readonly communities: Communities
  private readonly client: RdmClient
  private readonly probe = new MultipartProbe()
  private readonly parts: Limit
  private readonly partSize: number
  private readonly checksumWaitMs: number

  constructor(
    serverUrl: string,
    transport: HttpTransport,
    private readonly log: ClientLog,
    private readonly options: RdmOptions,
    policy?: RetryPolicy
  ) {
    this.description = `${new URL(serverUrl).host} (InvenioRDM records API)`
    // Native JSON everywhere; on Zenodo only the vendor type gives it.
    this.client = new RdmClient(serverUrl, transport, log, options.zenodo ? NATIVE_JSON : 'application/json', policy)
    if (!options.zenodo) this.client.serverName = new URL(serverUrl).host
    this.communities = new RdmCommunities(this.client)
    const knobs = readKnobs()
    this.parts = new Limit(Math.max(1, options.partConcurrency ?? 3))
    this.partSize = options.multipartBytes ?? knobs.multipartBytes
    this.checksumWaitMs = options.checksumWaitMs ?? knobs.checksumWaitMs
  }

  serverTime(): number | undefined {
    return this.client.serverTime()
  }

  /** The DOIs the instance manages for each draft, sent back on every update so none is lost. */
  private readonly managedPids = new Map<string, RdmHit['pids']>()

  private toRecord(hit: RdmHit, files: RdmFileEntry[]): RemoteRecord {
    const metadata = fromRdm(hit)
    // In the user's format `doi` is an external DOI; the instance's own (reserved or minted) is not
    // metadata to send back.
    // The licence as the instance's id (`mit`), not the legacy alias Zenodo's serializer would
    // print (`mit-license`): what the run compares with the file's `MIT` before an update.
    const right = hit.metadata?.rights?.[0] as { id?: unknown } | undefined
    if (typeof right?.id === 'string') metadata.license = right.id
    if (hit.pids?.doi && hit.pids.doi.provider !== 'external') {
      delete metadata.doi
      this.managedPids.set(String(hit.id), hit.pids)
    }
    // An edit draft of a published record reads as both published and a draft.
    const state = hit.is_published ? (hit.is_draft ? 'editing' : 'published') : 'draft'
    const doi = hit.pids?.doi?.identifier
    return {
      id: String(hit.id),
      conceptId: hit.parent?.id,
      state,
      title: typeof metadata.title === 'string' ? metadata.title : '',
      version: typeof metadata.version === 'string' ? metadata.version : undefined,
      doi: hit.is_published ? doi : undefined,
      reservedDoi: hit.is_published ? undefined : doi,
      conceptDoi: hit.parent?.pids?.doi?.identifier,
      firstVersion: typeof hit.versions?.index === 'number' ? hit.versions.index === 1 : undefined,
      created: hit.created,
      files: files
        .filter((f) => f.status === undefined || f.status === 'completed')
        .map((f): RemoteFile => ({ key: f.key, size: f.size ?? 0, md5: md5Of(f.checksum), id: f.file_id })),
      metadata,
      links: {
        html: hit.is_published ? hit.links?.self_html : (hit.links?.self_html ?? hit.links?.record_html),
        bucket: hit.is_published ? undefined : `${this.client.api}/records/${hit.id}/draft/files`
      }
    }
  }

  /** A search hit with its file entries (search results may leave them out). */
  private async withFiles(hit: RdmHit): Promise<RemoteRecord> {
    const draft = !hit.is_published || hit.is_draft
    const list = await this.client.find<{ entries?: RdmFileEntry[] }>(
      `/records/${hit.id}${draft && !hit.is_published ? '/draft' : ''}/files`,
      `listing the files of ${hit.id}`
    )
    return this.toRecord(hit, list?.entries ?? [])
  }

  private search(q: string, what: string): Promise<RdmHit[]> {
    return searchAll(
      async (page, size) => {
        const params = new URLSearchParams({
          q,
          allversions: 'true',
          size: String(size),
          page: String(page),
          sort: 'newest'
        })
        const body = await this.client.get<{ hits?: { hits?: RdmHit[] } }>(
          `/user/records?${params}`,
          `searching ${what}`
        )
        return body.hits?.hits ?? []
      },
      (limit) =>
        `The search for ${what} found more than ${limit} drafts and records and stopped there, ` +
        `so the run cannot tell which of them belong to it. Delete old drafts, or set deposition-id.`
    )
  }

  async findByMarker(identity: Identity): Promise<RemoteRecord[]> {
    const q = `metadata.related_identifiers.identifier:"${identity.marker.replace(/["\\]/g, '\\$&')}"`
    const hits = await this.search(q, `drafts and records of ${identity.label}`)
    return Promise.all(hits.map((h) => this.withFiles(h)))
  }

  async findByRepository(identity: Identity): Promise<RemoteRecord[]> {
    const q = repositoryQuery(identity, 'metadata.related_identifiers.identifier')
    const hits = await this.search(q, `records of ${identity.repositoryPrefix}`)
    // Only published ones matter here (deposition-id: repository); their files are not needed.
    return hits.map((h) => this.toRecord(h, []))
  }

  async read(id: string): Promise<RemoteRecord> {
    const draft = await this.client.find<RdmHit>(`/records/${encodeURIComponent(id)}/draft`, `reading draft ${id}`)
    if (draft) return this.withFiles({ ...draft, is_draft: true })
    return this.withFiles(await this.client.get<RdmHit>(`/records/${encodeURIComponent(id)}`, `reading record ${id}`))
  }

  async resolve(given: string): Promise<RemoteRecord> {
    const doi = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(given.trim())?.[1]
    if (doi) {
      // A DOI's prefix cannot be discovered through the API: ask the instance's own search.
      // A version's DOI first, then a concept's; two plain queries rather than one with OR, which
      // a query parser with AND as its default operator would read as a word.
      const own = await this.search(`pids.doi.identifier:"${doi}"`, `DOI ${doi}`)
      const hit =
        own.find((h) => h.pids?.doi?.identifier?.toLowerCase() === doi.toLowerCase()) ??
        (await this.search(`parent.pids.doi.identifier:"${doi}"`, `concept DOI ${doi}`)).find(
          (h) => h.is_published && h.parent?.pids?.doi?.identifier?.toLowerCase() === doi.toLowerCase()
        )
      if (!hit)
        throw new ZenodoApiError(
          `Input 'deposition-id': no record with DOI ${doi} is yours on this server.`,
          404,
          'GET',
          '',
          ''
        )
      return this.read(hit.id)
    }
    const id = /\/(?:records|uploads)\/([^/?#]+)/.exec(given)?.[1] ?? given.trim()
    const draft = await this.client.find<RdmHit>(`/records/${encodeURIComponent(id)}/draft`, `reading draft ${id}`)
    if (draft) return this.withFiles({ ...draft, is_draft: true })
    const record = await this.client.record<RdmHit>(id, `reading record ${id}`)
    if (record.body) return this.withFiles(record.body)
    if (record.redirect) return this.read(record.redirect)
    throw new ZenodoApiError(
      `Input 'deposition-id': no draft, record or concept '${id}' exists on this server. Check the id and server-url.`,
      404,
      'GET',
      '',
      ''
    )
  }

  async latestVersion(conceptId: string): Promise<RemoteRecord | undefined> {
    const found = await this.client.record<RdmHit>(conceptId, `looking up concept ${conceptId}`)
    const hit = found.redirect
      ? (await this.client.record<RdmHit>(found.redirect, `reading record ${found.redirect}`)).body
      : found.body
    return hit?.is_published ? this.withFiles(hit) : undefined
  }

  async pendingDraft(conceptId: string): Promise<RemoteRecord | undefined> {
    const hits = await this.search(`parent.id:${conceptId}`, `versions of ${conceptId}`)
    const pending = hits.find((h) => !h.is_published && h.parent?.id === conceptId)
    return pending ? this.read(pending.id) : undefined
  }

  /** The native draft body for legacy-shaped metadata, with the run's access settings. */
  private body(metadata: ZenodoMetadata, id?: string): Record<string, unknown> {
    const converted = toRdm(metadata, { zenodo: this.options.zenodo, publisherDefault: this.options.publisherDefault })
    for (const w of converted.warnings) this.options.warn?.(`metadata ${w}`)
    const access = this.options.access
    return {
      metadata: converted.metadata,
      custom_fields: converted.custom_fields,
      files: { enabled: true },
      access: {
        record: 'public',
        files: access?.files ?? converted.access?.files ?? 'public',
        ...(access?.embargo
          ? { embargo: { active: true, until: access.embargo.until, reason: access.embargo.reason } }
          : converted.access?.embargo
            ? { embargo: converted.access.embargo }
            : {})
      },
      ...(converted.pids
        ? { pids: converted.pids }
        : id !== undefined && this.managedPids.has(id)
          ? { pids: this.managedPids.get(id) }
          : {})
    }
  }

  /**
   * Drafts answer 200/201 with an `errors` list and drop the invalid values it names
   * (invenio-drafts-resources `services/records/service.py`, partial validation). A value this
   * run sent that the saved draft lacks is a failure, reported field by field. What is only
   * missing (required fields, files) is normal in a draft: it fails at publish.
   */
  private refuseDropped(hit: RdmHit, sent: Record<string, unknown>, action: string): void {
    const saved = hit as unknown as Record<string, unknown>
    const dropped = (hit.errors ?? []).filter((e) => {
      const [top, key] = (e.field ?? '').split('.')
      if (!top || !key || top === 'files') return false
      const part = (o: unknown): unknown =>
        o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined
      const wanted = part(sent[top])
      return wanted !== undefined && JSON.stringify(wanted) !== JSON.stringify(part(saved[top]))
    })
    if (dropped.length === 0) return
    const fieldErrors: FieldError[] = dropped.map((e) => ({ field: e.field ?? '', messages: e.messages ?? [] }))
    throw new ZenodoApiError(
      `The server refused values while ${action}, and dropped them from the draft:\n` +
        fieldErrors.map((e) => `${e.field || '(record)'}: ${e.messages.join(' ')}`).join('\n'),
      400,
      'PUT',
      '',
      JSON.stringify(hit.errors),
      fieldErrors
    )
  }

  async createDraft(metadata: ZenodoMetadata, recover: () => Promise<RemoteRecord | undefined>): Promise<RemoteRecord> {
    const body = this.body(metadata)
    let found: RemoteRecord | undefined
    const hit = await this.client.send<RdmHit>('POST', '/records', 'creating a draft', body, [201, 200], {
      recover: async () => {
        found = await recover()
        return found === undefined ? undefined : ({ id: found.id } as RdmHit)
      }
    })
    if (found) return found
    this.refuseDropped(hit, body, 'creating the draft')
    await this.reserveDoi(hit.id)
    return this.read(hit.id)
  }

  /** Where the instance mints DOIs, reserve one now, so `doi` exists before publishing. */
  private async reserveDoi(id: string): Promise<void> {
    await this.client
      .send(
        'POST',
        `/records/${encodeURIComponent(id)}/draft/pids/doi`,
        `reserving a DOI for ${id}`,
        undefined,
        [201, 200],
        {
          alreadyDone: (r) => (r.status === 400 || r.status === 404 || r.status === 403 ? true : undefined)
        }
      )
      .catch(() => undefined)
  }

  async newVersion(record: RemoteRecord): Promise<NewVersion> {
    const existing = record.conceptId ? await this.pendingDraft(record.conceptId) : undefined
    if (existing) return { draft: existing, created: false }
    const hit = await this.client.send<RdmHit>(
      'POST',
      `/records/${encodeURIComponent(record.id)}/versions`,
      `making a new version of ${record.id}`,
      undefined,
      [201]
    )
    // The new version starts without files: bring the previous version's along, as the legacy
    // API does, and let the plan skip, replace or delete them.
    if (record.files.length > 0) {
      await this.client.send(
        'POST',
        `/records/${encodeURIComponent(hit.id)}/draft/actions/files-import`,
        `importing the files of ${record.id}`,
        undefined,
        [201, 200]
      )
    }
    await this.reserveDoi(hit.id)
    return { draft: await this.read(hit.id), created: true }
  }

  async updateMetadata(draft: RemoteRecord, metadata: ZenodoMetadata): Promise<RemoteRecord> {
    const body = this.body(metadata, draft.id)
    const path = `/records/${encodeURIComponent(draft.id)}/draft`
    const hit = await this.client.send<RdmHit>('PUT', path, `updating the metadata of draft ${draft.id}`, body, [200])
    this.refuseDropped(hit, body, 'updating the metadata')
    return this.read(draft.id)
  }

  /** Starts a file entry; an entry of that key already there (an earlier attempt's) is deleted first. */
  private async init(
    draft: RemoteRecord,
    file: LocalFile,
    transfer?: Record<string, unknown>
  ): Promise<RdmFileEntry | undefined> {
    const path = `/records/${encodeURIComponent(draft.id)}/draft/files`
    const entry = [{ key: file.name, size: file.size, ...(transfer ? { transfer } : {}) }]
    const ours = (r: SendResult): RdmFileEntry | undefined =>
      json<{ entries?: RdmFileEntry[] }>(r).entries?.find((e) => e.key === file.name)
    const exists = await this.client.send<true | RdmFileEntry | undefined>(
      'POST',
      path,
      `starting the upload of '${file.name}'`,
      entry,
      [201, 200],
      {
        parse: ours,
        alreadyDone: (r) => (r.status === 400 && /already exists/i.test(r.body) ? true : undefined)
      }
    )
    if (exists !== true) return exists
    await this.deleteFile(draft, { key: file.name, size: 0, md5: '' })
    return this.client.send('POST', path, `starting the upload of '${file.name}'`, entry, [201, 200], { parse: ours })
  }

  /** Completes a file entry once its bytes are in; the answer carries the server's checksum. */
  private commit(base: string, key: string, name: string): Promise<RdmFileEntry> {
    return this.client.send<RdmFileEntry>(
      'POST',
      `${base}/${key}/commit`,
      `completing the upload of '${name}'`,
      undefined,
      [200, 201]
    )
  }

  async upload(draft: RemoteRecord, file: LocalFile, onProgress?: (sent: number) => void): Promise<UploadResult> {
    const base = `/records/${encodeURIComponent(draft.id)}/draft/files`
    const key = encodeURIComponent(file.name)
    if (file.size > this.partSize) {
      const done = await this.uploadInParts(draft, file, onProgress)
      if (done) return done
    }
    await this.init(draft, file)
    const sent = await this.client.request<{ md5: string; errors: boolean }>({
      method: 'PUT',
      url: `${this.client.api}${base}/${key}/content`,
      upload: { path: file.path, size: file.size, mtimeMs: file.mtimeMs, onProgress },
      context: { action: `uploading '${file.name}'` },
      ok: [200],
      // A 200 whose body has `errors` is a failed transfer; the server deleted the entry.
      parse: (r) => ({ md5: r.sentMd5 ?? '', errors: /"errors"/.test(r.body) })
    })
    if (sent.errors) {
      await this.deleteFile(draft, { key: file.name, size: 0, md5: '' }).catch(() => undefined)
      return { serverMd5: '', localMd5: sent.md5, size: 0 }
    }
    const committed = await this.commit(base, key, file.name)
    return { serverMd5: md5Of(committed.checksum), localMd5: sent.md5, size: Number(committed.size ?? file.size) }
  }

  /**
   * A multipart upload (multipart.ts), or undefined where the instance refuses parts (then the
   * caller sends the file in one request). Parts go out in parallel within the run's limit; a
   * failed part is retried alone (ApiClient.call); the MD5 is computed in one sequential pass
   * meanwhile and compared with the server's once its background task has computed it.
   */
  private async uploadInParts(
    draft: RemoteRecord,
    file: LocalFile,
    onProgress?: (sent: number) => void
  ): Promise<UploadResult | undefined> {
    const mode = await this.probe.allowed()
    if (mode === false) return undefined
    let settled = mode === true
    const settle = (verdict: boolean | undefined): void => {
      if (!settled) this.probe.settle(verdict)
      settled = true
    }
    const base = `/records/${encodeURIComponent(draft.id)}/draft/files`
    const key = encodeURIComponent(file.name)
    const gone = { key: file.name, size: 0, md5: '' }
    let started = false
    try {
      const { parts, partSize } = planParts(file.size, this.partSize)
      const entry = await this.init(draft, file, { type: 'M', parts, part_size: partSize })
      started = true
      const links = entry?.links?.parts ?? []
      const progress = new Array<number>(parts).fill(0)
      const send = async (n: number): Promise<unknown> => {
        const url = links.find((l) => l.part === n)?.url
        if (!url) throw new Error(`The server gave no link for part ${n} of '${file.name}'.`)
        return this.parts.run(() =>
          this.client.request({
            method: 'PUT',
            url,
            // Presigned links on the storage host need no token, and must never see it.
            anonymous: !sameOrigin(url, this.client.api),
            upload: {
              path: file.path,
              size: file.size,
              mtimeMs: file.mtimeMs,
              part: partRange(n, file.size, partSize),
              onProgress: (sent) => {
                progress[n - 1] = sent
                onProgress?.(progress.reduce((a, b) => a + b, 0))
              }
            },
            context: { action: `uploading part ${n} of ${parts} of '${file.name}'` },
            ok: [200, 201, 204],
            parse: () => true
          })
        )
      }
      if (mode === 'probe') {
        try {
          await send(1)
        } catch (err) {
          if (!(err instanceof ZenodoApiError && err.status === 403)) throw err
          settle(false)
          this.log.info(
            `The server refused a multipart part upload (HTTP 403) for '${file.name}'; ` +
              `this run sends every file in one request.`
          )
          started = false
          await this.deleteFile(draft, gone)
          return undefined
        }
        settle(true)
      }
      // One sequential pass for the whole-file MD5 while the parts go out (flat memory).
      const md5 = md5File(file.path)
      md5.catch(() => undefined)
      const rest = Array.from({ length: parts }, (_, i) => i + 1).filter((n) => mode !== 'probe' || n > 1)
      const sent = await Promise.allSettled(rest.map(send))
      const failed = sent.find((r): r is PromiseRejectedResult => r.status === 'rejected')
      if (failed) throw failed.reason
      const localMd5 = await md5
      const committed = await this.commit(base, key, file.name)
      started = false
      const seconds = Math.round(this.checksumWaitMs / 1000)
      const waited = md5Of(committed.checksum)
        ? { md5: md5Of(committed.checksum), last: committed.checksum }
        : await waitForMd5(
            async () =>
              (await this.client.get<RdmFileEntry>(`${base}/${key}`, `reading the checksum of '${file.name}'`))
                .checksum,
            this.checksumWaitMs
          )
      if (waited.md5 === undefined) {
        throw new UnverifiedUploadError(
          `'${file.name}' was uploaded in ${parts} parts, but the server had not computed its MD5 after ${seconds} s ` +
            `(checksum ${waited.last ?? 'empty'}), so it could not be verified. Nothing was published; draft ${draft.id} ` +
            `is kept. Re-run the workflow later: it compares the MD5 once the server has it.`
        )
      }
      return { serverMd5: waited.md5, localMd5, size: Number(committed.size ?? file.size) }
    } catch (err) {
      // An unfinished multipart entry is of no use to a retry (parts cannot be listed): remove it.
      if (started) await this.deleteFile(draft, gone).catch(() => undefined)
      throw err
    } finally {
      settle(undefined)
    }
  }

  /** DELETE is safe to repeat: a retry that finds nothing (404) means an earlier attempt worked. */
  private async delete(path: string, action: string): Promise<void> {
    await this.client.send<boolean>('DELETE', path, action, undefined, [204, 200], {
      parse: () => true,
      alreadyDone: (r, attempt) => (r.status === 404 && attempt > 1 ? true : undefined)
    })
  }

  deleteFile(draft: RemoteRecord, file: RemoteFile): Promise<void> {
    const path = `/records/${encodeURIComponent(draft.id)}/draft/files/${encodeURIComponent(file.key)}`
    return this.delete(path, `deleting '${file.key}' from draft ${draft.id}`)
  }

  discard(draft: RemoteRecord): Promise<void> {
    return this.delete(`/records/${encodeURIComponent(draft.id)}/draft`, `discarding draft ${draft.id}`)
  }

  async edit(record: RemoteRecord): Promise<RemoteRecord> {
    // POST …/draft opens an edit draft of a published record (invenio-drafts-resources `edit`);
    // a repeat finds the same draft, so it is safe to retry.
    await this.client.send(
      'POST',
      `/records/${encodeURIComponent(record.id)}/draft`,
      `opening record ${record.id} for editing`,
      undefined,
      [201, 200]
    )
    return this.read(record.id)
  }

  async updateEdit(draft: RemoteRecord, metadata: ZenodoMetadata, fields: string[]): Promise<RemoteRecord> {
    const path = `/records/${encodeURIComponent(draft.id)}/draft`
    const raw = await this.client.get<RdmHit & { custom_fields?: Record<string, unknown> }>(
      path,
      `reading the edit of record ${draft.id}`
    )
    const opts = { zenodo: this.options.zenodo, publisherDefault: this.options.publisherDefault }
    const partial: ZenodoMetadata = {}
    for (const f of fields) if (metadata[f] !== undefined) partial[f] = metadata[f]
    const converted = toRdm(partial, opts)
    for (const w of converted.warnings) this.options.warn?.(`metadata ${w}`)
    // What the conversion adds by itself (a default publisher or licence) is not the run's to set.
    const defaults = toRdm({}, opts)
    const changed = (got: object, base: object): Record<string, unknown> => {
      const b = base as Record<string, unknown>
      return Object.fromEntries(Object.entries(got).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(b[k])))
    }
    const access = raw.access as { record?: string; files?: string; embargo?: unknown } | undefined
    const setsAccess = fields.includes('access_right') || fields.includes('embargo_date')
    const body = {
      metadata: { ...(raw.metadata ?? {}), ...changed(converted.metadata, defaults.metadata) },
      custom_fields: { ...(raw.custom_fields ?? {}), ...changed(converted.custom_fields, defaults.custom_fields) },
      files: { enabled: true },
      access: setsAccess
        ? this.body(metadata, draft.id).access
        : {
            record: access?.record ?? 'public',
            files: access?.files ?? 'public',
            ...(access?.embargo ? { embargo: access.embargo } : {})
          },
      ...(raw.pids ? { pids: raw.pids } : {})
    }
    const hit = await this.client.send<RdmHit>('PUT', path, `updating the metadata of record ${draft.id}`, body, [200])
    this.refuseDropped(hit, body, 'updating the metadata')
    return this.read(draft.id)
  }

  publishEdit(draft: RemoteRecord): Promise<RemoteRecord> {
    return this.publish(draft)
  }

  discardEdit(record: RemoteRecord): Promise<void> {
    return this.delete(`/records/${encodeURIComponent(record.id)}/draft`, `discarding the edit of record ${record.id}`)
  }

  async publish(draft: RemoteRecord): Promise<RemoteRecord> {
    // 202; the caller judges the record's state as read back, not the answer.
    await this.client.send<boolean>(
      'POST',
      `/records/${encodeURIComponent(draft.id)}/draft/actions/publish`,
      `publishing draft ${draft.id}`,
      undefined,
      [202, 200],
      {
        parse: () => true,
        recover: async () => ((await this.read(draft.id)).state === 'published' ? true : undefined)
      }
    )
    return this.read(draft.id)
  }
}

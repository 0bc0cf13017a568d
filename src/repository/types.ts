// The repository seam: what the orchestration needs from a Zenodo-like server, in its own terms.
// One adapter per API implements it (zenodo-legacy.ts for the legacy deposit API); tests use an
// in-memory one. Every method either does what it says or throws; none decides for the run.

import type { LocalFile } from '../files/local-file.js'
import type { Identity } from '../identity.js'
import type { ZenodoMetadata } from '../metadata/types.js'
import type { Communities } from './communities.js'

/** A draft never published; a published record; a published record with an edit draft open. */
export type RecordState = 'draft' | 'published' | 'editing'

export interface RemoteFile {
  /** The key exactly as the server holds it (it may be NFD; compare in NFC, address by this). */
  key: string
  size: number
  /** Bare MD5 hex. */
  md5: string
  id?: string
}

export interface RemoteRecord {
  id: string
  conceptId?: string
  state: RecordState
  title: string
  version?: string
  /** The record's DOI once published. */
  doi?: string
  /** The DOI reserved for a draft (Zenodo's prereserve_doi). */
  reservedDoi?: string
  /** Set once the concept has been published: a new-version draft has it, a first draft does not. */
  conceptDoi?: string
  /** The first version of its concept, where the API says so (native `versions.index`). */
  firstVersion?: boolean
  /** ISO time on the server's clock. */
  created?: string
  files: RemoteFile[]
  /** In the user's (legacy `.zenodo.json`) shape. */
  metadata: ZenodoMetadata
  links: { html?: string; bucket?: string }
}

export interface UploadResult {
  /** MD5 the server computed. */
  serverMd5: string
  /** MD5 of the bytes this attempt sent. */
  localMd5: string
  size: number
}

export interface NewVersion {
  draft: RemoteRecord
  /** False when the server handed back a pending draft that already existed. */
  created: boolean
}

export interface Repository {
  /** For logs: e.g. "Zenodo (legacy deposit API)". */
  readonly description: string
  /** Community reviews and inclusions (the same request endpoints whatever API uploads). */
  readonly communities: Communities
  /**
   * Every draft and record, all versions, that carries this identity's marker, as the server's
   * search finds them (a fresh draft may be missing for about a second). Throws
   * IncompleteSearchError rather than return part of the answer.
   */
  findByMarker(identity: Identity): Promise<RemoteRecord[]>
  /**
   * Every draft and record with a marker of this identity's repository at any ref, as search
   * entries (their files may be left out). Throws IncompleteSearchError rather than part of it.
   */
  findByRepository(identity: Identity): Promise<RemoteRecord[]>
  /** One draft or record, read whole (with its bucket link). */
  read(id: string): Promise<RemoteRecord>
  /** The draft or record that `deposition-id` names; a concept id gives its latest version. */
  resolve(id: string): Promise<RemoteRecord>
  /** The latest published version of a concept, read whole; undefined if none. */
  latestVersion(conceptId: string): Promise<RemoteRecord | undefined>
  /** The concept's pending new-version draft (at most one exists), read whole. */
  pendingDraft(conceptId: string): Promise<RemoteRecord | undefined>
  /** The server's clock (epoch ms, whole seconds) from the Date header of its latest answer. */
  serverTime(): number | undefined
  /**
   * Creates a first-version draft. After an answer that never came, `recover` is asked whether
   * the request took effect anyway; it returns the draft it made, or undefined to retry.
   */
  createDraft(metadata: ZenodoMetadata, recover: () => Promise<RemoteRecord | undefined>): Promise<RemoteRecord>
  /**
   * Opens a new version of the concept of this published record, files inherited. A pending
   * draft of the concept that exists already is handed back with `created: false`.
   */
  newVersion(record: RemoteRecord): Promise<NewVersion>
  /** Replaces the draft's metadata with this complete set. */
  updateMetadata(draft: RemoteRecord, metadata: ZenodoMetadata): Promise<RemoteRecord>
  upload(draft: RemoteRecord, file: LocalFile, onProgress?: (sent: number) => void): Promise<UploadResult>
  deleteFile(draft: RemoteRecord, file: RemoteFile): Promise<void>
  /** Deletes a draft this run made (a repeated delete that finds nothing counts as done). */
  discard(draft: RemoteRecord): Promise<void>
  /** Publishes; the answer is the record as the server now holds it, whatever the status code. */
  publish(draft: RemoteRecord): Promise<RemoteRecord>
  /**
   * Opens a published record for a metadata edit: the answer is its edit draft (same id, same
   * DOI, files locked), which updateMetadata and publish take like any draft.
   */
  edit(record: RemoteRecord): Promise<RemoteRecord>
  /**
   * Sets these top-level fields (in the user's format) of an edit draft from `metadata`, and
   * leaves every other field as the server holds it: an edit changes what the run sets, and
   * nothing the owner added on the server (fields the user's format may not even have).
   */
  updateEdit(draft: RemoteRecord, metadata: ZenodoMetadata, fields: string[]): Promise<RemoteRecord>
  /** Publishes an edit draft again; the answer is the record as the server now holds it. */
  publishEdit(draft: RemoteRecord): Promise<RemoteRecord>
  /** Discards an edit this run opened; the published record stays as it was. */
  discardEdit(record: RemoteRecord): Promise<void>
}

/** A search stopped before it had seen every hit: no decision may rest on it. */
export class IncompleteSearchError extends Error {
  override name = 'IncompleteSearchError'
}

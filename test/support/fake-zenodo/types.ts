// Public types of the fake Zenodo server (re-exported by ../fake-zenodo.ts).

export interface FakeUser {
  id: number
  superuser?: boolean
}

/**
 * 'zenodo': zenodo.org (both APIs, Zenodo's configuration: no metadata-only records, no
 * restricted records, multipart part uploads refused, ZenodoJSON for plain application/json on
 * the records API, DOIs 10.5281/zenodo.<id>). 'invenio': a stock InvenioRDM instance (no legacy
 * routes, string ids like "abcde-12345", DOIs <prefix>/<id>, multipart allowed).
 */
export type FakeFlavor = 'zenodo' | 'invenio'

/**
 * Instance configuration of the native API (upstream config keys in brackets). Defaults per
 * flavor; FakeZenodo.configure changes them while running.
 */
export interface FakeInstanceConfig {
  /** [RDM_ALLOW_METADATA_ONLY_RECORDS] zenodo false, invenio true; superusers may always. */
  allowMetadataOnlyRecords: boolean
  /** [RDM_ALLOW_RESTRICTED_RECORDS] zenodo false, invenio true; superusers may always. */
  allowRestrictedRecords: boolean
  /** [RDM_LOCK_EDIT_PUBLISHED_FILES] true: the files of an edit draft are locked. */
  lockEditPublishedFiles: boolean
  /** [RECORDS_RESOURCES_ALLOW_EMPTY_FILES] zenodo false ("Empty files are not accepted."), invenio true. */
  allowEmptyFiles: boolean
  /** Multipart (M) part uploads: zenodo false (403 "Permission denied.", zenodo/zenodo-rdm#1443), invenio true. */
  multipartParts: boolean
  /**
   * After a multipart commit the whole-file MD5 appears only after this many ms, as upstream's
   * background task recomputes it (default 300; Infinity = never).
   */
  multipartChecksumDelayMs: number
  /** The checksum shown until then: null (local storage) or "multipart:<etag>-<part_size>" (S3). Default 'null'. */
  multipartPendingChecksum: 'null' | 'etag'
  /**
   * Where part links point: 'local' (…/content/<n> on this server, token needed) or 'presigned'
   * (partsBaseUrl + a signature in the query; no token needed, as on S3). Default 'local'.
   */
  multipartLinks: 'local' | 'presigned'
  /** Base URL of presigned part links (default: the public URL). */
  partsBaseUrl?: string
  /**
   * New versions of a record that is in a community: 'never' (upstream default policy) or
   * 'always' get a review to the parent's default community attached to the new-version draft;
   * a function decides per uploader. [RDM new_version_review_policy]
   */
  newVersionReviewPolicy: 'never' | 'always' | ((userId: number) => boolean)
  /**
   * The instance registers DOIs (DataCite): publish mints one unless the draft has an external
   * DOI, and metadata.publisher is then required. false: no doi PID scheme at all (reserving one,
   * or sending pids.doi, answers 400), records get only an OAI id. Default true.
   */
  mintDois: boolean
  /** Custom field namespaces accepted in custom_fields (zenodo: Zenodo's own, invenio: none). */
  customFieldNamespaces: string[]
}

export interface FakeZenodoOptions {
  /** Default 'zenodo'. */
  flavor?: FakeFlavor
  /** Managed DOI prefix (zenodo 10.5281: 10.5281/zenodo.<id>; invenio 10.1234: 10.1234/<id>). */
  doiPrefix?: string
  /** DOI links of the native API (zenodo https://doi.org/, invenio https://handle.test.datacite.org/ as DataCite's test mode). */
  doiLinkBase?: string
  /** See FakeInstanceConfig (flavor defaults otherwise). */
  config?: Partial<FakeInstanceConfig>
  /** Listen address, default '127.0.0.1'. */
  host?: string
  /** Default 0 (ephemeral). */
  port?: number
  /** Base URL used in all links (default `http://<host>:<port>`). */
  publicUrl?: string
  /**
   * token -> user. Default: owner-token (1), other-token (2), super-token (3, superuser),
   * community-token (4, owns the communities made by addCommunity unless told otherwise).
   */
  users?: Record<string, FakeUser>
  /** Default { limit: 1000, windowSeconds: 60 }; false = never 429 (headers still sent). */
  rateLimit?: { limit: number; windowSeconds: number } | false
  /** Where uploaded bytes are stored (default: a fresh temp dir, removed on close). */
  storageDir?: string
  /** First allocated record id (default 1000). */
  firstId?: number
  /** Max files per record (both flavors: 100). */
  maxFiles?: number
  /** Bucket quota in bytes (zenodo: 50e9; invenio: 10e9, RDM_FILES_DEFAULT_QUOTA_SIZE). */
  quotaBytes?: number
  /** Max size of one file in bytes (zenodo: 50e9; invenio: 10e9, RDM_FILES_DEFAULT_MAX_FILE_SIZE). */
  maxFileBytes?: number
  /** Called once per request when it is answered (or its socket destroyed); for the CLI's --verbose. */
  onRequest?: (entry: RequestLogEntry) => void
  /**
   * Search index lag in ms (default 0): the list (GET /api/deposit/depositions) shows each
   * deposition as it was at least this long ago; GET of one deposition is never lagged.
   */
  indexLagMs?: number
  /** The server clock is Date.now() + this (default 0): timestamps and the Date header. */
  clockOffsetMs?: number
}

export type FaultAction =
  | {
      kind: 'status'
      status: number
      body?: string
      contentType?: string
      headers?: Record<string, string>
    }
  | { kind: 'status-after'; status: number; body?: string; contentType?: string }
  | { kind: 'reset-mid-body'; afterBytes?: number }
  | { kind: 'reset-after-processing' }
  | { kind: 'wrong-checksum' }
  | { kind: 'delay'; ms: number }
  /** Bucket PUT: stop reading the body for ms once afterBytes (default: the first chunk) arrived. */
  | { kind: 'stall'; ms: number; afterBytes?: number }
  /**
   * Native PUT …/content: the body is read, then the entry is deleted and the answer is a 200
   * whose body has "errors": "File upload transfer failed." (invenio-records-resources
   * services/files/service.py set_file_content).
   */
  | { kind: 'transfer-failed' }

export interface Fault {
  method?: string
  /** A string matches a pathname that ends with it; a RegExp is tested against the pathname. */
  path?: string | RegExp
  /** Default 1; Infinity = every time. */
  times?: number
  action: FaultAction
}

export interface HoldMatch {
  method?: string
  /** As for faults: a string matches a pathname that ends with it; a RegExp is tested against it. */
  path?: string | RegExp
  /** How many matching requests to hold (default 1; Infinity = all until release). */
  times?: number
  /**
   * 'before' (default): paused once received, before faults, rate limits, routing and reading
   * the body. 'after': fully processed (state changed), only the answer is held.
   */
  phase?: 'before' | 'after'
}

export interface Hold {
  /** Resolves with the log entry of the first matching request that reaches the hold point. */
  arrived: Promise<RequestLogEntry>
  /** Entries of the requests held so far (also after release). */
  held: RequestLogEntry[]
  /** Lets every request held by this hold go on and disarms it (later requests pass). */
  release(): void
}

export interface FakeFileView {
  id: string
  key: string
  size: number
  md5: string
}

export interface FakeDepositionView {
  /** Internal numeric id (the record id on zenodo). */
  id: number
  /** The native record id: String(id) on zenodo, "abcde-12345" on invenio. */
  recid: string
  conceptrecid: string
  owner: number
  state: 'unsubmitted' | 'inprogress' | 'done'
  submitted: boolean
  published: boolean
  doi?: string
  conceptdoi?: string
  bucketId: string
  /** links.bucket of the deposition: `<publicUrl>/api/files/<bucketId>`. */
  bucketUrl: string
  /** As the deposit API would return it. */
  metadata: Record<string, unknown>
  files: FakeFileView[]
  /** Native access of the current state (draft if open): record, files, embargo. */
  access: { record: string; files: string; embargo?: { active: boolean; until?: string; reason?: string } }
  /** Community ids the record (its parent) is in, default first. */
  communities: string[]
  /** The review request attached to the draft (parent's for a first version), if any. */
  review?: { id: string; status: string; community: string }
  /** Deleted by an administrator (tombstone). */
  deleted: boolean
}

export interface FakeCommunityOptions {
  slug: string
  title?: string
  /** Owner's user id (default 4, community-token). */
  owner?: number
  /** Default 'public'. */
  visibility?: 'public' | 'restricted'
  /** record_submission_policy: 'open' (default) or 'closed' (members only). */
  submissionPolicy?: 'open' | 'closed'
  /**
   * review_policy: who may include records directly, without review: 'closed' (default,
   * nobody), 'open' (curators, managers, owners), 'members' (any member).
   */
  reviewPolicy?: 'closed' | 'open' | 'members'
  /** Further members besides the owner. */
  members?: Array<{ user: number; role: FakeCommunityRole }>
  /** Default: a fresh UUID. */
  id?: string
}

export type FakeCommunityRole = 'owner' | 'manager' | 'curator' | 'reader'

export interface FakeCommunityView {
  id: string
  slug: string
  title: string
  owner: number
  visibility: 'public' | 'restricted'
  submissionPolicy: 'open' | 'closed'
  reviewPolicy: 'closed' | 'open' | 'members'
  members: Array<{ user: number; role: FakeCommunityRole }>
}

export interface FakeRequestView {
  id: string
  number: string
  type: 'community-submission' | 'community-inclusion'
  status: 'created' | 'submitted' | 'accepted' | 'declined' | 'cancelled' | 'expired' | 'deleted'
  /** Community id. */
  receiver: string
  /** Native record id. */
  topic: string
  createdBy: number
}

export interface RequestLogEntry {
  method: string
  /** Pathname with query. */
  path: string
  headers: Record<string, string | undefined>
  /** 0 while pending, or when the socket was destroyed without an answer. */
  status: number
  bodyBytes: number
  at: number
}

export interface SeedOptions {
  metadata?: Record<string, unknown>
  /** Keys are stored verbatim (no secure_filename, no Unicode normalisation). */
  files: Array<{ key: string; content: Buffer | string }>
  /** Default 1. */
  owner?: number
  /** New version of this concept; omit = new concept. */
  conceptrecid?: string
  /** Native fields of the record, overriding what metadata gives (RDM metadata, access, files.enabled, custom_fields). */
  rdm?: {
    metadata?: Record<string, unknown>
    access?: Record<string, unknown>
    files?: { enabled: boolean }
    custom_fields?: Record<string, unknown>
  }
  /** seedPublished: community ids or slugs the record is in (the first is the default). */
  communities?: string[]
}

export interface SeedDraftOptions extends Omit<SeedOptions, 'files'> {
  /** Default none; keys are stored verbatim. */
  files?: SeedOptions['files']
}

export interface FakeZenodo {
  flavor: FakeFlavor
  /** e.g. http://127.0.0.1:41234 (no trailing slash, no /api). */
  url: string
  port: number
  /** Base URL of all links (publicUrl, or url). */
  publicUrl: string
  /** Where uploaded bytes live. */
  storageDir: string
  requests: RequestLogEntry[]
  addFault(fault: Fault): void
  clearFaults(): void
  /** Every draft and record, drafts included, in id order. */
  depositions(): FakeDepositionView[]
  deposition(id: number): FakeDepositionView | undefined
  /** By native record id (or, on zenodo, its numeric string). */
  record(recid: string): FakeDepositionView | undefined
  /** Content of a stored file (small files; for assertions); id is the numeric id or the native one. */
  fileBytes(id: number | string, key: string): Buffer | undefined
  seedPublished(opts: SeedOptions): Promise<FakeDepositionView>
  /**
   * An unpublished draft (a new concept, or the next-version draft of conceptrecid) with files
   * under the exact keys given. Seeded depositions are in the search index at once.
   */
  seedDraft(opts?: SeedDraftOptions): Promise<FakeDepositionView>
  /** Puts a file under this exact key into a draft or a published record (its lock ignored). */
  seedFile(id: number, key: string, content: Buffer | string): Promise<FakeFileView>
  /** See FakeZenodoOptions.indexLagMs; applies to changes made from now on. */
  setIndexLag(ms: number): void
  /** See FakeZenodoOptions.clockOffsetMs. */
  setClockOffset(ms: number): void
  /** The server clock: Date.now() + the clock offset. */
  now(): number
  /** Holds matching requests until release() (see HoldMatch); close() releases everything. */
  hold(match: HoldMatch): Hold
  releaseAll(): void
  /** The instance configuration in force (see FakeInstanceConfig). */
  config(): FakeInstanceConfig
  /** Changes the instance configuration from now on. */
  configure(config: Partial<FakeInstanceConfig>): void
  /** A community (owner and members as given); its id is returned in the view. */
  addCommunity(opts: FakeCommunityOptions): FakeCommunityView
  /** Adds (or changes the role of) a member; community by id or slug. */
  addCommunityMember(community: string, user: number, role?: FakeCommunityRole): void
  community(idOrSlug: string): FakeCommunityView | undefined
  communities(): FakeCommunityView[]
  /** Review and inclusion requests (community-submission, community-inclusion), oldest first. */
  communityRequests(): FakeRequestView[]
  communityRequest(id: string): FakeRequestView | undefined
  /** Accepts a submitted request as the community's owner would (publishes a submitted draft). */
  acceptRequest(id: string, comment?: string): Promise<FakeRequestView>
  /** Declines a submitted request as the community's owner would. */
  declineRequest(id: string, comment?: string): Promise<FakeRequestView>
  close(): Promise<void>
}

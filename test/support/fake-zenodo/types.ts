// Public types of the fake Zenodo server (re-exported by ../fake-zenodo.ts).

export interface FakeUser {
  id: number
  superuser?: boolean
}

export interface FakeZenodoOptions {
  /** Listen address, default '127.0.0.1'. */
  host?: string
  /** Default 0 (ephemeral). */
  port?: number
  /** Base URL used in all links (default `http://<host>:<port>`). */
  publicUrl?: string
  /** token -> user. Default: owner-token (1), other-token (2), super-token (3, superuser). */
  users?: Record<string, FakeUser>
  /** Default { limit: 1000, windowSeconds: 60 }; false = never 429 (headers still sent). */
  rateLimit?: { limit: number; windowSeconds: number } | false
  /** Where uploaded bytes are stored (default: a fresh temp dir, removed on close). */
  storageDir?: string
  /** First allocated record id (default 1000). */
  firstId?: number
  /** Max files per record (Zenodo: 100). */
  maxFiles?: number
  /** Bucket quota in bytes (Zenodo: 50e9). */
  quotaBytes?: number
  /** Max size of one file in bytes (Zenodo: 50e9). */
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
  id: number
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
}

export interface SeedDraftOptions extends Omit<SeedOptions, 'files'> {
  /** Default none; keys are stored verbatim. */
  files?: SeedOptions['files']
}

export interface FakeZenodo {
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
  /** Content of a stored file (small files; for assertions). */
  fileBytes(id: number, key: string): Buffer | undefined
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
  close(): Promise<void>
}

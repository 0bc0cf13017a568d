// Multipart (`M`) transfers on the InvenioRDM records API (invenio-records-resources
// `services/files/transfer/providers/multipart.py`): init with `transfer: {type: 'M', parts,
// part_size}`, one PUT per part to the links the init answer gives (`links.parts`, which may be
// presigned URLs on the storage backend's host), commit, then the whole-file MD5 once the
// background task (`tasks.py`, recompute_multipart_checksum_task) has computed it.
//
// Files above the threshold (config.ts MULTIPART_MIB, at most 100 MiB) go in parts of that size.
// Zenodo refuses part uploads with 403 (zenodo/zenodo-rdm#1443): the first large file of a run
// probes with its part 1, and on 403 the run sends every file in one request.

export interface PartLink {
  part: number
  url: string
}

/** Parts of at most partSize bytes; the last one takes the rest. */
export function planParts(size: number, partSize: number): { parts: number; partSize: number } {
  return { parts: Math.max(1, Math.ceil(size / partSize)), partSize }
}

/** Offset and length of part n (1-based). */
export function partRange(n: number, size: number, partSize: number): { offset: number; length: number } {
  const offset = (n - 1) * partSize
  return { offset, length: Math.min(partSize, size - offset) }
}

/** The token goes to the server's own origin only, never to a storage host a part link names. */
export function sameOrigin(url: string, server: string): boolean {
  return new URL(url).origin === new URL(server).origin
}

/** At most `limit` tasks in flight, shared by every file of the run. */
export class Limit {
  private active = 0
  private readonly waiting: Array<() => void> = []

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
}

/**
 * Whether this run may send parts: unknown until the first large file's part 1 has gone out.
 * Files that ask while the probe runs wait for its verdict; an inconclusive probe (a failure
 * other than 403) lets the next large file probe again.
 */
export class MultipartProbe {
  private verdict: boolean | undefined
  private pending: Promise<void> | undefined
  private release: (() => void) | undefined

  /** true or false, or 'probe': the caller probes and must call settle. */
  async allowed(): Promise<boolean | 'probe'> {
    for (;;) {
      if (this.verdict !== undefined) return this.verdict
      if (this.pending === undefined) {
        this.pending = new Promise<void>((resolve) => (this.release = resolve))
        return 'probe'
      }
      await this.pending
    }
  }

  settle(verdict: boolean | undefined): void {
    this.verdict = verdict
    const release = this.release
    this.pending = undefined
    this.release = undefined
    release?.()
  }
}

/** The committed multipart file's MD5 never appeared: the file is unverified. */
export class UnverifiedUploadError extends Error {
  override name = 'UnverifiedUploadError'
}

/**
 * Polls until read() gives an MD5 (hex), with backoff, for at most waitMs. undefined when the
 * wait ran out; `last` is the checksum seen last.
 */
export async function waitForMd5(
  read: () => Promise<string | null | undefined>,
  waitMs: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
): Promise<{ md5?: string; last: string | null | undefined }> {
  const deadline = Date.now() + waitMs
  let delay = 250
  for (;;) {
    const last = await read()
    if (typeof last === 'string' && last.startsWith('md5:')) return { md5: last.slice(4), last }
    const left = deadline - Date.now()
    if (left <= 0) return { last }
    await sleep(Math.min(delay, left))
    delay = Math.min(delay * 2, 15_000)
  }
}

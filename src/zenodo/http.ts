// One HTTP attempt at a time over node:http(s). Uploads are streamed from disk with their MD5
// computed on the way out: fetch() with a stream body buffered whole files in our trials.

import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import * as http from 'node:http'
import * as https from 'node:https'
import { LocalFileError } from '../files/local-file.js'
import { NetworkError } from './errors.js'
import { ProxyAuthError } from './proxy.js'
import type { RateLimiter } from './rate-limiter.js'

export interface Timeouts {
  /** No byte moving either way for this long fails the attempt (stall detection). */
  idleMs: number
  /** After an upload body is sent, how long the server may take to answer (plus perGiBMs per GiB). */
  answerMs: number
  perGiBMs: number
}

export const DEFAULT_TIMEOUTS: Timeouts = { idleMs: 120_000, answerMs: 120_000, perGiBMs: 60_000 }

/** The timeouts for an idle-timeout knob (config.ts), so the stall tests need not wait minutes. */
export function timeoutsFor(idleMs: number | undefined): Timeouts {
  if (idleMs === undefined) return DEFAULT_TIMEOUTS
  return { idleMs, answerMs: Math.max(idleMs, 1000), perGiBMs: DEFAULT_TIMEOUTS.perGiBMs }
}

export interface UploadBody {
  path: string
  size: number
  /** Modification time when the files were searched: the file sent must still have it. */
  mtimeMs?: number
  onProgress?: (sentBytes: number) => void
  /** Only these bytes of the file (a multipart part), read at their offset; size stays the file's. */
  part?: { offset: number; length: number }
}

export interface SendOptions {
  method: string
  url: string
  json?: unknown
  upload?: UploadBody
  /** Follow no redirects; a 3xx comes back as it is. */
  headers?: Record<string, string>
  /** Send without the token (public endpoints reached through a redirect). */
  anonymous?: boolean
}

export interface SendResult {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  /** MD5 hex of the bytes this attempt sent (uploads only). */
  sentMd5?: string
}

export interface TransportOptions {
  token: string
  userAgent: string
  limiter: RateLimiter
  timeouts?: Timeouts
  /** One agent for every request, e.g. a proxy agent. */
  agent?: http.Agent
  httpsAgent?: https.Agent
}

const CHUNK = 256 * 1024
const BUFFERS = 4
/** Files up to this size are read whole and sent in one write. */
const SMALL_FILE = 1024 * 1024
const MAX_BODY = 16 * 1024 * 1024

export class HttpTransport {
  private readonly timeouts: Timeouts
  private readonly httpAgent: http.Agent
  private readonly httpsAgent: https.Agent

  constructor(private readonly options: TransportOptions) {
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS
    this.httpAgent = options.agent ?? new http.Agent({ keepAlive: true })
    this.httpsAgent = options.httpsAgent ?? new https.Agent({ keepAlive: true })
  }

  async send(opts: SendOptions): Promise<SendResult> {
    const probe = await this.options.limiter.acquire()
    let headers: http.IncomingHttpHeaders | undefined
    try {
      const result = await this.attempt(opts)
      headers = result.headers
      return result
    } finally {
      this.options.limiter.release(headers, probe)
    }
  }

  close(): void {
    this.httpAgent.destroy()
    this.httpsAgent.destroy()
  }

  private attempt(opts: SendOptions): Promise<SendResult> {
    const url = new URL(opts.url)
    const isHttps = url.protocol === 'https:'
    const headers: Record<string, string> = {
      'User-Agent': this.options.userAgent,
      Accept: 'application/json',
      ...opts.headers
    }
    // The token only ever travels in this header, never in a URL that logs could show.
    if (!opts.anonymous) headers.Authorization = `Bearer ${this.options.token}`
    let payload: Buffer | undefined
    if (opts.json !== undefined) {
      payload = Buffer.from(JSON.stringify(opts.json))
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = String(payload.length)
    } else if (opts.upload) {
      // Zenodo answers 415 to any Content-Type but this one (or none).
      headers['Content-Type'] = 'application/octet-stream'
      headers['Content-Length'] = String(opts.upload.part?.length ?? opts.upload.size)
    } else if (opts.method !== 'GET' && opts.method !== 'DELETE') {
      headers['Content-Length'] = '0'
    }

    return new Promise<SendResult>((resolve, reject) => {
      let sent = false
      let settled = false
      let bodyDone = false
      // A problem with the local file: no retry can help, so it is not a NetworkError.
      const abort = (err: Error): void => {
        if (settled) return
        settled = true
        req.destroy()
        reject(err)
      }
      const fail = (message: string, code?: string): void => {
        if (settled) return
        settled = true
        req.destroy()
        reject(new NetworkError(message, opts.method, redact(url), sent, code))
      }
      const req = (isHttps ? https : http).request(url, {
        method: opts.method,
        headers,
        agent: isHttps ? this.httpsAgent : this.httpAgent
      })
      // Socket inactivity in either direction: a stalled upload or a server that went quiet.
      req.setTimeout(this.timeouts.idleMs, () => {
        const what = bodyDone ? 'waiting for the answer' : opts.upload ? 'while sending the file' : 'waiting'
        fail(`no data moved for ${+(this.timeouts.idleMs / 1000).toFixed(1)} s ${what}`, 'ETIMEDOUT')
      })
      req.on('socket', (socket) => {
        if (!socket.connecting) sent = true
        else socket.once('connect', () => (sent = true))
      })
      // A proxy that wants other credentials is a setting to fix, not a network error to retry.
      req.on('error', (err: NodeJS.ErrnoException) =>
        err instanceof ProxyAuthError ? abort(err) : fail(describeSocketError(err), err.code)
      )
      let answerTimer: NodeJS.Timeout | undefined
      let responded = false
      req.on('response', (res) => {
        responded = true
        clearTimeout(answerTimer)
        // Reading the answer: stall detection again.
        if (opts.upload) req.setTimeout(this.timeouts.idleMs)
        const chunks: Buffer[] = []
        let length = 0
        res.on('data', (chunk: Buffer) => {
          length += chunk.length
          if (length <= MAX_BODY) chunks.push(chunk)
        })
        res.on('error', (err: NodeJS.ErrnoException) => fail(describeSocketError(err), err.code))
        res.on('aborted', () => fail('the connection closed before the answer was complete', 'ECONNRESET'))
        res.on('end', () => {
          if (settled) return
          settled = true
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            sentMd5: md5
          })
        })
      })
      let md5: string | undefined
      const finished = (): void => {
        bodyDone = true
        if (opts.upload && !settled && !responded) {
          // A large file may take the server a while to store and checksum after the last byte:
          // the idle timeout would cut that short, so a size-scaled one replaces it until the answer.
          req.setTimeout(0)
          const ms = this.timeouts.answerMs + (opts.upload.size / 2 ** 30) * this.timeouts.perGiBMs
          answerTimer = setTimeout(
            () => fail(`no answer ${Math.round(ms / 1000)} s after the upload finished`, 'ETIMEDOUT'),
            ms
          )
          answerTimer.unref()
        }
      }
      if (opts.upload) {
        // The digest is set as the last byte goes out: the server may answer before we see EOF.
        streamFile(req, opts.upload, (digest) => (md5 = digest)).then(finished, (err: Error) =>
          err instanceof LocalFileError ? abort(err) : fail(err.message)
        )
      } else {
        req.end(payload)
        finished()
      }
    })
  }
}

/**
 * Writes the file into the request with backpressure, hashing as it goes. Hands over the MD5
 * before the last byte is written, since the answer can arrive before the read stream ends.
 */
async function streamFile(req: http.ClientRequest, body: UploadBody, onDigest: (md5: string) => void): Promise<void> {
  try {
    if (body.size <= SMALL_FILE && !body.part) return sendSmallFile(req, body, onDigest)
    return await streamLargeFile(req, body, onDigest)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new LocalFileError(`cannot read ${body.path} (${code}); it was there when the files were searched`)
    }
    throw err
  }
}

async function streamLargeFile(
  req: http.ClientRequest,
  body: UploadBody,
  onDigest: (md5: string) => void
): Promise<void> {
  const hash = createHash('md5')
  let sent = 0
  // A part: its own length, read at its offset (positional reads), no growth byte past its end.
  const total = body.part?.length ?? body.size
  const extra = body.part ? 0 : 1
  const file = await open(body.path, 'r')
  try {
    checkUnchanged(await file.stat(), body, 'after the files were searched')
  } catch (err) {
    await file.close()
    throw err
  }
  // A few buffers, each reused once the socket has written it: no garbage per chunk, flat memory.
  // Sized to the file (plus the byte that detects growth), so small files allocate little.
  const length = Math.min(CHUNK, total + 1)
  const count = Math.min(BUFFERS, Math.ceil((total + 1) / length))
  const buffers = Array.from({ length: count }, () => Buffer.allocUnsafeSlow(length))
  const written: Array<Promise<void>> = buffers.map(() => Promise.resolve())
  try {
    for (let i = 0; ; i = (i + 1) % count) {
      await written[i]
      if (req.destroyed) throw new Error('the connection closed during the upload')
      // At most one byte more than expected, to notice a file that grew. Sequential reads (no
      // position) work for pipes too.
      const position = body.part ? body.part.offset + sent : null
      const { bytesRead } = await file.read(buffers[i], 0, Math.min(length, total + extra - sent), position)
      if (bytesRead === 0) break
      sent += bytesRead
      if (sent > total)
        throw new LocalFileError(
          `the file grew while it was being uploaded (now over ${body.size} bytes); do not change files while the step runs`
        )
      // Before the last byte goes out: a write while the rest was read must not go out unnoticed.
      if (sent === total) checkUnchanged(await file.stat(), body, 'while it was being uploaded')
      const chunk = buffers[i].subarray(0, bytesRead)
      hash.update(chunk)
      if (sent === total) onDigest(hash.digest('hex'))
      let ok = true
      written[i] = new Promise<void>((resolve, reject) => {
        ok = req.write(chunk, (err) => (err ? reject(err) : resolve()))
      })
      // A destroyed request fails its pending writes; the loop reports that, not an unhandled rejection.
      written[i].catch(() => {})
      if (!ok) await drained(req)
      body.onProgress?.(sent)
    }
  } finally {
    await file.close()
  }
  if (sent !== total)
    throw new LocalFileError(
      `the file changed while it was being uploaded (${sent} of ${total} bytes read); do not change files while the step runs`
    )
  if (sent === 0) onDigest(hash.digest('hex'))
  req.end()
}

/** A small file in one read and one write: most of an upload's cost is per call, not per byte. */
function sendSmallFile(req: http.ClientRequest, body: UploadBody, onDigest: (md5: string) => void): void {
  const fd = openSync(body.path, 'r')
  let data: Buffer
  try {
    checkUnchanged(fstatSync(fd), body, 'after the files were searched')
    data = readFileSync(fd)
    checkUnchanged(fstatSync(fd), body, 'while it was being read')
  } finally {
    closeSync(fd)
  }
  if (data.length !== body.size) {
    throw new LocalFileError(
      `the file changed before it was uploaded (${data.length} bytes, was ${body.size}); do not change files while the step runs`
    )
  }
  onDigest(createHash('md5').update(data).digest('hex'))
  req.end(data)
  body.onProgress?.(data.length)
}

/**
 * The opened file must be the one the search saw (size and modification time): otherwise the
 * upload would send bytes nobody looked at, or a file cut short. A pipe has neither to compare.
 */
function checkUnchanged(stat: Stats, body: UploadBody, when: string): void {
  if (!stat.isFile()) return
  if (stat.size === body.size && (body.mtimeMs === undefined || stat.mtimeMs === body.mtimeMs)) return
  const time = (ms: number | undefined): string => (ms === undefined ? '' : `, modified ${new Date(ms).toISOString()}`)
  throw new LocalFileError(
    `${body.path} changed ${when} (now ${stat.size} bytes${time(stat.mtimeMs)}; ` +
      `the search saw ${body.size} bytes${time(body.mtimeMs)}), so it was not uploaded. ` +
      `Do not change files while the step runs: finish writing them in an earlier step.`
  )
}

function drained(req: http.ClientRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error): void => {
      req.off('drain', onDrain)
      req.off('close', onClose)
      req.off('error', onError)
      if (err) reject(err)
      else resolve()
    }
    const onDrain = (): void => done()
    const onClose = (): void => done(new Error('the connection closed during the upload'))
    const onError = (err: Error): void => done(err)
    req.once('drain', onDrain)
    req.once('close', onClose)
    req.once('error', onError)
  })
}

function describeSocketError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the connection was reset'
    case 'ECONNREFUSED':
      return 'the connection was refused'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name could not be resolved (${err.message})`
    default:
      return err.message || String(err.code)
  }
}

function redact(url: URL): string {
  const copy = new URL(url)
  if (copy.searchParams.has('access_token')) copy.searchParams.set('access_token', '***')
  return copy.toString()
}

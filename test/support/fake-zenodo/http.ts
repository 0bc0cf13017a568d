// The HTTP plumbing shared by the handlers of the fake server: one request being answered (with
// its fault, rate-limit headers and 'after' hold), fault replies, Accept parsing and paths.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import { createReadStream } from 'node:fs'
import type { FaultAction, FakeUser, RequestLogEntry } from './types.js'
import type { StoredFile } from './store.js'
import { ApiError, MSG, httpDate } from './util.js'

export const JSON_TYPE = 'application/json'
export class Aborted extends Error {}

/** What a request needs from its server besides routing. */
export interface CtxHooks {
  /** The server clock, for the Date header. */
  now: () => number
  /** An 'after' hold matching this request: the answer waits for it. */
  holdAfter: (ctx: Ctx) => Promise<void> | undefined
}

/** One request being answered. */
export class Ctx {
  user?: FakeUser
  /** A fault acting during or after processing (status-after, reset-after, stall, checksum). */
  fault?: FaultAction
  rate: Record<string, string> = {}
  answered = false

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly url: URL,
    readonly entry: RequestLogEntry,
    private readonly hooks: CtxHooks
  ) {}

  get gone(): boolean {
    return this.req.socket.destroyed
  }

  /** Runs write now, or once an 'after' hold lets the answer go. */
  private answer(write: () => void): void {
    this.answered = true
    const gate = this.hooks.holdAfter(this)
    if (gate === undefined) write()
    else void gate.then(() => write())
  }

  send(status: number, body: string | Buffer | undefined, headers: Record<string, string> = {}): void {
    if (this.answered || this.gone) return
    this.answer(() => this.write(status, body, headers))
  }

  private write(status: number, body: string | Buffer | undefined, headers: Record<string, string>): void {
    if (this.gone) return
    const f = this.fault
    if (f?.kind === 'reset-after-processing') {
      this.req.socket.destroy()
      return
    }
    let rate = this.rate
    if (f?.kind === 'status-after') {
      // The gateway's answer replaces Zenodo's, rate-limit headers included (see preFault).
      const reply = faultReply(f)
      status = f.status
      body = reply.body
      headers = { 'Content-Type': reply.type }
      rate = {}
    }
    // An explicit Date from the server clock (Node would send the local one); a fault's own
    // headers may still override it.
    const h: Record<string, string> = { ...rate, Date: httpDate(this.hooks.now()), ...headers }
    if (body !== undefined) h['Content-Length'] = String(Buffer.byteLength(body))
    this.res.writeHead(status, h)
    this.res.end(body)
    this.entry.status = status
  }

  json(status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.send(status, JSON.stringify(body), { 'Content-Type': JSON_TYPE, ...headers })
  }

  /** Streams a stored file (downloads may be large). */
  file(f: StoredFile, mimetype = f.mimetype): void {
    if (this.fault?.kind === 'status-after' || this.fault?.kind === 'reset-after-processing') {
      this.send(200, '')
      return
    }
    if (this.answered || this.gone) return
    this.answer(() => this.stream(f, mimetype))
  }

  /** A streamed answer of unknown length (zip archives). */
  produce(type: string, headers: Record<string, string>, write: (out: ServerResponse) => Promise<void>): void {
    if (this.fault?.kind === 'status-after' || this.fault?.kind === 'reset-after-processing') {
      this.send(200, '')
      return
    }
    if (this.answered || this.gone) return
    this.answer(() => {
      if (this.gone) return
      this.res.writeHead(200, { ...this.rate, Date: httpDate(this.hooks.now()), 'Content-Type': type, ...headers })
      this.entry.status = 200
      write(this.res).catch(() => this.res.destroy())
    })
  }

  private stream(f: StoredFile, mimetype: string): void {
    if (this.gone) return
    this.res.writeHead(200, {
      ...this.rate,
      Date: httpDate(this.hooks.now()),
      'Content-Type': mimetype,
      'Content-Length': String(f.size),
      // A multipart upload's MD5 may not be known yet.
      ...(f.md5 !== '' ? { 'Content-MD5': Buffer.from(f.md5, 'hex').toString('base64'), ETag: `"md5:${f.md5}"` } : {})
    })
    this.entry.status = 200
    const rs = createReadStream(f.path)
    rs.on('error', () => this.res.destroy())
    rs.pipe(this.res)
  }
}

/** Body and content type of a 'status' or 'status-after' fault. */
export function faultReply(f: { status: number; body?: string; contentType?: string }): { body: string; type: string } {
  if (f.body === undefined) {
    return {
      body: JSON.stringify({ status: f.status, message: STATUS_CODES[f.status] ?? 'Error' }),
      type: f.contentType ?? JSON_TYPE
    }
  }
  let type = f.contentType
  if (type === undefined) {
    if (/^\s*</.test(f.body)) type = 'text/html'
    else {
      try {
        JSON.parse(f.body)
        type = JSON_TYPE
      } catch {
        type = 'text/plain'
      }
    }
  }
  return { body: f.body, type }
}

export function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(req.headers)) out[k] = Array.isArray(v) ? v.join(', ') : v
  return out
}

/** werkzeug's accept_mimetypes: the best-quality type first. */
export function firstAccept(accept: string | undefined): string | undefined {
  if (accept === undefined || accept.trim() === '') return undefined
  const items = accept
    .split(',')
    .map((part, i) => {
      const [type, ...params] = part.split(';').map((s) => s.trim())
      const q = params.find((p) => p.startsWith('q='))
      return { type, q: q !== undefined ? Number(q.slice(2)) : 1, i }
    })
    .filter((x) => x.type !== '' && x.q > 0)
  items.sort((a, b) => b.q - a.q || a.i - b.i)
  return items[0]?.type
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    throw new ApiError(404, MSG.urlNotFound)
  }
}

export const sleep = async (ms: number): Promise<void> => await new Promise((resolve) => setTimeout(resolve, ms))

/** Fault and hold paths: a string matches a pathname that ends with it; a RegExp is tested. */
export function pathMatches(path: string | RegExp | undefined, pathname: string): boolean {
  if (path === undefined) return true
  return typeof path === 'string' ? pathname === path || pathname.endsWith(path) : path.test(pathname)
}

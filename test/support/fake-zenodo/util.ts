// Small helpers of the fake Zenodo server: the error envelope, rate limiting, multipart parsing,
// key quoting and mimetype guessing.
import { randomUUID } from 'node:crypto'

export interface FieldError {
  field: string
  messages: string[]
}

/** An error answered with Zenodo's envelope {"status","message","errors"?}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldError[]
  ) {
    super(message)
  }

  body(): Record<string, unknown> {
    const body: Record<string, unknown> = { status: this.status, message: this.message }
    if (this.errors !== undefined) body.errors = this.errors
    // zenodo.org adds Sentry's error_id to 5xx answers (RESTException.get_body in flask-resources errors.py)
    if (this.status >= 500) body.error_id = randomUUID().replace(/-/g, '')
    return body
  }
}

export const MSG = {
  denied: 'Permission denied.',
  pidMissing: 'The persistent identifier does not exist.',
  pidUnregistered: 'The persistent identifier is not registered.',
  notFound: 'Not found.',
  urlNotFound:
    'The requested URL was not found on the server. If you entered the URL manually ' +
    'please check your spelling and try again.',
  methodNotAllowed: 'The method is not allowed for the requested URL.',
  validation: 'A validation error occurred.',
  badRequest: 'The browser (or proxy) sent a request that this server could not understand.',
  internal:
    'The server encountered an internal error and was unable to complete your request. ' +
    'Either the server is overloaded or there is an error in the application.',
  locked: 'Bucket is locked for modifications.',
  tooLarge: 'The data value transmitted exceeds the capacity limit.'
}

export const validationError = (errors: FieldError[]): ApiError => new ApiError(400, MSG.validation, errors)

/** ISO 8601 with offset and microseconds, as Zenodo prints timestamps. */
export function isoNow(ms = Date.now()): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00')
}

export const todayUtc = (ms = Date.now()): string => new Date(ms).toISOString().slice(0, 10)

/** An HTTP Date header (RFC 7231 IMF-fixdate, whole seconds). */
export const httpDate = (ms: number): string => new Date(ms).toUTCString()

/** Python's urllib.parse.quote (safe='/'), which Zenodo uses for keys in download links. */
export function quoteKey(key: string): string {
  return Array.from(Buffer.from(key, 'utf8'))
    .map((b) =>
      /[A-Za-z0-9_.\-~/]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : '%' + b.toString(16).toUpperCase().padStart(2, '0')
    )
    .join('')
}

/** werkzeug.utils.secure_filename, applied to multipart upload names. */
export function secureFilename(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x00-\x7f]/g, '')
  return ascii
    .replace(/[/\\]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join('_')
    .replace(/[^A-Za-z0-9_.-]/g, '')
    .replace(/^[._]+|[._]+$/g, '')
}

const MIME: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  xml: 'application/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  tgz: 'application/gzip',
  tar: 'application/x-tar',
  bz2: 'application/x-bzip2',
  xz: 'application/x-xz',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  py: 'text/x-python',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  cff: 'application/octet-stream',
  ipynb: 'application/x-ipynb+json',
  nc: 'application/x-netcdf',
  h5: 'application/x-hdf5'
}

/** Zenodo guesses the mimetype from the extension. */
export function guessMime(key: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(key)
  return (m !== null ? MIME[m[1].toLowerCase()] : undefined) ?? 'application/octet-stream'
}

/** Flask-Limiter's limit string, e.g. "100 per 1 minute". */
export function limitString(limit: number, windowSeconds: number): string {
  if (windowSeconds % 3600 === 0) return `${limit} per ${windowSeconds / 3600} hour`
  if (windowSeconds % 60 === 0) return `${limit} per ${windowSeconds / 60} minute`
  return `${limit} per ${windowSeconds} second`
}

export interface RateDecision {
  allowed: boolean
  headers: Record<string, string>
}

/** Moving-window limiter keyed by User-Agent + IP, like invenio-app's Flask-Limiter setup. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly enforce: boolean
  ) {}

  /**
   * count=false only reports (the inspection endpoint is not Zenodo and must not use quota).
   * The window runs on real time; clockOffsetMs only shifts the X-RateLimit-Reset shown, so it
   * agrees with the server's Date header.
   */
  check(key: string, now = Date.now(), count = true, clockOffsetMs = 0): RateDecision {
    let list = this.hits.get(key)
    if (list === undefined) {
      list = []
      this.hits.set(key, list)
    }
    while (list.length > 0 && list[0] <= now - this.windowMs) list.shift()
    const allowed = !this.enforce || list.length < this.limit
    // Off means unlimited: the headers are still sent, but nothing is counted down.
    if (allowed && count && this.enforce) list.push(now)
    const resetMs = (list.length > 0 ? list[0] : now) + this.windowMs
    const retryAfter = Math.max(allowed ? 0 : 1, Math.ceil((resetMs - now) / 1000))
    return {
      allowed,
      headers: {
        'X-RateLimit-Limit': String(this.limit),
        'X-RateLimit-Remaining': String(Math.max(0, this.limit - list.length)),
        'X-RateLimit-Reset': String(Math.ceil((resetMs + clockOffsetMs) / 1000)),
        'Retry-After': String(retryAfter)
      }
    }
  }
}

export interface MultipartBody {
  fields: Record<string, string>
  files: Record<string, { filename: string; data: Buffer }>
}

/** Parses a buffered multipart/form-data body (Zenodo's own tests upload small files this way). */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (m === null) throw new ApiError(400, MSG.badRequest)
  const delimiter = Buffer.from('--' + (m[1] ?? m[2]).trim())
  const out: MultipartBody = { fields: {}, files: {} }
  let pos = body.indexOf(delimiter)
  while (pos !== -1) {
    let start = pos + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    if (body.subarray(start, start + 2).toString() === '\r\n') start += 2
    const next = body.indexOf(delimiter, start)
    if (next === -1) break
    let end = next
    if (body.subarray(end - 2, end).toString() === '\r\n') end -= 2
    const part = body.subarray(start, end)
    const sep = part.indexOf('\r\n\r\n')
    if (sep !== -1) {
      const head = part.subarray(0, sep).toString('utf8')
      const data = part.subarray(sep + 4)
      const disp = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? ''
      const name = /\bname="([^"]*)"/i.exec(disp)?.[1]
      const filename = /\bfilename="([^"]*)"/i.exec(disp)?.[1]
      if (name !== undefined) {
        if (filename !== undefined) out.files[name] = { filename, data: Buffer.from(data) }
        else out.fields[name] = data.toString('utf8')
      }
    }
    pos = next
  }
  return out
}

// Zenodo errors turned into messages a person can act on. The envelope is flask-resources'
// `{status, message, errors: [{field, messages}]}` (inveniosoftware/flask-resources `errors.py`).

export interface FieldError {
  field: string
  messages: string[]
}

/** A non-2xx answer from Zenodo. `message` is already the human-readable one. */
export class ZenodoApiError extends Error {
  override name = 'ZenodoApiError'
  constructor(
    message: string,
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly body: string,
    readonly fieldErrors: FieldError[] = []
  ) {
    super(message)
  }

  /** The same error with a message that adds context (the input to fix, what to do next). */
  reworded(message: string): ZenodoApiError {
    return new ZenodoApiError(message, this.status, this.method, this.url, this.body, this.fieldErrors)
  }
}

/** A request that never got an answer: reset, refused, timed out. */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    message: string,
    readonly method: string,
    readonly url: string,
    /** True once any of the request (headers or body) may have reached the server. */
    readonly sent: boolean,
    readonly code?: string
  ) {
    super(message)
  }
}

export interface ErrorContext {
  /** What we were doing, e.g. "uploading 'data.csv'". */
  action: string
  depositionId?: number
  /** Who refused, for the message: "Zenodo" (the default), or another instance's host name. */
  server?: string
}

interface ParsedBody {
  message?: string
  errors: FieldError[]
}

export function parseErrorBody(body: string): ParsedBody {
  try {
    const json = JSON.parse(body) as { message?: unknown; errors?: unknown }
    const errors: FieldError[] = []
    if (Array.isArray(json.errors)) {
      for (const item of json.errors as Array<Record<string, unknown>>) {
        // Today's items carry `messages` (a list); pre-2023 ones had `message`.
        const messages = Array.isArray(item?.messages)
          ? item.messages.map(String)
          : typeof item?.message === 'string'
            ? [item.message]
            : []
        errors.push({ field: String(item?.field ?? ''), messages })
      }
    }
    return { message: typeof json.message === 'string' ? json.message : undefined, errors }
  } catch {
    return { errors: [] }
  }
}

/** One line per field: `metadata.creators: Missing data for required field.` */
export function formatFieldErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.field || '(record)'}: ${e.messages.join(' ')}`).join('\n')
}

/** Builds the message for a failed answer, with a hint for the cases people meet. */
export function describeHttpError(
  status: number,
  body: string,
  context: ErrorContext
): { message: string; errors: FieldError[] } {
  const parsed = parseErrorBody(body)
  const serverSays =
    parsed.message ?? (body.trim().startsWith('<') ? 'an HTML error page (gateway)' : body.trim().slice(0, 200))
  const server = context.server ?? 'Zenodo'
  const zenodo = server === 'Zenodo'
  const head = `${server} refused ${context.action} (HTTP ${status}: ${serverSays})`
  const dep = context.depositionId !== undefined ? `deposition ${context.depositionId}` : 'the deposition'
  let hint = ''
  switch (status) {
    case 401:
    case 403:
      hint = !zenodo
        ? `. Check that the token secret is set, was made on ${server} with the scopes to deposit, and that you own ${dep}.`
        : context.action.startsWith('making a new version')
          ? `. Zenodo also refuses new versions of a record whose DOI is not a Zenodo DOI. Otherwise: check that the token secret is set, ` +
            `was made on this server (sandbox and zenodo.org tokens differ), and that you own ${dep}.`
          : parsed.message === 'Bucket is locked for modifications.'
            ? `. ${cap(dep)} is published, so its files can no longer change; give its id to make a new version.`
            : `. Zenodo answers "Permission denied." both for a missing, wrong or expired token and for ${dep} belonging to another account. ` +
              `Check that the token secret is set, was made on this server (sandbox and zenodo.org tokens differ) with the deposit:write and deposit:actions scopes, and that you own ${dep}.`
      break
    case 404:
      hint =
        context.depositionId !== undefined
          ? `. No deposition with id ${context.depositionId} exists on this server, or it is a published record that cannot be changed this way. Check the deposition-id input and server-url/sandbox.`
          : ''
      break
    case 410:
      hint = `. ${cap(dep)} was deleted.`
      break
    case 413:
      hint = '. The request is larger than the server accepts.'
      break
    case 415:
      hint = `. ${server} accepts uploads only with no Content-Type or application/octet-stream.`
      break
    case 429:
      hint = '. The rate limit was hit and retries did not get through; try again later or lower concurrency.'
      break
  }
  if (parsed.errors.length > 0) {
    return { message: `${head}${hint}:\n${formatFieldErrors(parsed.errors)}`, errors: parsed.errors }
  }
  return { message: `${head}${hint}`, errors: [] }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** Removes anything token-like from a URL before it is logged. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]access_token=)[^&#]*/gi, '$1***')
}

// Deposition metadata in Zenodo's legacy deposit format (the `.zenodo.json` format).

import { UserError } from '../errors.js'

export interface Creator {
  name: string
  affiliation?: string
  orcid?: string
  gnd?: string
}

export interface RelatedIdentifier {
  identifier: string
  relation: string
  resource_type?: string
  scheme?: string
}

export interface ZenodoMetadata {
  title?: string
  upload_type?: string
  publication_date?: string
  description?: string
  creators?: Creator[]
  version?: string
  license?: string | { id: string }
  keywords?: string[]
  related_identifiers?: RelatedIdentifier[]
  access_right?: string
  notes?: string
  communities?: Array<{ identifier: string }>
  [key: string]: unknown
}

export type FieldPath = Array<string | number>

/**
 * A metadata problem the user has to fix. The message names the file (or input) and the
 * line or field, and says what to do. `fieldPath` is set when the problem is tied to one
 * field of a parsed document, so a loader that still has the source can add line:column.
 */
export class MetadataError extends UserError {
  override name = 'MetadataError'
  readonly fieldPath?: FieldPath

  constructor(message: string, options: { fieldPath?: FieldPath; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.fieldPath = options.fieldPath
  }
}

/** A plain (JSON-like) object: what YAML mappings and JSON objects parse to. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  // Compared structurally, not with Object.prototype: objects from structuredClone or
  // another VM context (Jest) carry another realm's Object.prototype.
  const proto = Object.getPrototypeOf(value) as object | null
  return proto === null || Object.getPrototypeOf(proto) === null
}

/** Short description of a value's type for error messages ("a list", "number 3"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (isDate(value)) return 'a date'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`
  return `${typeof value} ${String(value)}`
}

/** A Date from any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]'
}

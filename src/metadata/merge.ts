// Builds the complete metadata for a PUT: Zenodo's PUT replaces all metadata, so whatever
// the deposition already has must be carried over explicitly.

import { withMarker, type Identity } from '../identity.js'
import { spdxToZenodoLicense } from './licenses.js'
import { isPlainObject } from './types.js'
import type { RelatedIdentifier, ZenodoMetadata } from './types.js'

/**
 * The `access`, `embargo-until` and `embargo-reason` inputs, as settled by the input parser:
 * files is `restricted` whenever there is an embargo (an embargo restricts the files until its
 * date, then they are public).
 */
export interface FileAccess {
  files: 'public' | 'restricted'
  /** `until` is YYYY-MM-DD, after today. */
  embargo?: { until: string; reason?: string }
}

/**
 * The legacy fields for the access inputs: `open`, `restricted`, or `embargoed` with its
 * `embargo_date` (public after it, on Zenodo as on InvenioRDM). The legacy API has no field for
 * the reason.
 */
export function legacyAccess(access: FileAccess): { access_right: string; embargo_date?: string } {
  if (access.embargo) return { access_right: 'embargoed', embargo_date: access.embargo.until }
  return { access_right: access.files === 'restricted' ? 'restricted' : 'open' }
}

export interface MergeInput {
  /**
   * Defaults from the GitHub release and repository, beneath everything else: they only fill in
   * what the record and the file leave out.
   */
  defaults?: ZenodoMetadata
  /** What the deposition already has (from GET); may be undefined for a new deposition. */
  existing?: ZenodoMetadata
  /** From .zenodo.json, CITATION.cff or the inline input. */
  fromFile?: ZenodoMetadata
  /** The action's version input, if set. */
  version?: string
  /** This run's identity: its marker link is added, other refs' markers of the repository dropped. */
  identity?: Identity
  /** The access inputs, when given: they win over the file's `access_right` and `embargo_date`. */
  access?: FileAccess
  /** YYYY-MM-DD */
  today: string
}

/** defaults < existing < fromFile < version and access inputs; top-level keys replace. Never mutates its inputs. */
export function mergeMetadata(input: MergeInput): ZenodoMetadata {
  const merged: ZenodoMetadata = structuredClone(input.defaults ?? {})
  if (input.existing) Object.assign(merged, cleanForUpdate(input.existing))
  for (const [key, value] of Object.entries(input.fromFile ?? {})) {
    if (value !== undefined) merged[key] = structuredClone(value)
  }
  delete merged.prereserve_doi
  // Communities go through request endpoints, never as metadata (see repository/communities.ts).
  delete merged.communities
  const version = input.version?.trim()
  if (version) merged.version = version
  if (input.access) {
    // An embargo date left over from the file or the previous version would contradict them.
    delete merged.embargo_date
    Object.assign(merged, legacyAccess(input.access))
  }
  if (merged.publication_date === undefined || merged.publication_date === '') {
    merged.publication_date = input.today
  }
  if (input.identity) {
    const list = Array.isArray(merged.related_identifiers) ? merged.related_identifiers : []
    merged.related_identifiers = withMarker(input.identity, list)
  }
  return merged
}

/**
 * Removes what must not be sent back in a PUT of metadata read from Zenodo (GET output is
 * not always valid PUT input):
 * - `prereserve_doi` (output only);
 * - `doi` when it is the deposition's own reserved DOI (Zenodo manages it; sending it back
 *   on a new-version draft would claim another record's DOI). An external DOI is kept;
 * - top-level nulls (GET gives e.g. `license: null` or `access_right: null` where the legacy
 *   format has no equivalent, and the deserializer refuses nulls);
 * - `dates` entries without both start and end: GET drops the value of single dates, and
 *   Zenodo refuses such entries ("Invalid date provided.");
 * - null sub-fields of creators/contributors (GET writes `affiliation: null`).
 * Everything else is kept. `warn` hears about anything dropped that the user might miss.
 */
export function cleanForUpdate(metadata: ZenodoMetadata, warn?: (message: string) => void): ZenodoMetadata {
  const out = structuredClone(metadata)
  delete out.communities
  const reserved = isPlainObject(out.prereserve_doi) ? out.prereserve_doi.doi : undefined
  delete out.prereserve_doi
  if (
    typeof out.doi === 'string' &&
    typeof reserved === 'string' &&
    out.doi.trim().toLowerCase() === reserved.trim().toLowerCase()
  ) {
    delete out.doi
  }
  for (const [key, value] of Object.entries(out)) {
    if (value === null) delete out[key]
  }
  if (Array.isArray(out.dates)) {
    const kept = out.dates.filter((d) => isPlainObject(d) && d.start && d.end)
    if (kept.length < out.dates.length) {
      warn?.(
        `Dropped ${out.dates.length - kept.length} single date(s) from the existing ` +
          'metadata: Zenodo does not return their value and refuses them without one.'
      )
    }
    if (kept.length > 0) out.dates = kept
    else delete out.dates
  }
  for (const key of ['creators', 'contributors', 'thesis_supervisors']) {
    const list = out[key]
    if (!Array.isArray(list)) continue
    for (const person of list) {
      if (!isPlainObject(person)) continue
      for (const [k, v] of Object.entries(person)) if (v === null) delete person[k]
    }
  }
  return out
}

/**
 * The metadata as Zenodo would store it, for deciding whether a PUT would change anything:
 * Zenodo lower-cases licence ids and adds a scheme to related identifiers, so a file that says
 * `license: MIT` must not cause an update on every re-run.
 */
export function comparableMetadata(metadata: ZenodoMetadata): ZenodoMetadata {
  const out = cleanForUpdate(metadata)
  // Zenodo stores the title trimmed.
  if (typeof out.title === 'string') out.title = out.title.trim()
  if (typeof out.description === 'string') out.description = htmlText(out.description)
  const license = isPlainObject(out.license) ? out.license.id : out.license
  if (typeof license === 'string') out.license = spdxToZenodoLicense(license)
  if (Array.isArray(out.related_identifiers)) {
    out.related_identifiers = out.related_identifiers.map((r) => {
      if (!isPlainObject(r)) return r
      const { scheme: _scheme, ...rest } = r
      return rest as RelatedIdentifier
    })
  }
  return out
}

/**
 * A description as text, for comparisons only: servers sanitise HTML on the way in (InvenioRDM's
 * SanitizedHTML: bleach drops tags and attributes it does not allow, escapes a bare `&`; ftfy
 * straightens curly quotes), so the stored markup differs from what was sent. Comparing the text
 * lets a re-run settle; a change of markup alone is not noticed.
 */
export function htmlText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m
      }
      return entities[e.toLowerCase()] ?? m
    })
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
}

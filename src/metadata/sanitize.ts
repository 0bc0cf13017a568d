// Values in a metadata file that are no id at all (a free-text licence such as conda's
// "BSD 3 clause", `doi: FIXME`, `date-released: 2021-08-XX`) would go out as a licence id, a
// DOI or a date, and be refused by the server or, worse, stored. This step maps what maps to
// a real id and drops the rest with a warning naming the file and the field. It runs on the
// loaded metadata, from .zenodo.json, CITATION.cff or the inline input alike.
//
// A value that already looks like an id (one token of SPDX id characters) is left alone: it
// may well be a vocabulary id of the instance, and a wrong one is refused with its field named.

import { MetadataError, isPlainObject } from './types.js'
import type { RelatedIdentifier, ZenodoMetadata } from './types.js'

export interface Sanitized {
  metadata: ZenodoMetadata
  warnings: string[]
}

/**
 * `metadata` with every licence, DOI and date that is no id mapped or dropped; never mutates
 * it. `where` names the file (or input) in warnings. `cff` is the parsed CITATION.cff the
 * metadata was converted from, so that warnings name that file's fields (`date-released`,
 * `identifiers`) rather than the converted ones. Throws a MetadataError only for an embargo
 * without a usable date, since dropping the date would either open the files or be refused.
 */
export function sanitizeMetadata(metadata: ZenodoMetadata, where: string, cff?: Record<string, unknown>): Sanitized {
  const md = structuredClone(metadata)
  const warnings: string[] = []
  const warn = (field: string, message: string): void => {
    warnings.push(`${where}: ${field} ${message}`)
  }
  sanitizeLicense(md, cff, warn)
  sanitizeDoi(md, warn)
  sanitizeRelated(md, cff, warn)
  sanitizeDates(md, where, cff, warn)
  return { metadata: md, warnings }
}

type Warn = (field: string, message: string) => void

// ---------------------------------------------------------------------------------------
// Licences

/**
 * Zenodo's legacy licence ids and aliases → the RDM (lower-case SPDX) id, as its legacy layer
 * reads them: `LEGACY_ALIASES` first, then `legacy_to_rdm_map.json` (zenodo/zenodo-rdm
 * `legacy/zenodo_legacy/licenses.py`). Only the entries that change the id are listed.
 */
export const LEGACY_LICENSE_TO_RDM: Readonly<Record<string, string>> = {
  'agpl-1.0': 'agpl-1.0-only',
  'agpl-3.0': 'agpl-3.0-only',
  'agpl-v3': 'agpl-3.0-only',
  apache: 'apache-2.0',
  'apache2.0': 'apache-2.0',
  'apgl-v3': 'agpl-3.0-only',
  'apl1.0': 'apl-1.0',
  'artistic-license-2.0': 'artistic-2.0',
  attribution: 'aal',
  'bsd-2-clause-freebsd': 'bsd-2-clause-views',
  'bsd-2-clause-netbsd': 'bsd-2-clause',
  'bsd-license': 'bsd-1-clause',
  'bsl1.0': 'bsl-1.0',
  'ca-tosl1.1': 'catosl-1.1',
  'canada-crown': 'ogl-canada-2.0',
  'cc-by': 'cc-by-4.0',
  'cc-by-sa': 'cc-by-sa-4.0',
  'cc-nc': 'cc-by-nc-2.0',
  'cc-zero': 'cc0-1.0',
  cddl1: 'cddl-1.0',
  'cpal_1.0': 'cpal-1.0',
  cuaoffice: 'cua-opl-1.0',
  ecl2: 'ecl-2.0',
  'eclipse-1.0': 'epl-1.0',
  eiffel: 'efl-2.0',
  frameworx: 'frameworx-1.0',
  'gfdl-1.1': 'gfdl-1.1-only',
  'gfdl-1.2': 'gfdl-1.2-only',
  'gfdl-1.3': 'gfdl-1.3-only',
  'gpl-1.0': 'gpl-1.0-only',
  'gpl-1.0+': 'gpl-1.0-or-later',
  'gpl-2.0': 'gpl-2.0-only',
  'gpl-2.0+': 'gpl-2.0-or-later',
  'gpl-3.0': 'gpl-3.0-only',
  'gpl-3.0+': 'gpl-3.0-or-later',
  ibmpl: 'ipl-1.0',
  'intel-osl': 'intel',
  ipafont: 'ipa',
  'isc-license': 'isc',
  'lgpl-2.0': 'lgpl-2.0-only',
  'lgpl-2.0+': 'lgpl-2.0-or-later',
  'lgpl-2.1': 'lgpl-2.1-only',
  'lgpl-2.1+': 'lgpl-2.1-or-later',
  'lgpl-3.0': 'lgpl-3.0-only',
  'lgpl-3.0+': 'lgpl-3.0-or-later',
  'lucent1.02': 'lpl-1.02',
  'mit-license': 'mit',
  mozilla: 'mpl-1.0',
  'mozilla1.1': 'mpl-1.1',
  'nasa1.3': 'nasa-1.3',
  nethack: 'ngpl',
  'nosl3.0': 'nposl-3.0',
  'ntp-license': 'ntp',
  oclc2: 'oclc-2.0',
  'odc-by': 'odc-by-1.0',
  'odc-odbl': 'odbl-1.0',
  'odc-pddl': 'pddl-1.0',
  'odc-pddl-1.0': 'pddl-1.0',
  openfont: 'ofl-1.1',
  opengroup: 'ogtsl',
  php: 'php-3.0',
  pythonpl: 'cnri-python',
  pythonsoftfoundation: 'python-2.0',
  qtpl: 'qpl-1.0',
  real: 'rpsl-1.0',
  ricohpl: 'rscpl',
  'rpl1.5': 'rpl-1.5',
  'standardml-nj': 'smlnj',
  'sun-issl': 'sissl',
  sunpublic: 'spl-1.0',
  sybase: 'watcom-1.0',
  'uk-ogl': 'ogl-uk-1.0',
  'uoi-ncsa': 'ncsa',
  ver2_eiffel: 'efl-2.0',
  vovidapl: 'vsl-1.0',
  'zlib-license': 'zlib',
  zpl: 'zpl-2.0'
}

// Deprecated SPDX GNU ids that Zenodo's table lacks (`AGPL-3.0+`): "+" meant "or later".
const GNU_PLUS = /^((?:a|l)?gpl-\d\.\d)\+$/

/** One SPDX-style id token: what a vocabulary id can look like (legacy aliases use "_"). */
const ID_TOKEN = /^[a-z0-9][a-z0-9.+_-]*$/

/** Values people write where they have no licence id yet. */
const PLACEHOLDER = /^(?:fixme|todo|tbd|tba|x{2,}|none|noassertion|unknown|null|undefined|n\/?a|changeme|-+|\?+)$/

/**
 * Common SPDX ids (lower case), the only targets a free-text name is mapped to: SPDX forms an
 * id from the licence's short name with its words joined by hyphens ("BSD 3-Clause License"
 * → BSD-3-Clause, "Apache License 2.0" → Apache-2.0), so a name that differs from one of these
 * only in case, spaces and the words "license"/"version" spells that id.
 */
const COMMON_SPDX = new Set(
  [
    '0bsd afl-3.0 agpl-3.0-only agpl-3.0-or-later apache-1.1 apache-2.0 artistic-1.0 artistic-2.0',
    'bsd-1-clause bsd-2-clause bsd-2-clause-patent bsd-3-clause bsd-3-clause-clear bsd-4-clause bsl-1.0',
    'cc-by-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-1.0 cc-by-sa-2.0 cc-by-sa-2.5 cc-by-sa-3.0',
    'cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-3.0 cc-by-nd-4.0 cc-by-nc-sa-3.0',
    'cc-by-nc-sa-4.0 cc-by-nc-nd-3.0 cc-by-nc-nd-4.0 cc0-1.0 cc-pddc cddl-1.0 cddl-1.1 cecill-2.1 cecill-b',
    'cecill-c ecl-2.0 epl-1.0 epl-2.0 eupl-1.1 eupl-1.2 gfdl-1.3-only gfdl-1.3-or-later gpl-2.0-only',
    'gpl-2.0-or-later gpl-3.0-only gpl-3.0-or-later isc lgpl-2.1-only lgpl-2.1-or-later lgpl-3.0-only',
    'lgpl-3.0-or-later lppl-1.3c mit mit-0 mpl-1.1 mpl-2.0 ms-pl ms-rl ncsa odbl-1.0 odc-by-1.0 ofl-1.1',
    'osl-3.0 pddl-1.0 postgresql psf-2.0 python-2.0 unlicense upl-1.0 w3c wtfpl x11 zlib zpl-2.1'
  ]
    .join(' ')
    .split(' ')
)

/** The RDM id for an id token, after Zenodo's aliases and the deprecated GNU ids. */
function idToRdm(token: string): string {
  const id = token.toLowerCase()
  const mapped = LEGACY_LICENSE_TO_RDM[id]
  if (mapped) return mapped
  const plus = GNU_PLUS.exec(id)
  return plus ? `${plus[1]}-or-later` : id
}

export type LicenseReading =
  { kind: 'id'; id: string } | { kind: 'mapped'; id: string; how: string } | { kind: 'none'; why: string }

/**
 * Reads a licence value as an RDM licence id (lower-case SPDX): an id token as given (through
 * Zenodo's aliases), a URL or free-text name that spells a common SPDX id, the first licence
 * of an SPDX "A OR B" expression; otherwise nothing, with the reason.
 */
export function readLicense(value: string): LicenseReading {
  const text = value.trim()
  const lower = text.toLowerCase()
  if (lower === '' || PLACEHOLDER.test(lower)) return { kind: 'none', why: 'is a placeholder, not a licence id' }
  if (lower.startsWith('licenseref-')) {
    return { kind: 'none', why: 'is a local SPDX reference, which no repository has as a licence id' }
  }
  if (ID_TOKEN.test(lower)) return { kind: 'id', id: idToRdm(lower) }
  const fromUrl = licenseFromUrl(lower)
  if (fromUrl) return { kind: 'mapped', id: fromUrl, how: 'the licence that URL names' }
  const spelled = spelledId(lower)
  if (spelled) return { kind: 'mapped', id: spelled, how: 'its SPDX id' }
  // SPDX operators are upper case; "or later" in a name was handled above.
  const alternatives = text.replace(/[()]/g, ' ').split(/\s+OR\s+/)
  if (alternatives.length > 1 && !/\s(?:AND|WITH)\s/.test(text)) {
    const first = alternatives[0].trim().toLowerCase()
    if (ID_TOKEN.test(first)) {
      return { kind: 'mapped', id: idToRdm(first), how: 'the first licence of the expression (one licence is kept)' }
    }
  }
  return { kind: 'none', why: 'is not a licence id' }
}

/** The RDM id of a licence value, or undefined when it is no licence id. */
export function licenseToRdm(value: string): string | undefined {
  const reading = readLicense(value)
  return reading.kind === 'none' ? undefined : reading.id
}

// Words of a licence's full name that its SPDX id leaves out.
const FILLER = new Set(['the', 'license', 'licence', 'version', 'universal', 'international'])

function spelledId(lower: string): string | undefined {
  const words = lower
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[",;:]/g, ' ')
    .split(/[\s_]+/)
    .filter((w) => w !== '' && !FILLER.has(w))
  if (words.length === 0) return undefined
  const id = idToRdm(words.join('-'))
  return COMMON_SPDX.has(id) ? id : undefined
}

// spdx.org/licenses/<id>, opensource.org/licenses/<id> and Creative Commons deeds name one licence.
function licenseFromUrl(lower: string): string | undefined {
  const m = /^https?:\/\/(?:www\.)?([^/]+)\/(.*?)\/?$/.exec(lower)
  if (!m) return undefined
  const [, host, path] = m
  if (host === 'spdx.org' || host === 'opensource.org') {
    const id = /^licenses\/([a-z0-9.+-]+?)(?:\.html|\.php)?$/.exec(path)?.[1]
    return id && COMMON_SPDX.has(idToRdm(id)) ? idToRdm(id) : undefined
  }
  if (host === 'creativecommons.org') {
    if (/^publicdomain\/zero\/1\.0(?:\/.*)?$/.test(path)) return 'cc0-1.0'
    const cc = /^licenses\/([a-z-]+)\/(\d\.\d)(?:\/.*)?$/.exec(path)
    const id = cc ? `cc-${cc[1]}-${cc[2]}` : undefined
    return id && COMMON_SPDX.has(id) ? id : undefined
  }
  return undefined
}

function sanitizeLicense(md: ZenodoMetadata, cff: Record<string, unknown> | undefined, warn: Warn): void {
  const value = md.license
  const id = isPlainObject(value) ? value.id : value
  if (typeof id !== 'string') return
  const reading = readLicense(id)
  if (reading.kind === 'id') return
  // Show the value as the file has it (cff.ts lower-cases the licence it converts).
  const shown = typeof cff?.license === 'string' ? cff.license : id
  if (reading.kind === 'mapped') {
    md.license = isPlainObject(value) ? { ...value, id: reading.id } : reading.id
    warn('license', `${JSON.stringify(shown)} is not a licence id; sent as "${reading.id}", ${reading.how}.`)
    return
  }
  delete md.license
  warn(
    'license',
    `${JSON.stringify(shown)} ${reading.why}; dropped (Zenodo then applies its default, CC-BY-4.0 or ` +
      'CC0-1.0 for datasets). Give an SPDX licence id such as "BSD-3-Clause".'
  )
}

// ---------------------------------------------------------------------------------------
// DOIs

const DOI = /^10\.\d+(?:\.\d+)*\/\S+$/
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i

/** The bare DOI ("10.1234/x") of a DOI, doi: name or doi.org URL; undefined when it is none. */
export function normalizeDoi(value: string): string | undefined {
  const bare = value.trim().replace(DOI_PREFIX, '')
  return DOI.test(bare) ? bare : undefined
}

function sanitizeDoi(md: ZenodoMetadata, warn: Warn): void {
  if (typeof md.doi !== 'string' || md.doi.trim() === '') return
  const doi = normalizeDoi(md.doi)
  // The bare form: Zenodo tells its own DOIs from external ones by the "10.5281/" prefix.
  if (doi !== undefined) md.doi = doi
  else {
    warn('doi', `${JSON.stringify(md.doi)} is not a DOI (10.<prefix>/<suffix>); dropped.`)
    delete md.doi
  }
}

function sanitizeRelated(md: ZenodoMetadata, cff: Record<string, unknown> | undefined, warn: Warn): void {
  const list = md.related_identifiers
  if (!Array.isArray(list)) return
  const kept: RelatedIdentifier[] = []
  list.forEach((r, i) => {
    const scheme = typeof r.scheme === 'string' ? r.scheme.trim().toLowerCase() : ''
    if (scheme !== 'doi' || normalizeDoi(r.identifier) !== undefined) {
      kept.push(r)
      return
    }
    const field = cff ? cffIdentifierField(cff, r.identifier) : `related_identifiers[${i}]`
    warn(field, `${JSON.stringify(r.identifier)} is not a DOI (10.<prefix>/<suffix>); dropped.`)
  })
  if (kept.length === list.length) return
  if (kept.length > 0) md.related_identifiers = kept
  else delete md.related_identifiers
}

/** Which CITATION.cff field a converted related identifier came from (see cff.ts). */
function cffIdentifierField(cff: Record<string, unknown>, identifier: string): string {
  if (typeof cff.doi === 'string' && cff.doi.trim() === identifier) return 'doi'
  if (Array.isArray(cff.identifiers)) {
    const i = cff.identifiers.findIndex(
      (e) => isPlainObject(e) && typeof e.value === 'string' && e.value.trim() === identifier
    )
    if (i >= 0) return `identifiers[${i}]`
  }
  return 'doi'
}

// ---------------------------------------------------------------------------------------
// Dates

const EDTF_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** An EDTF level 0 date (YYYY, YYYY-MM, YYYY-MM-DD) that exists in the calendar. */
export function isEdtfDate(value: string): boolean {
  const m = EDTF_DATE.exec(value)
  if (!m) return false
  const [, y, mo, d] = m
  if (mo === undefined) return true
  const month = Number(mo)
  if (month < 1 || month > 12) return false
  if (d === undefined) return true
  const date = new Date(Date.UTC(Number(y), month - 1, Number(d)))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d)
}

/**
 * The EDTF date a value means: itself when valid; "2021-8-5" padded; the day of an ISO
 * timestamp. Undefined for anything else ("2021-08-XX", "2021-02-30", "FIXME").
 */
export function normalizeDate(value: string, fullDay = false): string | undefined {
  const text = value.trim()
  let date = text
  const unpadded = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text)
  if (unpadded) {
    date = [unpadded[1], unpadded[2].padStart(2, '0'), unpadded[3]?.padStart(2, '0')].filter(Boolean).join('-')
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(text)) {
    date = text.slice(0, 10)
  }
  if (!isEdtfDate(date)) return undefined
  return fullDay && date.length !== 10 ? undefined : date
}

/** A date or a "start/end" interval of them (what RDM's publication_date takes). */
function normalizeDateOrInterval(value: string): string | undefined {
  const parts = value.split('/')
  if (parts.length > 2) return undefined
  const dates = parts.map((p) => normalizeDate(p))
  return dates.every((d) => d !== undefined) ? dates.join('/') : undefined
}

function sanitizeDates(md: ZenodoMetadata, where: string, cff: Record<string, unknown> | undefined, warn: Warn): void {
  if (typeof md.publication_date === 'string' && md.publication_date.trim() !== '') {
    const date = normalizeDateOrInterval(md.publication_date)
    if (date !== undefined) md.publication_date = date
    else {
      warn(
        cff ? 'date-released' : 'publication_date',
        `${JSON.stringify(md.publication_date)} is not a date (YYYY-MM-DD); dropped (the publication date ` +
          'defaults to today).'
      )
      delete md.publication_date
    }
  }
  if (typeof md.embargo_date === 'string' && md.embargo_date.trim() !== '') {
    const date = normalizeDate(md.embargo_date, true)
    if (date !== undefined) md.embargo_date = date
    else if (md.access_right === 'embargoed') {
      // Without its date the embargo is refused, and without the embargo the files would be open.
      throw new MetadataError(
        `${where}: embargo_date: ${JSON.stringify(md.embargo_date)} is not a date; an embargo needs the ` +
          'day it ends, as YYYY-MM-DD.',
        { fieldPath: ['embargo_date'] }
      )
    } else {
      warn('embargo_date', `${JSON.stringify(md.embargo_date)} is not a date (YYYY-MM-DD); dropped.`)
      delete md.embargo_date
    }
  }
  if (Array.isArray(md.dates)) {
    const kept: unknown[] = []
    md.dates.forEach((d: unknown, i: number) => {
      if (!isPlainObject(d)) {
        kept.push(d)
        return
      }
      // An empty bound counts as absent, as in Zenodo's legacy layer.
      const given = (['start', 'end'] as const).filter((k) => typeof d[k] === 'string' && d[k].trim() !== '')
      const bad = given.find((k) => normalizeDate(d[k] as string) === undefined)
      if (bad === undefined) {
        for (const k of given) d[k] = normalizeDate(d[k] as string)
        kept.push(d)
        return
      }
      warn(`dates[${i}].${bad}`, `${JSON.stringify(d[bad])} is not a date (YYYY-MM-DD); the date entry is dropped.`)
    })
    if (kept.length > 0) md.dates = kept
    else delete md.dates
  }
}

// CITATION.cff (already parsed, YAML 1.2) → Zenodo legacy metadata. Follows cffconvert's
// Zenodo converter (main branch), except where Zenodo would refuse the result: one licence
// id instead of a list or expression, no ORCIDs with a bad check digit, no nameless
// creators. Mapping as Zenodo's GitHub integration reads CITATION.cff
// (zenodo/zenodo-rdm `site/zenodo_rdm/github/`).
//
// Ignored on purpose, as cffconvert does: `message` (the "please cite" sentence; Zenodo's
// own GitHub integration would put it in `notes`), `preferred-citation`, `references`,
// `contact`, `commit`, `license-url` and unknown keys.

import { MetadataError, describeValue, isDate, isPlainObject } from './types.js'
import type { Creator, RelatedIdentifier, ZenodoMetadata } from './types.js'
import { firstLicenseId, spdxToZenodoLicense } from './licenses.js'
import { normalizeOrcid, orcidProblem, stripOrcidUrl } from './orcid.js'

type Warn = (message: string) => void

export function cffToZenodo(cff: Record<string, unknown>, warn: Warn): ZenodoMetadata {
  const md: ZenodoMetadata = {}
  const title = scalarText(cff, 'title')
  if (title !== undefined) md.title = title
  md.upload_type = cff.type === 'dataset' ? 'dataset' : 'software'

  const creators = convertPeople(cff, 'authors', warn)
  if (creators) md.creators = creators
  // CFF 1.3 only; cffconvert maps contributors with the DataCite role "Other".
  const contributors = convertPeople(cff, 'contributors', warn)
  if (contributors) md.contributors = contributors.map((c) => ({ ...c, type: 'Other' }))

  const version = scalarText(cff, 'version')
  if (version !== undefined) md.version = version
  const license = convertLicense(cff.license, warn)
  if (license !== undefined) md.license = license
  const keywords = convertKeywords(cff.keywords, warn)
  if (keywords) md.keywords = keywords
  const description = scalarText(cff, 'abstract')
  if (description !== undefined) md.description = description
  const date = convertDate(cff['date-released'], warn)
  if (date !== undefined) md.publication_date = date
  const related = convertRelated(cff, warn)
  if (related.length > 0) md.related_identifiers = related
  return md
}

// ---------------------------------------------------------------------------------------
// Authors

function convertPeople(
  cff: Record<string, unknown>,
  key: 'authors' | 'contributors',
  warn: Warn
): Creator[] | undefined {
  const value = cff[key]
  const noun = key === 'authors' ? 'author' : 'contributor'
  if (value === undefined || value === null) {
    if (key === 'authors') {
      warn('no authors; Zenodo needs at least one creator to publish.')
    }
    return undefined
  }
  if (!Array.isArray(value)) {
    throw new MetadataError(`${key}: must be a list of persons or entities, got ` + `${describeValue(value)}.`, {
      fieldPath: [key]
    })
  }
  const people: Creator[] = []
  value.forEach((entry, i) => {
    if (!isPlainObject(entry)) {
      warn(`${noun} ${i + 1} is ${describeValue(entry)}, not a person or entity; dropped.`)
      return
    }
    const person = convertPerson(entry, `${noun} ${i + 1}`, warn)
    if (person) people.push(person)
  })
  warnDuplicates(people, key, warn)
  if (people.length === 0) {
    if (key === 'authors') warn('no usable author; Zenodo needs at least one creator to publish.')
    return undefined
  }
  return people
}

function convertPerson(a: Record<string, unknown>, label: string, warn: Warn): Creator | undefined {
  const field = (k: string): string | undefined => personText(a, k, label, warn)
  const given = field('given-names')
  const family = field('family-names')
  let name: string | undefined
  if (family !== undefined) {
    // cffconvert keeps the particle and suffix in the family part: "de Mora, Lee".
    const full = [field('name-particle'), family, field('name-suffix')].filter((p) => p !== undefined).join(' ')
    name = given !== undefined ? `${full}, ${given}` : full
  } else {
    name = given ?? field('name') ?? field('alias')
  }
  const orcid = convertOrcid(a.orcid, name ?? label, warn)
  const affiliation = field('affiliation')
  if (name === undefined) {
    // cffconvert would keep an entry with only affiliation/ORCID; Zenodo refuses it.
    const what = orcid ? ` (ORCID ${orcid})` : affiliation ? ` (${affiliation})` : ''
    warn(
      `${label}${what} has no given-names, family-names, name or alias; dropped, since ` +
        'Zenodo cannot publish a creator without a name.'
    )
    return undefined
  }
  const creator: Creator = { name }
  if (affiliation !== undefined) creator.affiliation = affiliation
  if (orcid !== undefined) creator.orcid = orcid
  return creator
}

function convertOrcid(value: unknown, who: string, warn: Warn): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') {
    warn(`ORCID of ${who} is ${describeValue(value)}, not text; dropped.`)
    return undefined
  }
  const normalized = normalizeOrcid(value)
  if (normalized === undefined) {
    warn(
      `ORCID "${stripOrcidUrl(value)}" of ${who} ${orcidProblem(value) ?? 'is invalid'}; ` +
        'dropped, since Zenodo refuses to publish an invalid ORCID.'
    )
  }
  return normalized
}

function personText(a: Record<string, unknown>, key: string, label: string, warn: Warn): string | undefined {
  const v = a[key]
  if (v === undefined || v === null) return undefined
  const text = toText(v)
  if (text === undefined && !(typeof v === 'string')) {
    warn(`${key} of ${label} is ${describeValue(v)}, not text; ignored.`)
  }
  return text
}

// Two identical entries are kept, as cffconvert and Zenodo's GitHub integration keep them:
// identical names can belong to different people, and the author list is the project's.
function warnDuplicates(people: Creator[], key: string, warn: Warn): void {
  const seen = new Set<string>()
  const repeated: string[] = []
  for (const p of people) {
    const k = JSON.stringify([p.name, p.orcid ?? '', p.affiliation ?? ''])
    if (seen.has(k)) repeated.push(p.name)
    else seen.add(k)
  }
  if (repeated.length > 0) {
    const sample = repeated
      .slice(0, 3)
      .map((n) => `"${n}"`)
      .join(', ')
    const noun = repeated.length === 1 ? `${key.slice(0, -1)} is` : `${key} are`
    warn(
      `${repeated.length} ${noun} listed more than once (${sample}` +
        `${repeated.length > 3 ? ', …' : ''}); kept as listed. Remove the repeats if unintended.`
    )
  }
}

// ---------------------------------------------------------------------------------------
// Other fields

function convertLicense(value: unknown, warn: Warn): string | undefined {
  if (value === undefined || value === null) return undefined
  let ids: string[]
  if (typeof value === 'string') {
    ids = [value]
  } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    ids = value as string[]
  } else {
    throw new MetadataError(
      `license: must be an SPDX licence id or a list of them, got ` + `${describeValue(value)}.`,
      { fieldPath: ['license'] }
    )
  }
  ids = ids.map((s) => s.trim()).filter((s) => s.length > 0)
  if (ids.length === 0) return undefined
  const { id, dropped } = firstLicenseId(ids[0])
  if (dropped || ids.length > 1) {
    const given = Array.isArray(value) ? `[${ids.join(', ')}]` : `"${ids[0]}"`
    warn(
      `license ${given}: Zenodo takes exactly one licence, so "${id}" is used. Set the ` +
        'licence in .zenodo.json or the metadata input to choose another.'
    )
  }
  return spdxToZenodoLicense(id)
}

function convertKeywords(value: unknown, warn: Warn): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) {
    throw new MetadataError(`keywords: must be a list of strings, got ${describeValue(value)}.`, {
      fieldPath: ['keywords']
    })
  }
  const keywords: string[] = []
  value.forEach((k, i) => {
    const text = typeof k === 'string' || typeof k === 'number' ? toText(k) : undefined
    if (text !== undefined) keywords.push(text)
    else if (k !== '' && k !== null) warn(`keyword ${i + 1} is ${describeValue(k)}; ignored.`)
  })
  return keywords.length > 0 ? keywords : undefined
}

function convertDate(value: unknown, warn: Warn): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  // YAML 1.2 gives a string; a YAML 1.1 document (%YAML 1.1) gives a Date at UTC midnight.
  if (isDate(value) && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10)
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim()
  warn(
    `date-released ${describeValue(value)} is not a YYYY-MM-DD date; ignored ` +
      '(the publication date defaults to today).'
  )
  return undefined
}

// cffconvert maps these CFF 1.3 relations (and a missing one) to isSupplementedBy.
const SUPPLEMENTED_BY = new Set([
  'HasMetadata',
  'HasVersion',
  'IsMetadataFor',
  'IsOriginalFormOf',
  'IsVariantFormOf',
  'IsVersionOf'
])
const URL_KEYS = ['repository', 'repository-artifact', 'repository-code', 'url']

function convertRelated(cff: Record<string, unknown>, warn: Warn): RelatedIdentifier[] {
  const out: RelatedIdentifier[] = []
  const seen = new Set<string>()
  const push = (identifier: string, relation: string, scheme: string): void => {
    if (seen.has(identifier)) return
    seen.add(identifier)
    out.push({ identifier, relation, scheme })
  }
  const identifiers = cff.identifiers
  if (Array.isArray(identifiers)) {
    identifiers.forEach((entry, i) => {
      if (!isPlainObject(entry)) return
      const type = entry.type
      const value = toText(entry.value)
      if (type === 'other' || value === undefined) return
      if (type !== 'doi' && type !== 'url' && type !== 'swh') {
        warn(`identifiers ${i + 1} has unknown type ${describeValue(type)}; ignored.`)
        return
      }
      const rel = typeof entry.relation === 'string' ? entry.relation.trim() : ''
      const relation = rel === '' || SUPPLEMENTED_BY.has(rel) ? 'isSupplementedBy' : rel[0].toLowerCase() + rel.slice(1)
      push(value, relation, type)
    })
  } else if (identifiers !== undefined && identifiers !== null) {
    throw new MetadataError(`identifiers: must be a list, got ${describeValue(identifiers)}.`, {
      fieldPath: ['identifiers']
    })
  }
  const doi = toText(cff.doi)
  if (doi !== undefined) push(doi, 'isSupplementedBy', 'doi')
  for (const key of URL_KEYS) {
    const url = toText(cff[key])
    if (url !== undefined) push(url, 'isSupplementedBy', 'url')
  }
  return out
}

// ---------------------------------------------------------------------------------------
// Helpers

/** A top-level text field: strings trimmed, numbers/booleans stringified, else an error. */
function scalarText(cff: Record<string, unknown>, key: string): string | undefined {
  const v = cff[key]
  if (v === undefined || v === null) return undefined
  const text = toText(v)
  if (text === undefined && typeof v !== 'string') {
    throw new MetadataError(`${key}: must be text, got ${describeValue(v)}.`, { fieldPath: [key] })
  }
  return text
}

function toText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim()
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v)
  return undefined
}

// The native (InvenioRDM) record document of the fake: how a draft body is loaded (field errors
// come back in the draft's "errors" list and the invalid values are dropped, since the drafts
// service loads with raise_errors=False: invenio-drafts-resources services/records/service.py,
// invenio-rdm-records services/schemas/metadata.py), what publish checks, and the conversions
// between it and the legacy deposit metadata as Zenodo's compatibility layer makes them
// (zenodo/zenodo-rdm site/zenodo_rdm/legacy/deserializers/metadata.py and schemas.py one way,
// serializers/schemas/legacyjson.py the other).
import {
  type Meta,
  RDM_LICENSES,
  RELATION_BY_ID,
  RESOURCE_TYPES,
  ROLE_BY_ID,
  detectScheme,
  isEdtfDate,
  legacyLicense,
  rdmLicense,
  resourceTypeTitle,
  splitName
} from './metadata.js'
import { ApiError, type FieldError, validationError } from './util.js'

export interface RdmAccess {
  record: 'public' | 'restricted'
  files: 'public' | 'restricted'
  embargo: { active: boolean; until?: string; reason?: string }
}

export interface RdmPid {
  identifier: string
  provider: string
  client?: string
}

/** What a draft or record holds besides its files: the writable part of the native JSON. */
export interface RdmDoc {
  metadata: Meta
  custom_fields: Meta
  access: RdmAccess
  files: { enabled: boolean; default_preview?: string | null; order: string[] }
  pids: Record<string, RdmPid>
}

const isObj = (v: unknown): v is Meta => typeof v === 'object' && v !== null && !Array.isArray(v)
const nonBlank = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''
const MISSING = 'Missing data for required field.'

/** Vocabulary ids the instance knows (per instance upstream; these defaults are Zenodo's). */
export interface Vocabularies {
  resourcetypes: Set<string>
  licenses: Set<string>
  relationtypes: Set<string>
  roles: Set<string>
  datetypes: Map<string, string>
  descriptiontypes: Set<string>
  titletypes: Set<string>
}

export const DEFAULT_VOCABULARIES: Vocabularies = {
  resourcetypes: RESOURCE_TYPES,
  licenses: RDM_LICENSES,
  relationtypes: new Set([...RELATION_BY_ID.keys()].filter((r) => r !== 'isalternateidentifier')),
  roles: new Set([...ROLE_BY_ID.keys()]),
  datetypes: new Map(
    ['accepted', 'available', 'collected', 'copyrighted', 'created', 'issued', 'other', 'submitted', 'updated']
      .concat(['valid', 'withdrawn'])
      .map((id) => [id, id.charAt(0).toUpperCase() + id.slice(1)])
  ),
  descriptiontypes: new Set([
    'abstract',
    'methods',
    'notes',
    'other',
    'series-information',
    'table-of-contents',
    'technical-info'
  ]),
  titletypes: new Set(['alternative-title', 'subtitle', 'translated-title', 'other'])
}

/** Zenodo's own custom field namespaces (zenodo/zenodo-rdm invenio.cfg RDM_CUSTOM_FIELDS). */
export const ZENODO_CUSTOM_FIELD_NAMESPACES = [
  'legacy',
  'journal',
  'meeting',
  'imprint',
  'thesis',
  'code',
  'software',
  'ac',
  'dwc',
  'gbif-dwc',
  'openbiodiv',
  'obo',
  'chemistry'
]

export const defaultAccess = (): RdmAccess => ({ record: 'public', files: 'public', embargo: { active: false } })

/** A vocabulary id the instance lacks: upstream's InvalidRelationValue, a 400 for the whole request. */
const invalidValue = (id: unknown): ApiError => new ApiError(400, `Invalid value ${String(id)}.`)

export interface LoadOptions {
  today: string
  vocab: Vocabularies
  superuser: boolean
  allowRestrictedRecords: boolean
  allowMetadataOnlyRecords: boolean
  customFieldNamespaces: string[]
  /** The draft being updated; undefined for a new draft. */
  prev?: RdmDoc
  /** The draft has file entries (completed or pending). */
  hasFiles: boolean
  /** The managed DOI prefix, e.g. "10.1234". */
  managedPrefix: string
  /** Another record has this DOI registered. */
  doiTaken: (doi: string) => boolean
}

/** Keys of the native JSON that are only ever dumped: a read-modify-PUT sends them back, and they are ignored. */
const DUMP_ONLY = new Set([
  'id',
  'links',
  'created',
  'updated',
  'revision_id',
  'is_published',
  'is_draft',
  'versions',
  'status',
  'deletion_status',
  'stats',
  'expanded',
  'errors',
  'ui',
  'media_files',
  'tombstone',
  'owners',
  'parent',
  '$schema'
])

/**
 * Loads a POST /api/records or PUT …/draft body into a draft document. Field errors are returned
 * (the value dropped); what the components refuse outright (record access without permission, a
 * vocabulary id the instance lacks) throws a 400.
 */
export function loadDraft(body: unknown, o: LoadOptions): { doc: RdmDoc; errors: FieldError[] } {
  if (body === undefined || body === null) body = {}
  if (!isObj(body)) throw validationError([{ field: '_schema', messages: ['Invalid input type.'] }])
  const errors: FieldError[] = []
  for (const key of Object.keys(body)) {
    if (!['metadata', 'access', 'files', 'pids', 'custom_fields'].includes(key) && !DUMP_ONLY.has(key)) {
      errors.push({ field: key, messages: ['Unknown field.'] })
    }
  }
  const metadata = loadMetadata(body.metadata, errors, o.vocab)
  const custom_fields = loadCustomFields(body.custom_fields, errors, o.customFieldNamespaces)
  const access = loadAccess(body.access, o)
  const files = loadFiles(body.files, errors, o)
  const pids = loadPids(body.pids, errors, o)
  const doc: RdmDoc = { metadata, custom_fields, access, files, pids }
  // A field refused above is not also "missing" (marshmallow reports one error per field).
  const seen = new Set(errors.map((e) => e.field))
  errors.push(...checkDoc(doc).filter((e) => !seen.has(e.field)))
  return { doc, errors }
}

function loadCustomFields(raw: unknown, errors: FieldError[], namespaces: string[]): Meta {
  if (raw === undefined || raw === null) return {}
  if (!isObj(raw)) {
    errors.push({ field: 'custom_fields', messages: ['Invalid input type.'] })
    return {}
  }
  const out: Meta = {}
  for (const [k, v] of Object.entries(raw)) {
    const ns = k.includes(':') ? k.slice(0, k.indexOf(':')) : ''
    if (namespaces.includes(ns)) out[k] = v
    else errors.push({ field: `custom_fields.${k}`, messages: ['Unknown field.'] })
  }
  return out
}

/** access (invenio-rdm-records services/components/access.py, schemas/access.py). */
function loadAccess(raw: unknown, o: LoadOptions): RdmAccess {
  const prev = o.prev?.access ?? defaultAccess()
  if (raw === undefined || raw === null) return structuredClone(prev)
  const fail = (field: string, message: string): never => {
    throw validationError([{ field, messages: [message] }])
  }
  if (!isObj(raw)) fail('access', 'Invalid input type.')
  const a = raw as Meta
  const level = (v: unknown, field: string): 'public' | 'restricted' => {
    if (v === undefined || v === null) fail(field, MISSING)
    if (v !== 'public' && v !== 'restricted') fail(field, `'${String(v)}' must be either 'public' or 'restricted'`)
    return v as 'public' | 'restricted'
  }
  const out: RdmAccess = {
    record: level(a.record, 'access.record'),
    files: level(a.files, 'access.files'),
    embargo: { active: false }
  }
  if (a.embargo !== undefined && a.embargo !== null) {
    if (!isObj(a.embargo)) fail('access.embargo', 'Invalid input type.')
    const e = a.embargo as Meta
    const active = e.active === true
    const until = typeof e.until === 'string' && e.until !== '' ? e.until : undefined
    if (active && until === undefined) fail('access.embargo', 'Embargo end date must be set when embargo is active.')
    if (until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(until)) fail('access.embargo.until', 'Not a valid date.')
    if (active && (until as string) <= o.today) fail('access.embargo', 'Embargo end date must be in the future.')
    out.embargo = { active }
    if (until !== undefined) out.embargo.until = until
    if (nonBlank(e.reason)) out.embargo.reason = e.reason
  }
  // An explicit check of who may change the record's visibility (AccessComponent).
  if (out.record !== prev.record && out.record === 'restricted' && !o.allowRestrictedRecords && !o.superuser) {
    fail('access', "You don't have permissions to manage record access.")
  }
  return out
}

/** files.enabled and default_preview (invenio-drafts-resources BaseRecordFilesComponent). */
function loadFiles(raw: unknown, errors: FieldError[], o: LoadOptions): RdmDoc['files'] {
  const current = o.prev?.files ?? { enabled: true, order: [] }
  const f = isObj(raw) ? raw : {}
  const wanted = typeof f.enabled === 'boolean' ? f.enabled : true
  const out: RdmDoc['files'] = { enabled: current.enabled, order: [] }
  if (current.default_preview != null) out.default_preview = current.default_preview
  if (wanted !== current.enabled && !wanted && !o.allowMetadataOnlyRecords && !o.superuser) {
    errors.push({ field: 'files.enabled', messages: ["You don't have permissions to manage files options."] })
    return out
  }
  if (!wanted && o.hasFiles) {
    errors.push({
      field: 'files.enabled',
      messages: ['You must first delete all files to set the record to be metadata-only.']
    })
    return out
  }
  out.enabled = wanted
  if (o.prev !== undefined && out.enabled && !o.hasFiles) {
    errors.push({
      field: 'files.enabled',
      messages: [
        o.allowMetadataOnlyRecords || o.superuser
          ? 'Missing uploaded files. To disable files for this record please mark it as metadata-only.'
          : 'Missing uploaded files.'
      ]
    })
  }
  // The default preview is set through the draft (null and "" unset it).
  if ('default_preview' in f) {
    if (f.default_preview === null || f.default_preview === '') delete out.default_preview
    else if (typeof f.default_preview === 'string') out.default_preview = f.default_preview
  }
  return out
}

/** pids (invenio-rdm-records services/components/pids.py and the DOI providers' validate). */
function loadPids(raw: unknown, errors: FieldError[], o: LoadOptions): Record<string, RdmPid> {
  if (raw === undefined || raw === null) return {}
  if (!isObj(raw)) {
    errors.push({ field: 'pids', messages: ['Invalid input type.'] })
    return {}
  }
  const out: Record<string, RdmPid> = {}
  for (const [scheme, v] of Object.entries(raw)) {
    if (!isObj(v)) {
      errors.push({ field: `pids.${scheme}`, messages: ['Invalid input type.'] })
      continue
    }
    const pid: RdmPid = {
      identifier: typeof v.identifier === 'string' ? v.identifier : '',
      provider: typeof v.provider === 'string' ? v.provider : ''
    }
    if (typeof v.client === 'string') pid.client = v.client
    out[scheme] = pid
    if (scheme !== 'doi') continue
    if (pid.provider === 'external') {
      const doi = pid.identifier.trim()
      if (doi === '') errors.push({ field: 'pids.doi', messages: ['Missing DOI for required field.'] })
      else if (doi.toLowerCase().startsWith(`${o.managedPrefix.toLowerCase()}/`)) {
        errors.push({
          field: 'pids.doi',
          messages: [
            `The prefix '${o.managedPrefix}' is managed by Invenio. Please supply an external DOI or select ` +
              `'No' to have a DOI generated for you.`
          ]
        })
      } else if (o.doiTaken(doi)) errors.push({ field: 'pids.doi', messages: [`doi:${doi} already exists.`] })
    }
  }
  return out
}

function listOf(v: unknown, field: string, errors: FieldError[]): unknown[] | undefined {
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v)) {
    errors.push({ field, messages: ['Not a valid list.'] })
    return undefined
  }
  return v
}

function vocabId(
  v: unknown,
  field: string,
  errors: FieldError[],
  known: { has: (id: string) => boolean }
): string | undefined {
  if (!isObj(v) || typeof v.id !== 'string') {
    errors.push({ field, messages: [isObj(v) ? MISSING : 'Invalid input type.'] })
    return undefined
  }
  if (!known.has(v.id)) throw invalidValue(v.id)
  return v.id
}

function loadPerson(
  p: unknown,
  field: string,
  errors: FieldError[],
  vocab: Vocabularies,
  role: 'optional' | 'required'
): Meta | undefined {
  if (!isObj(p)) {
    errors.push({ field, messages: ['Invalid input type.'] })
    return undefined
  }
  const out: Meta = {}
  const po = p.person_or_org
  if (!isObj(po)) {
    errors.push({ field: `${field}.person_or_org`, messages: [po === undefined ? MISSING : 'Invalid input type.'] })
    return undefined
  }
  const person: Meta = {}
  if (po.type === undefined) {
    errors.push({ field: `${field}.person_or_org.type`, messages: [MISSING] })
    return undefined
  }
  if (po.type !== 'personal' && po.type !== 'organizational') {
    errors.push({ field: `${field}.person_or_org.type`, messages: ['Must be one of: personal, organizational.'] })
    return undefined
  }
  person.type = po.type
  for (const k of ['name', 'given_name', 'family_name'])
    if (typeof po[k] === 'string') person[k] = (po[k] as string).trim()
  if (po.type === 'personal') {
    // The schema computes the name: "Family, Given".
    const family = (person.family_name as string | undefined) ?? ''
    const given = (person.given_name as string | undefined) ?? ''
    if (family !== '') person.name = given !== '' ? `${family}, ${given}` : family
  }
  if (po.identifiers !== undefined) {
    const ids = listOf(po.identifiers, `${field}.person_or_org.identifiers`, errors) ?? []
    const kept = ids.filter(
      (x): x is Meta => isObj(x) && typeof x.identifier === 'string' && typeof x.scheme === 'string'
    )
    if (kept.length !== ids.length) {
      errors.push({ field: `${field}.person_or_org.identifiers`, messages: ['Invalid identifier.'] })
    }
    if (kept.length > 0) {
      person.identifiers = kept.map((x) => ({
        scheme: x.scheme,
        identifier:
          x.scheme === 'orcid' ? (x.identifier as string).replace(/^https?:\/\/orcid\.org\//, '') : x.identifier
      }))
    }
  }
  out.person_or_org = person
  const affs = listOf(p.affiliations, `${field}.affiliations`, errors)
  if (affs !== undefined) {
    out.affiliations = affs.filter((a): a is Meta => isObj(a) && (nonBlank(a.name) || nonBlank(a.id)))
  }
  if (p.role !== undefined && p.role !== null) {
    const id = vocabId(p.role, `${field}.role`, errors, vocab.roles)
    if (id !== undefined) out.role = { id }
  } else if (role === 'required') {
    errors.push({ field: `${field}.role`, messages: [MISSING] })
  }
  return out
}

function edtf(v: unknown): boolean {
  return typeof v === 'string' && isEdtfDate(v)
}

/** metadata (invenio-rdm-records services/schemas/metadata.py MetadataSchema). */
function loadMetadata(raw: unknown, errors: FieldError[], vocab: Vocabularies): Meta {
  if (raw === undefined || raw === null) return {}
  if (!isObj(raw)) {
    errors.push({ field: 'metadata', messages: ['Invalid input type.'] })
    return {}
  }
  const out: Meta = {}
  const at = (k: string): string => `metadata.${k}`
  for (const [key, v] of Object.entries(raw)) {
    if (v === undefined || v === null) continue
    switch (key) {
      case 'resource_type': {
        const id = vocabId(v, at(key), errors, vocab.resourcetypes)
        if (id !== undefined) out.resource_type = { id, title: { en: resourceTypeTitle(id) } }
        break
      }
      case 'title':
      case 'description': {
        if (typeof v !== 'string') errors.push({ field: at(key), messages: ['Not a valid string.'] })
        else if (v.trim().length < 3) errors.push({ field: at(key), messages: ['Shorter than minimum length 3.'] })
        else out[key] = v
        break
      }
      case 'version':
      case 'publisher':
      case 'copyright':
        if (typeof v !== 'string') errors.push({ field: at(key), messages: ['Not a valid string.'] })
        else if (v.trim() !== '') out[key] = v
        break
      case 'publication_date':
        if (!edtf(v)) errors.push({ field: at(key), messages: ['Please provide a valid date or interval.'] })
        else out[key] = v
        break
      case 'creators':
      case 'contributors': {
        const list = listOf(v, at(key), errors)
        if (list === undefined) break
        const people = list
          .map((p, i) =>
            loadPerson(p, `${at(key)}.${i}`, errors, vocab, key === 'contributors' ? 'required' : 'optional')
          )
          .filter((p): p is Meta => p !== undefined)
        if (key === 'contributors' || people.length > 0) out[key] = people
        else errors.push({ field: at(key), messages: [MISSING] })
        break
      }
      case 'rights': {
        const list = listOf(v, at(key), errors)
        if (list === undefined) break
        out.rights = list.flatMap((r, i) => {
          if (!isObj(r)) {
            errors.push({ field: `${at(key)}.${i}`, messages: ['Invalid input type.'] })
            return []
          }
          if (typeof r.id === 'string') {
            if (!vocab.licenses.has(r.id)) throw invalidValue(r.id)
            return [{ id: r.id }]
          }
          if (!isObj(r.title)) {
            errors.push({ field: `${at(key)}.${i}.title`, messages: [MISSING] })
            return []
          }
          return [r]
        })
        break
      }
      case 'subjects': {
        const list = listOf(v, at(key), errors)
        if (list === undefined) break
        out.subjects = list.filter((s, i) => {
          const ok = isObj(s) && (nonBlank(s.subject) || nonBlank(s.id))
          if (!ok) errors.push({ field: `${at(key)}.${i}`, messages: [MISSING] })
          return ok
        })
        break
      }
      case 'languages': {
        const list = listOf(v, at(key), errors)
        if (list === undefined) break
        out.languages = list.flatMap((l, i) => {
          if (!isObj(l) || typeof l.id !== 'string') {
            errors.push({ field: `${at(key)}.${i}`, messages: ['Invalid input type.'] })
            return []
          }
          if (!/^[a-z]{3}$/.test(l.id)) throw invalidValue(l.id)
          return [{ id: l.id }]
        })
        break
      }
      case 'dates': {
        const list = listOf(v, at(key), errors)
        if (list === undefined) break
        out.dates = list.flatMap((d, i) => {
          const f = `${at(key)}.${i}`
          if (!isObj(d)) {
            errors.push({ field: f, messages: ['Invalid input type.'] })
            return []
          }
          if (!edtf(d.date)) {
            errors.push({ field: `${f}.date`, messages: ['Please provide a valid date or interval.'] })
            return []
          }
          const id = vocabId(d.type, `${f}.type`, errors, vocab.datetypes)
          if (id === undefined) return []
          const date: Meta = { date: d.date, type: { id, title: { en: vocab.datetypes.get(id) as string } } }
          if (nonBlank(d.description)) date.description = d.description
          return [date]
        })
        break
      }
      case 'additional_titles':
      case 'additional_descriptions': {
        const list = listOf(v, at(key), errors)
        if (list === undefined) break
        const text = key === 'additional_titles' ? 'title' : 'description'
        const types = key === 'additional_titles' ? vocab.titletypes : vocab.descriptiontypes
        out[key] = list.flatMap((d, i) => {
          const f = `${at(key)}.${i}`
          if (!isObj(d) || !nonBlank(d[text])) {
            errors.push({ field: `${f}.${text}`, messages: [MISSING] })
            return []
          }
          const id = vocabId(d.type, `${f}.type`, errors, types)
          if (id === undefined) return []
          const item: Meta = { [text]: d[text], type: { id } }
          if (isObj(d.lang)) item.lang = d.lang
          return [item]
        })
        break
      }
      case 'related_identifiers':
      case 'identifiers': {
        const list = listOf(v, at(key), errors)
        if (list === undefined) break
        out[key] = list.flatMap((r, i) => {
          const f = `${at(key)}.${i}`
          if (!isObj(r)) {
            errors.push({ field: f, messages: ['Invalid input type.'] })
            return []
          }
          if (!nonBlank(r.identifier)) {
            errors.push({ field: `${f}.identifier`, messages: [MISSING] })
            return []
          }
          const scheme = nonBlank(r.scheme) ? r.scheme.toLowerCase() : detectScheme(r.identifier)
          if (scheme === undefined) {
            errors.push({ field: `${f}.scheme`, messages: ['Missing scheme value.'] })
            return []
          }
          const item: Meta = { identifier: r.identifier.trim(), scheme }
          if (key === 'related_identifiers') {
            const id = vocabId(r.relation_type, `${f}.relation_type`, errors, vocab.relationtypes)
            if (id === undefined) return []
            item.relation_type = { id }
            if (r.resource_type !== undefined && r.resource_type !== null) {
              const rt = vocabId(r.resource_type, `${f}.resource_type`, errors, vocab.resourcetypes)
              if (rt !== undefined) item.resource_type = { id: rt }
            }
          }
          return [item]
        })
        break
      }
      case 'locations':
        if (!isObj(v) || !Array.isArray(v.features)) {
          errors.push({ field: at(key), messages: ['Invalid input type.'] })
        } else out.locations = v
        break
      case 'funding':
      case 'references':
      case 'sizes':
      case 'formats':
        if (!Array.isArray(v)) errors.push({ field: at(key), messages: ['Not a valid list.'] })
        else out[key] = v
        break
      default:
        errors.push({ field: at(key), messages: ['Unknown field.'] })
    }
  }
  return out
}

/**
 * Checks of a loaded document that keep the data (required fields, schema-level name rules):
 * reported in a draft's errors, and what publish refuses.
 */
export function checkDoc(doc: RdmDoc): FieldError[] {
  const errors: FieldError[] = []
  const m = doc.metadata
  for (const f of ['resource_type', 'creators', 'title', 'publication_date']) {
    if (m[f] === undefined) errors.push({ field: `metadata.${f}`, messages: [MISSING] })
  }
  for (const key of ['creators', 'contributors']) {
    const people = Array.isArray(m[key]) ? (m[key] as Meta[]) : []
    people.forEach((p, i) => {
      const po = p.person_or_org as Meta
      if (po.type === 'personal' && !nonBlank(po.family_name)) {
        errors.push({
          field: `metadata.${key}.${i}.person_or_org.family_name`,
          messages: ['Family name cannot be blank.']
        })
      }
      if (po.type === 'organizational' && !nonBlank(po.name)) {
        errors.push({ field: `metadata.${key}.${i}.person_or_org.name`, messages: ['Name cannot be blank.'] })
      }
    })
  }
  return errors
}

// ---------------------------------------------------------------------------------------------
// Legacy <-> native.

const pick = (m: Meta, keys: string[]): Meta => {
  const out: Meta = {}
  for (const k of keys) if (m[k] !== undefined) out[k] = m[k]
  return out
}

function legacyPerson(p: Meta): Meta {
  const { family, given } = splitName(p.name)
  const person: Meta = { type: 'personal', family_name: family }
  if (given !== '') person.given_name = given
  person.name = given !== '' ? `${family}, ${given}` : family
  const identifiers: Meta[] = []
  if (typeof p.orcid === 'string') identifiers.push({ scheme: 'orcid', identifier: p.orcid })
  if (typeof p.gnd === 'string') identifiers.push({ scheme: 'gnd', identifier: p.gnd })
  if (identifiers.length > 0) person.identifiers = identifiers
  const out: Meta = { person_or_org: person }
  if (typeof p.affiliation === 'string') out.affiliations = [{ name: p.affiliation }]
  return out
}

/**
 * The native document of legacy deposit metadata (as stored: the legacy output form), the way
 * Zenodo's LegacySchema deserializes it; doi is the record's registered DOI, if any.
 */
export function legacyToRdm(legacy: Meta, doi?: string): RdmDoc {
  const m: Meta = {}
  const type = typeof legacy.upload_type === 'string' ? legacy.upload_type : undefined
  if (type !== undefined) {
    const sub = legacy[`${type}_type`]
    const id = typeof sub === 'string' ? `${type}-${sub}` : type
    m.resource_type = { id, title: { en: resourceTypeTitle(id) } }
  }
  if (Array.isArray(legacy.creators)) m.creators = (legacy.creators as Meta[]).map(legacyPerson)
  Object.assign(m, pick(legacy, ['title', 'publication_date', 'description', 'version']))
  if (typeof legacy.imprint_publisher === 'string') m.publisher = legacy.imprint_publisher
  if (Array.isArray(legacy.contributors)) {
    m.contributors = (legacy.contributors as Meta[]).map((c) => {
      const p = legacyPerson(c)
      if (typeof c.type === 'string') p.role = { id: c.type.toLowerCase() }
      return p
    })
  }
  if (typeof legacy.license === 'string') m.rights = [{ id: rdmLicense(legacy.license) ?? legacy.license }]
  if (Array.isArray(legacy.keywords)) m.subjects = (legacy.keywords as string[]).map((subject) => ({ subject }))
  const rels = Array.isArray(legacy.related_identifiers) ? (legacy.related_identifiers as Meta[]) : []
  const related = rels.filter((r) => r.relation !== 'isAlternateIdentifier')
  const alternate = rels.filter((r) => r.relation === 'isAlternateIdentifier')
  if (related.length > 0) {
    m.related_identifiers = related.map((r) => {
      const item: Meta = { identifier: r.identifier, scheme: r.scheme }
      if (typeof r.relation === 'string') item.relation_type = { id: r.relation.toLowerCase() }
      if (typeof r.resource_type === 'string') item.resource_type = { id: r.resource_type }
      return item
    })
  }
  if (alternate.length > 0) m.identifiers = alternate.map((r) => ({ identifier: r.identifier, scheme: r.scheme }))
  if (Array.isArray(legacy.dates)) {
    m.dates = (legacy.dates as Meta[]).flatMap((d) => {
      const start = d.start as string | undefined
      const end = d.end as string | undefined
      const date =
        start !== undefined && end !== undefined ? (start === end ? start : `${start}/${end}`) : (start ?? end)
      if (date === undefined) return []
      const out: Meta = { date, type: { id: String(d.type ?? 'other') } }
      if (typeof d.description === 'string') out.description = d.description
      return [out]
    })
  }
  if (Array.isArray(legacy.references))
    m.references = (legacy.references as string[]).map((reference) => ({ reference }))
  if (typeof legacy.language === 'string') m.languages = [{ id: legacy.language }]
  if (Array.isArray(legacy.locations)) {
    m.locations = {
      features: (legacy.locations as Meta[]).map((l) => {
        const f: Meta = { place: l.place }
        if (l.lat !== undefined && l.lon !== undefined) f.geometry = { type: 'Point', coordinates: [l.lon, l.lat] }
        if (typeof l.description === 'string') f.description = l.description
        return f
      })
    }
  }
  if (Array.isArray(legacy.grants)) {
    m.funding = (legacy.grants as Meta[]).map((g) => {
      const id = String(g.id)
      const [funder, award] = id.includes('::') ? id.split('::', 2) : ['10.13039/501100000780', id]
      return { funder: { id: funder }, award: { id: `${funder}::${award}` } }
    })
  }
  const extra: Meta[] = []
  if (typeof legacy.notes === 'string') extra.push({ description: legacy.notes, type: { id: 'notes' } })
  if (typeof legacy.method === 'string') extra.push({ description: legacy.method, type: { id: 'methods' } })
  if (extra.length > 0) m.additional_descriptions = extra

  const cf: Meta = {}
  const journal = pick(legacy, ['journal_title', 'journal_volume', 'journal_issue', 'journal_pages'])
  if (Object.keys(journal).length > 0) {
    cf['journal:journal'] = Object.fromEntries(Object.entries(journal).map(([k, v]) => [k.slice(8), v]))
  }
  const meeting = pick(legacy, ['conference_title', 'conference_acronym', 'conference_dates', 'conference_place'])
  Object.assign(meeting, pick(legacy, ['conference_url', 'conference_session', 'conference_session_part']))
  if (Object.keys(meeting).length > 0) {
    cf['meeting:meeting'] = Object.fromEntries(Object.entries(meeting).map(([k, v]) => [k.slice(11), v]))
  }
  const imprint: Meta = {}
  if (legacy.partof_title !== undefined) imprint.title = legacy.partof_title
  if (legacy.partof_pages !== undefined) imprint.pages = legacy.partof_pages
  if (legacy.imprint_isbn !== undefined) imprint.isbn = legacy.imprint_isbn
  if (legacy.imprint_place !== undefined) imprint.place = legacy.imprint_place
  if (Object.keys(imprint).length > 0) cf['imprint:imprint'] = imprint
  if (legacy.thesis_university !== undefined) cf['thesis:thesis'] = { university: legacy.thesis_university }
  if (isObj(legacy.custom)) Object.assign(cf, legacy.custom)
  if (Array.isArray(legacy.communities)) {
    cf['legacy:communities'] = (legacy.communities as Meta[]).map((c) => c.identifier)
  }
  if (Array.isArray(legacy.subjects)) cf['legacy:subjects'] = legacy.subjects

  const access = defaultAccess()
  if (legacy.access_right === 'restricted' || legacy.access_right === 'closed') access.files = 'restricted'
  if (legacy.access_right === 'embargoed') {
    access.files = 'restricted'
    access.embargo = { active: true, until: String(legacy.embargo_date) }
  }
  const pids: Record<string, RdmPid> = {}
  const externalDoi = typeof legacy.doi === 'string' ? legacy.doi : undefined
  if (externalDoi !== undefined) pids.doi = { identifier: externalDoi, provider: 'external' }
  else if (doi !== undefined) pids.doi = { identifier: doi, provider: 'datacite', client: 'datacite' }
  return { metadata: m, custom_fields: cf, access, files: { enabled: true, order: [] }, pids }
}

function nativePersonToLegacy(p: Meta): Meta {
  const po = isObj(p.person_or_org) ? p.person_or_org : {}
  const out: Meta = {}
  if (po.type === 'personal') {
    const family = typeof po.family_name === 'string' ? po.family_name : ''
    const given = typeof po.given_name === 'string' ? po.given_name : ''
    out.name = given !== '' ? `${family}, ${given}` : family
  } else if (typeof po.name === 'string') out.name = po.name
  const affs = Array.isArray(p.affiliations) ? (p.affiliations as Meta[]) : []
  if (affs.length > 0 && typeof affs[0].name === 'string') out.affiliation = affs[0].name
  for (const id of Array.isArray(po.identifiers) ? (po.identifiers as Meta[]) : []) {
    if (id.scheme === 'orcid' || id.scheme === 'gnd') out[id.scheme] = id.identifier
  }
  return out
}

/**
 * The legacy deposit metadata of a native document (the form the legacy API prints), the way
 * Zenodo's legacy serializer reads an RDM record.
 */
export function rdmToLegacy(doc: RdmDoc): Meta {
  const m = doc.metadata
  const out: Meta = {}
  const rt = isObj(m.resource_type) && typeof m.resource_type.id === 'string' ? m.resource_type.id : undefined
  if (rt !== undefined) {
    const dash = rt.indexOf('-')
    out.upload_type = dash === -1 ? rt : rt.slice(0, dash)
    if (dash !== -1) out[`${out.upload_type as string}_type`] = rt.slice(dash + 1)
  }
  Object.assign(out, pick(m, ['title', 'description', 'publication_date', 'version']))
  if (typeof m.publisher === 'string') out.imprint_publisher = m.publisher
  if (doc.access.files === 'restricted' || doc.access.record === 'restricted') {
    out.access_right = doc.access.embargo.active ? 'embargoed' : 'restricted'
    if (doc.access.embargo.active) out.embargo_date = doc.access.embargo.until
  } else out.access_right = 'open'
  const rights = Array.isArray(m.rights) ? (m.rights as Meta[]) : []
  if (rights.length > 0 && typeof rights[0].id === 'string') out.license = legacyLicense(rights[0].id)
  if (Array.isArray(m.creators)) out.creators = (m.creators as Meta[]).map(nativePersonToLegacy)
  if (Array.isArray(m.contributors)) {
    const people = (m.contributors as Meta[]).map((c) => {
      const p = nativePersonToLegacy(c)
      const role = isObj(c.role) && typeof c.role.id === 'string' ? c.role.id : undefined
      if (role !== undefined) p.type = ROLE_BY_ID.get(role) ?? role
      return p
    })
    if (people.length > 0) out.contributors = people
  }
  const keywords = (Array.isArray(m.subjects) ? (m.subjects as Meta[]) : [])
    .filter((s) => typeof s.subject === 'string')
    .map((s) => s.subject)
  if (keywords.length > 0) out.keywords = keywords
  const related = (Array.isArray(m.related_identifiers) ? (m.related_identifiers as Meta[]) : []).map((r) => {
    const item: Meta = { identifier: r.identifier }
    const rel = isObj(r.relation_type) ? String(r.relation_type.id) : undefined
    if (rel !== undefined) item.relation = RELATION_BY_ID.get(rel) ?? rel
    if (isObj(r.resource_type)) item.resource_type = r.resource_type.id
    item.scheme = r.scheme
    return item
  })
  const alternate = (Array.isArray(m.identifiers) ? (m.identifiers as Meta[]) : []).map((r) => ({
    identifier: r.identifier,
    relation: 'isAlternateIdentifier',
    scheme: r.scheme
  }))
  if (related.length + alternate.length > 0) out.related_identifiers = [...related, ...alternate]
  if (Array.isArray(m.dates)) {
    out.dates = (m.dates as Meta[]).map((d) => {
      const [start, end] = String(d.date).split('/')
      const date: Meta = { start, end: end ?? start }
      if (isObj(d.type)) date.type = d.type.id
      if (typeof d.description === 'string') date.description = d.description
      return date
    })
  }
  if (Array.isArray(m.references)) {
    out.references = (m.references as Meta[]).map((r) => r.reference).filter((r) => typeof r === 'string')
  }
  const langs = Array.isArray(m.languages) ? (m.languages as Meta[]) : []
  if (langs.length > 0) out.language = langs[0].id
  if (isObj(m.locations) && Array.isArray(m.locations.features)) {
    out.locations = (m.locations.features as Meta[]).map((f) => {
      const l: Meta = { place: f.place }
      const coords = isObj(f.geometry) && Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : undefined
      if (coords !== undefined) {
        l.lon = coords[0]
        l.lat = coords[1]
      }
      if (typeof f.description === 'string') l.description = f.description
      return l
    })
  }
  if (Array.isArray(m.funding)) {
    out.grants = (m.funding as Meta[]).flatMap((f) =>
      isObj(f.award) && typeof f.award.id === 'string' ? [{ id: f.award.id }] : []
    )
  }
  for (const d of Array.isArray(m.additional_descriptions) ? (m.additional_descriptions as Meta[]) : []) {
    const type = isObj(d.type) ? d.type.id : undefined
    if (type === 'notes') out.notes = d.description
    if (type === 'methods') out.method = d.description
  }
  const cf = doc.custom_fields
  const nested = (key: string, prefix: string, names: string[]): void => {
    const v = cf[key]
    if (!isObj(v)) return
    for (const n of names) if (typeof v[n] === 'string') out[`${prefix}${n}`] = v[n]
  }
  nested('journal:journal', 'journal_', ['title', 'volume', 'issue', 'pages'])
  nested('meeting:meeting', 'conference_', ['title', 'acronym', 'dates', 'place', 'url', 'session', 'session_part'])
  const imprint = cf['imprint:imprint']
  if (isObj(imprint)) {
    if (typeof imprint.title === 'string') out.partof_title = imprint.title
    if (typeof imprint.pages === 'string') out.partof_pages = imprint.pages
    if (typeof imprint.isbn === 'string') out.imprint_isbn = imprint.isbn
    if (typeof imprint.place === 'string') out.imprint_place = imprint.place
  }
  const thesis = cf['thesis:thesis']
  if (isObj(thesis) && typeof thesis.university === 'string') out.thesis_university = thesis.university
  if (Array.isArray(cf['legacy:communities'])) {
    out.communities = (cf['legacy:communities'] as string[]).map((identifier) => ({ identifier }))
  }
  if (Array.isArray(cf['legacy:subjects'])) out.subjects = cf['legacy:subjects']
  const custom = Object.fromEntries(
    Object.entries(cf).filter(
      ([k]) =>
        !['journal:journal', 'meeting:meeting', 'imprint:imprint', 'thesis:thesis'].includes(k) &&
        !k.startsWith('legacy:')
    )
  )
  if (Object.keys(custom).length > 0) out.custom = custom
  const doi = doc.pids.doi
  if (doi !== undefined && doi.provider === 'external' && doi.identifier !== '') out.doi = doi.identifier
  return out
}

// The legacy deposit metadata as Zenodo's compatibility layer reads and writes it (zenodo/zenodo-rdm
// site/zenodo_rdm/legacy/deserializers/schemas.py reads it, site/zenodo_rdm/legacy/serializers/schemas/
// legacyjson.py prints it back): shape errors at create/update, defaults, the legacy output form,
// and the checks made at publish.
import { type FieldError, validationError, todayUtc } from './util.js'

export type Meta = Record<string, unknown>

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined)
const strList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []

// Plain string fields kept as given (custom fields, notes, imprint, ...).
const STRING_FIELDS = [
  'title',
  'description',
  'publication_date',
  'notes',
  'method',
  'version',
  'journal_title',
  'journal_volume',
  'journal_issue',
  'journal_pages',
  'conference_title',
  'conference_acronym',
  'conference_dates',
  'conference_place',
  'conference_url',
  'conference_session',
  'conference_session_part',
  'imprint_isbn',
  'imprint_place',
  'partof_title',
  'partof_pages',
  'thesis_university'
]
const LIST_FIELDS = [
  'creators',
  'contributors',
  'thesis_supervisors',
  'keywords',
  'references',
  'grants',
  'locations',
  'dates',
  'subjects'
]

// ---------------------------------------------------------------------------------------------
// Licences: RDM ids (SPDX, lower case) and the legacy aliases Zenodo still accepts.

export const RDM_LICENSES = new Set([
  '0bsd',
  'afl-3.0',
  'agpl-3.0-only',
  'agpl-3.0-or-later',
  'apache-1.0',
  'apache-1.1',
  'apache-2.0',
  'artistic-2.0',
  'bsd-1-clause',
  'bsd-2-clause',
  'bsd-3-clause',
  'bsd-3-clause-clear',
  'bsd-4-clause',
  'bsl-1.0',
  'cc-by-1.0',
  'cc-by-2.0',
  'cc-by-2.5',
  'cc-by-3.0',
  'cc-by-3.0-us',
  'cc-by-4.0',
  'cc-by-nc-2.0',
  'cc-by-nc-3.0',
  'cc-by-nc-4.0',
  'cc-by-nc-nd-3.0',
  'cc-by-nc-nd-4.0',
  'cc-by-nc-sa-3.0',
  'cc-by-nc-sa-4.0',
  'cc-by-nd-3.0',
  'cc-by-nd-4.0',
  'cc-by-sa-1.0',
  'cc-by-sa-2.0',
  'cc-by-sa-3.0',
  'cc-by-sa-4.0',
  'cc-pddc',
  'cc0-1.0',
  'cddl-1.0',
  'cddl-1.1',
  'cecill-2.1',
  'cecill-b',
  'cecill-c',
  'cern-ohl-p-2.0',
  'cern-ohl-s-2.0',
  'cern-ohl-w-2.0',
  'ecl-2.0',
  'epl-1.0',
  'epl-2.0',
  'etalab-2.0',
  'eupl-1.1',
  'eupl-1.2',
  'gfdl-1.3-only',
  'gfdl-1.3-or-later',
  'gpl-1.0-or-later',
  'gpl-2.0-only',
  'gpl-2.0-or-later',
  'gpl-3.0-only',
  'gpl-3.0-or-later',
  'isc',
  'lgpl-2.1-only',
  'lgpl-2.1-or-later',
  'lgpl-3.0-only',
  'lgpl-3.0-or-later',
  'lppl-1.3c',
  'mit',
  'mit-0',
  'mpl-1.1',
  'mpl-2.0',
  'ms-pl',
  'ms-rl',
  'ncsa',
  'odbl-1.0',
  'odc-by-1.0',
  'ofl-1.1',
  'ogl-uk-3.0',
  'osl-3.0',
  'pddl-1.0',
  'postgresql',
  'psf-2.0',
  'python-2.0',
  'unlicense',
  'upl-1.0',
  'w3c',
  'wtfpl',
  'x11',
  'zlib',
  'zpl-2.1',
  'other-open',
  'other-at',
  'other-nc',
  'other-closed',
  'other-pd',
  'notspecified'
])
const LICENSE_ALIASES: Record<string, string> = {
  'cc-zero': 'cc0-1.0',
  cc0: 'cc0-1.0',
  'cc-by': 'cc-by-4.0',
  'cc-by-sa': 'cc-by-sa-4.0',
  'cc-nc': 'cc-by-nc-4.0',
  'mit-license': 'mit',
  'apache2.0': 'apache-2.0',
  apache: 'apache-2.0',
  'bsl1.0': 'bsl-1.0',
  'artistic-license-2.0': 'artistic-2.0',
  'eclipse-1.0': 'epl-1.0',
  ecl2: 'ecl-2.0',
  'gpl-2.0': 'gpl-2.0-only',
  'gpl-3.0': 'gpl-3.0-only',
  'lgpl-2.1': 'lgpl-2.1-only',
  'lgpl-3.0': 'lgpl-3.0-only',
  'agpl-3.0': 'agpl-3.0-only',
  'agpl-v3': 'agpl-3.0-only',
  'isc-license': 'isc',
  'zlib-license': 'zlib',
  'odc-by': 'odc-by-1.0',
  'odc-odbl': 'odbl-1.0',
  'odc-pddl': 'pddl-1.0',
  'uk-ogl': 'ogl-uk-3.0',
  mozilla: 'mpl-1.1',
  'mozilla1.1': 'mpl-1.1',
  'uoi-ncsa': 'ncsa',
  php: 'psf-2.0'
}

export function rdmLicense(id: string): string | undefined {
  const lower = id.trim().toLowerCase()
  if (RDM_LICENSES.has(lower)) return lower
  return LICENSE_ALIASES[lower]
}

/** The legacy id Zenodo prints: the RDM id, except CC0 which comes out as "cc-zero" [test]. */
export const legacyLicense = (rdm: string): string => (rdm === 'cc0-1.0' ? 'cc-zero' : rdm)

// ---------------------------------------------------------------------------------------------
// Vocabularies.

/** Valid resource type ids at publish (zenodo/zenodo-rdm app_data/vocabularies/resource_types.yaml). */
export const RESOURCE_TYPES = new Set([
  'publication',
  ...[
    'annotationcollection',
    'book',
    'section',
    'conferencepaper',
    'conferenceproceeding',
    'datamanagementplan',
    'journal',
    'article',
    'patent',
    'peerreview',
    'preprint',
    'deliverable',
    'milestone',
    'proposal',
    'report',
    'softwaredocumentation',
    'taxonomictreatment',
    'technicalnote',
    'workingpaper',
    'datapaper',
    'dissertation',
    'standard',
    'studyregistration',
    'other'
  ].map((s) => `publication-${s}`),
  'poster',
  'presentation',
  'event',
  'dataset',
  'image',
  ...['figure', 'plot', 'drawing', 'diagram', 'photo', 'other'].map((s) => `image-${s}`),
  'model',
  'video',
  'audio',
  'software',
  'software-computationalnotebook',
  'lesson',
  'other',
  'physicalobject',
  'workflow',
  'project',
  'instrument'
])

const RESOURCE_TITLES: Record<string, string> = {
  'publication-article': 'Journal article',
  'publication-book': 'Book',
  'publication-section': 'Book section',
  'publication-conferencepaper': 'Conference paper',
  'publication-preprint': 'Preprint',
  'publication-report': 'Report',
  'publication-dissertation': 'Thesis',
  'publication-softwaredocumentation': 'Software documentation',
  'software-computationalnotebook': 'Computational notebook',
  physicalobject: 'Physical object'
}

export function resourceTypeOf(meta: Meta): { id: string; type: string; subtype?: string } | undefined {
  const type = str(meta.upload_type)
  if (type === undefined) return undefined
  const sub = str(meta[`${type}_type`])
  return { id: sub !== undefined ? `${type}-${sub}` : type, type, subtype: sub }
}

export function resourceTypeTitle(id: string): string {
  const known = RESOURCE_TITLES[id]
  if (known !== undefined) return known
  const last = id.split('-').pop() ?? id
  return last.charAt(0).toUpperCase() + last.slice(1)
}

// Legacy relation names by RDM relation id (Zenodo's RELATION_TYPE_MAPPING).
const RELATIONS = [
  'isCitedBy',
  'cites',
  'isSupplementTo',
  'isSupplementedBy',
  'isContinuedBy',
  'continues',
  'isDescribedBy',
  'describes',
  'hasMetadata',
  'isMetadataFor',
  'hasVersion',
  'isVersionOf',
  'isNewVersionOf',
  'isPreviousVersionOf',
  'isPartOf',
  'hasPart',
  'isPublishedIn',
  'isReferencedBy',
  'references',
  'isDocumentedBy',
  'documents',
  'isCompiledBy',
  'compiles',
  'isVariantFormOf',
  'isOriginalFormOf',
  'isIdenticalTo',
  'isReviewedBy',
  'reviews',
  'isDerivedFrom',
  'isSourceOf',
  'isRequiredBy',
  'requires',
  'isObsoletedBy',
  'obsoletes',
  'isAlternateIdentifier'
]
export const RELATION_BY_ID = new Map(RELATIONS.map((r) => [r.toLowerCase(), r]))

// DataCite contributor roles; Zenodo stores them lower-cased and prints them CamelCase.
const ROLES = [
  'ContactPerson',
  'DataCollector',
  'DataCurator',
  'DataManager',
  'Distributor',
  'Editor',
  'HostingInstitution',
  'Producer',
  'ProjectLeader',
  'ProjectManager',
  'ProjectMember',
  'RegistrationAgency',
  'RegistrationAuthority',
  'RelatedPerson',
  'Researcher',
  'ResearchGroup',
  'RightsHolder',
  'Sponsor',
  'Supervisor',
  'WorkPackageLeader',
  'Other'
]
export const ROLE_BY_ID = new Map(ROLES.map((r) => [r.toLowerCase(), r]))

export const ISO639_1: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  ru: 'rus',
  zh: 'zho',
  ja: 'jpn',
  ko: 'kor',
  ar: 'ara',
  pl: 'pol',
  sv: 'swe',
  da: 'dan',
  fi: 'fin',
  no: 'nor',
  el: 'ell',
  tr: 'tur',
  cs: 'ces',
  hu: 'hun',
  ro: 'ron',
  uk: 'ukr',
  ca: 'cat',
  la: 'lat',
  he: 'heb',
  hi: 'hin',
  th: 'tha',
  id: 'ind',
  fa: 'fas',
  bg: 'bul',
  hr: 'hrv'
}

/** Identifier scheme detection, in idutils' order of preference (subset). */
export function detectScheme(id: string): string | undefined {
  const v = id.trim()
  const tests: Array<[string, RegExp]> = [
    ['doi', /^(doi:\s*|https?:\/\/(dx\.)?doi\.org\/)?10\.\d+(\.\d+)*\/\S+$/i],
    ['ark', /^(ark:\/|https?:\/\/[^/\s]+\/ark:\/)\d+\/\S+$/i],
    ['handle', /^(hdl:\s*|(https?:\/\/)?hdl\.handle\.net\/)\S+\/\S+$/i],
    ['ads', /^(ads:)?\d{4}[A-Za-z]\S{13}[A-Za-z.:]$/i],
    ['arxiv', /^(arxiv:)?(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/i],
    ['orcid', /^(https?:\/\/orcid\.org\/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i],
    ['issn', /^\d{4}-\d{3}[\dX]$/i],
    ['isbn', /^(isbn:?\s*)?(97[89][- ]?)?\d{1,5}[- ]?\d{1,7}[- ]?\d{1,7}[- ]?[\dX]$/i],
    ['pmid', /^(pmid:)?\d+$/i],
    ['swh', /^swh:1:(cnt|dir|rel|rev|snp):[0-9a-f]{40}/i],
    ['urn', /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i],
    ['url', /^(https?|ftp):\/\/[^\s/$.?#][^\s]*$/i],
    ['handle', /^[^/.\s]+(\.[^/.\s]+)*\/\S+$/]
  ]
  return tests.find(([, re]) => re.test(v))?.[0]
}

// ---------------------------------------------------------------------------------------------
// Deserialising a create/update body.

export interface NormalizedInput {
  /** The legacy output form, without prereserve_doi (added when serialising). */
  metadata: Meta
}

/**
 * Validates the shape of a POST/PUT body and returns the metadata as Zenodo would print it back.
 * Shape errors are 400 at once; required fields (title, creators, upload type, ...) are only
 * checked at publish, so a draft may be created and updated without them.
 */
export function normalizeDepositBody(body: unknown, today = todayUtc()): NormalizedInput {
  if (body === undefined || body === null) body = {}
  if (!isObj(body)) throw validationError([{ field: '_schema', messages: ['Invalid input type.'] }])
  const errors: FieldError[] = []
  for (const key of Object.keys(body)) {
    if (key !== 'metadata') errors.push({ field: key, messages: ['Unknown field.'] })
  }
  const raw = body.metadata
  if (raw !== undefined && raw !== null && !isObj(raw)) {
    errors.push({ field: 'metadata', messages: ['Invalid input type.'] })
  }
  if (errors.length > 0) throw validationError(errors)
  // An empty body loads nothing: RDM's default access (open) is all that shows. The legacy
  // defaults (publication date, access right, ...) are filled in only when a metadata object is
  // present.
  if (!isObj(raw)) return { metadata: { access_right: 'open' } }
  const metadata = normalizeMetadata(raw, errors, today)
  if (errors.length > 0) throw validationError(errors)
  return { metadata }
}

function checkShapes(m: Meta, errors: FieldError[]): void {
  for (const f of STRING_FIELDS) {
    if (m[f] !== undefined && m[f] !== null && typeof m[f] !== 'string') {
      errors.push({ field: `metadata.${f}`, messages: ['Not a valid string.'] })
    }
  }
  for (const f of LIST_FIELDS) {
    if (m[f] !== undefined && m[f] !== null && !Array.isArray(m[f])) {
      errors.push({ field: `metadata.${f}`, messages: ['Not a valid list.'] })
    }
  }
  const lic = m.license
  if (lic !== undefined && lic !== null) {
    const id = typeof lic === 'string' ? lic : isObj(lic) && typeof lic.id === 'string' ? lic.id : null
    if (id === null) {
      errors.push({
        field: 'metadata.license',
        messages: ["Invalid license value provided (expected string, or object with 'id' key): " + JSON.stringify(lic)]
      })
    } else if (rdmLicense(id) === undefined) {
      errors.push({ field: 'metadata.license', messages: [`Invalid license provided: ${id}`] })
    }
  }
  const rel = m.related_identifiers
  if (rel !== undefined && rel !== null) {
    if (!Array.isArray(rel)) {
      errors.push({
        field: 'metadata.related_identifiers',
        messages: ['related_identifiers must be a list']
      })
    } else {
      rel.forEach((r, i) => {
        const field = `metadata.related_identifiers.${i}`
        if (!isObj(r)) {
          errors.push({ field, messages: ['Each related identifier must be an object'] })
        } else if (typeof r.relation !== 'string') {
          errors.push({
            field: `${field}.relation`,
            messages: [r.relation === undefined ? 'Missing data for required field.' : 'relation must be a string']
          })
        } else if (typeof r.identifier !== 'string' || r.identifier.trim() === '') {
          errors.push({ field: `${field}.identifier`, messages: ['Missing data for required field.'] })
        } else if (detectScheme(r.identifier) === undefined && str(r.scheme) === undefined) {
          errors.push({ field: `${field}.scheme`, messages: ['Missing scheme value.'] })
        }
      })
    }
  }
  const com = m.communities
  if (com !== undefined && com !== null) {
    const ok = Array.isArray(com) && com.every((c) => isObj(c) && typeof c.identifier === 'string')
    if (!ok) {
      errors.push({
        field: 'communities',
        messages: ["Communities must be an array of objects with an 'identifier' key."]
      })
    }
  }
  const access = m.access_right ?? 'open'
  const knownAccess =
    ['open', 'restricted', 'closed'].includes(access as string) ||
    (access === 'embargoed' && str(m.embargo_date) !== undefined)
  if (!knownAccess) errors.push({ field: '_schema', messages: ['Unknown access type.'] })
  const lang = m.language
  if (lang !== undefined && lang !== null && (typeof lang !== 'string' || (lang.length !== 2 && lang.length !== 3))) {
    errors.push({
      field: 'metadata.language',
      messages: ['Language must be either ISO-639-1 or 639-2 compatible.']
    })
  }
  for (const f of ['creators', 'contributors', 'thesis_supervisors', 'grants', 'locations', 'dates']) {
    const list = m[f]
    if (!Array.isArray(list)) continue
    list.forEach((item, i) => {
      if (!isObj(item)) errors.push({ field: `metadata.${f}.${i}`, messages: ['Invalid input type.'] })
    })
  }
  if (Array.isArray(m.locations)) {
    m.locations.forEach((l, i) => {
      if (isObj(l) && str(l.place) === undefined) {
        errors.push({
          field: `metadata.locations.${i}.place`,
          messages: ['Missing data for required field.']
        })
      }
    })
  }
}

/** "Doe, John" -> family Doe, given John; any other shape is all family name, as Zenodo splits creator names. */
export function splitName(name: unknown): { family: string; given: string } {
  const s = typeof name === 'string' ? name.trim() : ''
  const parts = s.split(',')
  if (parts.length === 2) return { family: parts[0].trim(), given: parts[1].trim() }
  return { family: s, given: '' }
}

function person(p: Record<string, unknown>): Meta {
  const { family, given } = splitName(p.name)
  const out: Meta = {}
  // "Family, Given" normalised; anything else (even a blank family name) as given, so that
  // publish can still tell the family name is missing.
  const name = family !== '' && given !== '' ? `${family}, ${given}` : typeof p.name === 'string' ? p.name.trim() : ''
  if (name !== '') out.name = name
  const aff = str(p.affiliation)
  if (aff !== undefined) out.affiliation = aff
  const orcid = str(p.orcid)
  if (orcid !== undefined) out.orcid = orcid.replace(/^orcid:/, '')
  const gnd = str(p.gnd)
  if (gnd !== undefined) out.gnd = gnd.replace(/^gnd:/, '')
  return out
}

function normalizeMetadata(m: Meta, errors: FieldError[], today: string): Meta {
  checkShapes(m, errors)
  if (errors.length > 0) return {}
  const out: Meta = {}
  const rt = resourceTypeOf(m)
  if (rt !== undefined) {
    out.upload_type = rt.type
    if (rt.subtype !== undefined) out[`${rt.type}_type`] = rt.subtype
  }
  for (const f of STRING_FIELDS) {
    const v = str(m[f])
    if (v !== undefined) out[f] = v
  }
  out.publication_date ??= today
  // The publisher is hard-coded for DataCite; the input value is ignored.
  out.imprint_publisher = 'Zenodo'

  const access = m.access_right ?? 'open'
  out.access_right = access === 'closed' ? 'restricted' : access
  if (access === 'embargoed') out.embargo_date = m.embargo_date
  let lic: string | undefined
  if (typeof m.license === 'string') lic = m.license
  else if (isObj(m.license)) lic = m.license.id as string
  if (lic !== undefined) {
    out.license = legacyLicense(rdmLicense(lic) as string)
  } else if (access === 'open' || access === 'embargoed') {
    out.license = legacyLicense(rt?.id === 'dataset' ? 'cc0-1.0' : 'cc-by-4.0')
  }

  const creators = (Array.isArray(m.creators) ? m.creators : []).filter(isObj).map(person)
  if (creators.length > 0) out.creators = creators
  // Supervisors become contributors with role Supervisor, listed first.
  const contributors = [
    ...(Array.isArray(m.thesis_supervisors) ? m.thesis_supervisors : [])
      .filter(isObj)
      .map((p) => ({ ...person(p), type: 'Supervisor' })),
    ...(Array.isArray(m.contributors) ? m.contributors : []).filter(isObj).map((p) => {
      const c = person(p)
      const type = str(p.type)
      if (type !== undefined) c.type = ROLE_BY_ID.get(type.toLowerCase()) ?? type
      return c
    })
  ]
  if (contributors.length > 0) out.contributors = contributors

  const keywords = strList(m.keywords)
  if (keywords.length > 0) out.keywords = keywords
  if (Array.isArray(m.subjects) && m.subjects.length > 0) out.subjects = m.subjects
  const refs = strList(m.references)
  if (refs.length > 0) out.references = refs

  // Alternate identifiers are stored apart and appended after the related ones on output.
  const rels = (Array.isArray(m.related_identifiers) ? m.related_identifiers : []).filter(isObj)
  const related: Meta[] = []
  const alternate: Meta[] = []
  for (const r of rels) {
    const identifier = r.identifier as string
    const scheme = detectScheme(identifier) ?? (r.scheme as string).toLowerCase()
    if (r.relation === 'isAlternateIdentifier') {
      alternate.push({ identifier, relation: 'isAlternateIdentifier', scheme })
      continue
    }
    const item: Meta = { identifier }
    const relation = RELATION_BY_ID.get((r.relation as string).toLowerCase())
    if (relation !== undefined) item.relation = relation
    const rtype = str(r.resource_type)
    if (rtype !== undefined) item.resource_type = rtype
    item.scheme = scheme
    related.push(item)
  }
  if (related.length + alternate.length > 0) out.related_identifiers = [...related, ...alternate]

  if (Array.isArray(m.communities) && m.communities.length > 0) {
    const slugs = [...new Set((m.communities as Meta[]).map((c) => c.identifier as string))]
    out.communities = slugs.map((identifier) => ({ identifier }))
  }
  const grants = (Array.isArray(m.grants) ? m.grants : [])
    .filter((g): g is Meta => isObj(g) && typeof g.id === 'string')
    .map((g) => ({ id: g.id }))
  if (grants.length > 0) out.grants = grants

  const locations = (Array.isArray(m.locations) ? m.locations : []).filter(isObj).map((l) => {
    const loc: Meta = { place: l.place }
    if (str(l.description) !== undefined) loc.description = l.description
    // Zenodo keeps the point only when both are truthy (so 0 is lost).
    if (Boolean(l.lat) && Boolean(l.lon)) {
      loc.lat = l.lat
      loc.lon = l.lon
    }
    return loc
  })
  if (locations.length > 0) out.locations = locations
  // Single dates lose their value on output; only ranges are dumped ([obs] zenodo#2594).
  const dates = (Array.isArray(m.dates) ? m.dates : []).filter(isObj).map((d) => {
    const date: Meta = {}
    if (str(d.start) !== undefined && str(d.end) !== undefined) {
      date.start = d.start
      date.end = d.end
    }
    if (str(d.type) !== undefined) date.type = (d.type as string).toLowerCase()
    if (str(d.description) !== undefined) date.description = d.description
    return date
  })
  if (dates.length > 0) out.dates = dates
  if (typeof m.language === 'string') {
    const lang = m.language.length === 3 ? m.language : ISO639_1[m.language.toLowerCase()]
    if (lang !== undefined) out.language = lang
  }
  // A DataCite DOI (10.5281/...) is Zenodo's to mint; any other DOI is stored as external.
  const doi = str(m.doi)
  if (doi !== undefined && !doi.startsWith('10.5281/')) out.doi = doi
  if (isObj(m.custom)) out.custom = m.custom
  return out
}

// ---------------------------------------------------------------------------------------------
// Publish validation (RDM metadata schema + draft files component).

const EDTF_DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

export function isEdtfDate(v: string): boolean {
  const parts = v.split('/')
  return parts.length <= 2 && parts.every((p) => EDTF_DAY.test(p))
}

export function validateForPublish(meta: Meta, fileCount: number): FieldError[] {
  const errors: FieldError[] = []
  const missing = ['Missing data for required field.']
  const rt = resourceTypeOf(meta)
  if (rt === undefined) errors.push({ field: 'metadata.resource_type', messages: missing })
  else if (!RESOURCE_TYPES.has(rt.id)) {
    errors.push({ field: 'metadata.resource_type', messages: [`Invalid value ${rt.id}.`] })
  }
  const creators = Array.isArray(meta.creators) ? (meta.creators as Meta[]) : []
  if (creators.length === 0) errors.push({ field: 'metadata.creators', messages: missing })
  creators.forEach((c, i) => {
    if (splitName(c.name).family === '') {
      errors.push({
        field: `metadata.creators.${i}.person_or_org.family_name`,
        messages: ['Family name cannot be blank.']
      })
    }
  })
  const title = typeof meta.title === 'string' ? meta.title : ''
  if (title === '') errors.push({ field: 'metadata.title', messages: missing })
  else if (title.trim().length < 3) {
    errors.push({ field: 'metadata.title', messages: ['Shorter than minimum length 3.'] })
  }
  const date = meta.publication_date
  if (typeof date !== 'string' || date === '') {
    errors.push({ field: 'metadata.publication_date', messages: missing })
  } else if (!isEdtfDate(date)) {
    errors.push({
      field: 'metadata.publication_date',
      messages: ['Please provide a valid date or interval.']
    })
  }
  if (typeof meta.description === 'string' && meta.description.trim().length < 3) {
    errors.push({ field: 'metadata.description', messages: ['Shorter than minimum length 3.'] })
  }
  if (fileCount === 0) {
    errors.push({
      field: 'files.enabled',
      messages: ['Missing uploaded files. To disable files for this record please mark it as ' + 'metadata-only.']
    })
  }
  return errors
}

// Zenodo's legacy deposit metadata (the `.zenodo.json` shape) ↔ InvenioRDM's native record
// metadata, field by field as Zenodo's own legacy layer converts it: zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/deserializers/metadata.py` and `schemas.py` (legacy → RDM), and
// `site/zenodo_rdm/legacy/serializers/schemas/common.py` and `legacyjson.py` (RDM → legacy).
// Pure functions: no I/O, no clock. Where this differs from Zenodo the comment says why.

import { isPlainObject } from './types.js'
import type { Creator, RelatedIdentifier, ZenodoMetadata } from './types.js'
import { KNOWN_FIELDS, RELATIONS, UPLOAD_TYPES } from './vocabulary.js'
import { licenseToRdm } from './sanitize.js'
import { stripOrcidUrl } from './orcid.js'

// ---------------------------------------------------------------------------------------
// The RDM side (only what this conversion writes or reads)

export interface RdmIdentifier {
  identifier: string
  scheme?: string
}

export interface RdmPersonOrOrg {
  type: 'personal' | 'organizational'
  name?: string
  family_name?: string
  given_name?: string
  identifiers?: RdmIdentifier[]
}

export interface RdmCreator {
  person_or_org: RdmPersonOrOrg
  affiliations?: Array<{ id?: string; name?: string }>
  role?: { id: string }
}

export interface RdmRelatedIdentifier extends RdmIdentifier {
  relation_type: { id: string }
  resource_type?: { id: string }
}

export interface RdmFunding {
  funder: { id?: string; name?: string }
  award?: { id?: string; number?: string; program?: string; title?: Record<string, string> }
}

export interface RdmLocation {
  place?: string
  description?: string
  geometry?: { type: 'Point'; coordinates: [number, number] }
}

export interface RdmMetadata {
  resource_type?: { id: string }
  title?: string
  publication_date?: string
  description?: string
  creators?: RdmCreator[]
  contributors?: RdmCreator[]
  publisher?: string
  version?: string
  rights?: Array<{ id?: string; title?: Record<string, string> }>
  subjects?: Array<{ id?: string; subject?: string }>
  related_identifiers?: RdmRelatedIdentifier[]
  identifiers?: RdmIdentifier[]
  dates?: Array<{ date: string; type: { id: string }; description?: string }>
  languages?: Array<{ id: string }>
  funding?: RdmFunding[]
  locations?: { features: RdmLocation[] }
  references?: Array<{ reference: string }>
  additional_descriptions?: Array<{ description: string; type: { id: string } }>
}

export interface RdmAccess {
  record: 'public' | 'restricted'
  files: 'public' | 'restricted'
  embargo?: { active: boolean; until?: string; reason?: string }
}

export interface RdmPids {
  doi?: { identifier: string; provider: string; client?: string }
}

/** A draft or record of the native API, or what toRdm builds for one. */
export interface RdmRecord {
  metadata?: RdmMetadata
  custom_fields?: Record<string, unknown> | null
  access?: RdmAccess
  pids?: RdmPids
}

export interface ToRdmOptions {
  /** zenodo.org or its sandbox: Zenodo's own custom fields and DOI prefix apply. */
  zenodo: boolean
  /** `metadata.publisher` when the file gives no `imprint_publisher`. */
  publisherDefault: string
}

export interface ToRdmResult {
  metadata: RdmMetadata
  custom_fields: Record<string, unknown>
  /** Absent when the file sets no `access_right`: the action's access inputs decide. */
  access?: RdmAccess
  pids?: RdmPids
  /** Community slugs from `communities`: never metadata, they go through request endpoints. */
  communities: string[]
  /** One per value that is dropped or cannot be sent to this repository. */
  warnings: string[]
}

// ---------------------------------------------------------------------------------------
// Vocabularies

// RDM relation id → legacy relation (common.py RELATION_TYPE_MAPPING).
const RELATION_BY_ID = new Map(RELATIONS.map((r) => [r.toLowerCase(), r]))

// RDM role id → legacy contributor type (common.py ROLE_TYPE_MAPPING, DataCite's roles).
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
const ROLE_BY_ID = new Map(ROLES.map((r) => [r.toLowerCase(), r]))

/**
 * RDM licence id → the legacy id Zenodo prints, where it is not the RDM id itself. Zenodo
 * inverts its legacy→RDM table, so the last legacy id of each RDM id wins, an old alias as
 * often as not (`mit` prints as `mit-license`, `cc0-1.0` as `cc-zero`; legacy/zenodo_legacy/
 * licenses.py RDM_TO_LEGACY_MAP over data/legacy_to_rdm_map.json).
 */
const RDM_LICENSE_TO_LEGACY: Readonly<Record<string, string>> = {
  aal: 'attribution',
  'agpl-3.0-only': 'apgl-v3',
  'apl-1.0': 'apl1.0',
  'apache-1.0': 'apache',
  'apache-2.0': 'apache2.0',
  'artistic-2.0': 'artistic-license-2.0',
  'bsd-1-clause': 'bsd-license',
  'bsd-2-clause': 'bsd-2-clause-netbsd',
  'bsl-1.0': 'bsl1.0',
  'catosl-1.1': 'ca-tosl1.1',
  'cc-by-1.0': 'cc-by',
  'cc-by-nc-2.0': 'cc-nc',
  'cc-by-sa-1.0': 'cc-by-sa',
  'cc0-1.0': 'cc-zero',
  'cddl-1.0': 'cddl1',
  'cpal-1.0': 'cpal_1.0',
  'cua-opl-1.0': 'cuaoffice',
  'ecl-2.0': 'ecl2',
  'efl-1.0': 'eiffel',
  'efl-2.0': 'ver2_eiffel',
  'epl-1.0': 'eclipse-1.0',
  'frameworx-1.0': 'frameworx',
  'gfdl-1.1-only': 'gfdl',
  'gpl-2.0-only': 'gpl-2.0',
  'gpl-3.0-only': 'gpl-3.0',
  ipa: 'ipafont',
  'ipl-1.0': 'ibmpl',
  isc: 'isc-license',
  intel: 'intel-osl',
  'lal-1.2': 'fal',
  'lgpl-2.1-only': 'lgpl-2.1',
  'lgpl-3.0-only': 'lgpl-3.0',
  'lpl-1.02': 'lucent1.02',
  mit: 'mit-license',
  'mpl-1.0': 'mozilla',
  'mpl-1.1': 'mozilla1.1',
  'nasa-1.3': 'nasa1.3',
  ncsa: 'uoi-ncsa',
  ngpl: 'nethack',
  'nposl-3.0': 'nosl3.0',
  ntp: 'ntp-license',
  'oclc-2.0': 'oclc2',
  'odc-by-1.0': 'odc-by',
  'odbl-1.0': 'odc-odbl',
  'ofl-1.0': 'openfont',
  'ogl-canada-2.0': 'canada-crown',
  'ogl-uk-1.0': 'uk-ogl',
  ogtsl: 'opengroup',
  'pddl-1.0': 'odc-pddl',
  'php-3.0': 'php',
  'psf-2.0': 'pythonsoftfoundation',
  'python-2.0': 'pythonpl',
  'rpl-1.5': 'rpl1.5',
  'rpsl-1.0': 'real',
  rscpl: 'ricohpl',
  sissl: 'sun-issl',
  smlnj: 'standardml-nj',
  'spl-1.0': 'sunpublic',
  'vsl-1.0': 'vovidapl',
  'watcom-1.0': 'sybase',
  'zpl-1.1': 'zpl',
  zlib: 'zlib-license'
}

/** The legacy licence id Zenodo's serializer prints for an RDM licence id. */
export function rdmLicenseToLegacy(id: string): string {
  return RDM_LICENSE_TO_LEGACY[id] ?? id
}

// Funder DOI → the ROR id of Zenodo's funder vocabulary (legacy/zenodo_legacy/funders.py).
// RCUK's awards moved to UKRI, so both DOIs resolve to UKRI.
const FUNDER_DOI_TO_ROR: Readonly<Record<string, string>> = {
  '10.13039/501100001665': '00rbzpz17',
  '10.13039/501100002341': '05k73zm37',
  '10.13039/501100000923': '05mmh0f86',
  '10.13039/100018231': '03zj4c476',
  '10.13039/501100000024': '01gavpb45',
  '10.13039/501100000780': '00k4n6c32',
  '10.13039/501100000806': '02k4b9v70',
  '10.13039/501100001871': '00snfqn58',
  '10.13039/501100002428': '013tf3c58',
  '10.13039/501100004488': '03n51vw80',
  '10.13039/501100004564': '01znas443',
  '10.13039/501100000925': '011kf5r70',
  '10.13039/100000002': '01cwqze88',
  '10.13039/501100000038': '01h531d29',
  '10.13039/100000001': '021nxhr62',
  '10.13039/501100003246': '04jsz6e67',
  '10.13039/501100000690': '001aqnf71',
  '10.13039/100014013': '001aqnf71',
  '10.13039/501100001602': '0271asj38',
  '10.13039/501100001711': '00yjd3n13',
  '10.13039/100001345': '006cvnv84',
  '10.13039/501100004410': '04w9kkr77',
  '10.13039/100004440': '029chgv08',
  '10.13039/501100006364': '03m8vkq32',
  '10.13039/501100011730': '00x0z1472'
}
const FUNDER_ROR_TO_DOI = new Map(Object.entries(FUNDER_DOI_TO_ROR).map(([doi, ror]) => [ror, doi]))
FUNDER_ROR_TO_DOI.set('001aqnf71', '10.13039/100014013')
// A grant id without "<funder DOI>::" is an FP7 project of the European Commission.
const EC_FUNDER_DOI = '10.13039/501100000780'

// ISO 639-1 → the 3-letter id of RDM's language vocabulary, as pycountry maps it for Zenodo's
// legacy layer (`alpha_2` → `alpha_3` of ISO 639-3; Debian's iso-codes 4.15 lists the same).
const ISO639_1 = new Map(
  (
    'aaaar ababk aeave afafr akaka amamh anarg arara asasm avava ayaym azaze babak bebel bgbul bibis bmbam ' +
    'bnben bobod brbre bsbos cacat ceche chcha cocos crcre csces cuchu cvchv cycym dadan dedeu dvdiv dzdzo ' +
    'eeewe elell eneng eoepo esspa etest eueus fafas ffful fifin fjfij fofao frfra fyfry gagle gdgla glglg ' +
    'gngrn guguj gvglv hahau heheb hihin hohmo hrhrv hthat huhun hyhye hzher iaina idind ieile igibo iiiii ' +
    'ikipk ioido isisl itita iuiku jajpn jvjav kakat kgkon kikik kjkua kkkaz klkal kmkhm knkan kokor krkau ' +
    'kskas kukur kvkom kwcor kykir lalat lbltz lglug lilim lnlin lolao ltlit lulub lvlav mgmlg mhmah mimri ' +
    'mkmkd mlmal mnmon mrmar msmsa mtmlt mymya nanau nbnob ndnde nenep ngndo nlnld nnnno nonor nrnbl nvnav ' +
    'nynya ococi ojoji omorm orori ososs papan pipli plpol pspus ptpor quque rmroh rnrun roron rurus rwkin ' +
    'sasan scsrd sdsnd sesme sgsag shhbs sisin skslk slslv smsmo snsna sosom sqsqi srsrp ssssw stsot susun ' +
    'svswe swswa tatam tetel tgtgk ththa titir tktuk tltgl tntsn toton trtur tstso tttat twtwi tytah uguig ' +
    'ukukr ururd uzuzb veven vivie vovol wawln wowol xhxho yiyid yoyor zazha zhzho zuzul'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), e.slice(2)])
)

/** RDM language id for a legacy language code (2 or 3 letters); undefined when unknown. */
export function languageToRdm(code: string): string | undefined {
  const c = code.trim().toLowerCase()
  if (/^[a-z]{3}$/.test(c)) return c
  return /^[a-z]{2}$/.test(c) ? ISO639_1.get(c) : undefined
}

// Legacy fields that only Zenodo defines as custom fields (schemas.py load_custom_fields).
const JOURNAL: Record<string, string> = {
  journal_title: 'title',
  journal_volume: 'volume',
  journal_issue: 'issue',
  journal_pages: 'pages'
}
const MEETING: Record<string, string> = {
  conference_title: 'title',
  conference_acronym: 'acronym',
  conference_dates: 'dates',
  conference_place: 'place',
  conference_url: 'url',
  conference_session: 'session',
  conference_session_part: 'session_part'
}
const IMPRINT: Record<string, string> = {
  partof_title: 'title',
  partof_pages: 'pages',
  imprint_isbn: 'isbn',
  imprint_place: 'place'
}
const THESIS: Record<string, string> = { thesis_university: 'university' }
const ZENODO_CUSTOM: Array<[string, Record<string, string>]> = [
  ['journal:journal', JOURNAL],
  ['meeting:meeting', MEETING],
  ['imprint:imprint', IMPRINT],
  ['thesis:thesis', THESIS]
]
// Custom-field namespaces the legacy serializer prints as legacy fields, not under `custom`.
const LEGACY_NAMESPACES = ['legacy:', 'thesis:', 'imprint:', 'meeting:', 'journal:', 'part_of:']

// ---------------------------------------------------------------------------------------
// Legacy → RDM

/**
 * The native API's `metadata`, `custom_fields`, `access` and `pids` for legacy metadata.
 * `communities` come back apart as slugs. Every value that is dropped (a Zenodo-only field
 * elsewhere, an unknown key, a language code without an id) gets a warning.
 */
export function toRdm(legacy: ZenodoMetadata, options: ToRdmOptions): ToRdmResult {
  const warnings: string[] = []
  const warn = (field: string, message: string): void => {
    warnings.push(`${field}: ${message}`)
  }
  const md: RdmMetadata = {}
  const custom: Record<string, unknown> = {}

  const type = text(legacy.upload_type)
  if (type !== undefined) {
    const sub = text(legacy[`${type}_type`])
    md.resource_type = { id: sub !== undefined ? `${type}-${sub}` : type }
  }
  for (const key of ['title', 'publication_date', 'description', 'version'] as const) {
    const value = text(legacy[key])
    if (value !== undefined) md[key] = value
  }

  const creators = list(legacy.creators).map(personToRdm)
  if (creators.length > 0) md.creators = creators
  // Supervisors first, as contributors with the role "supervisor".
  const contributors = [
    ...list(legacy.thesis_supervisors).map((p) => ({ ...personToRdm(p), role: { id: 'supervisor' } })),
    ...list(legacy.contributors).map((p) => {
      const c = personToRdm(p)
      const role = text(p.type)
      return role !== undefined ? { ...c, role: { id: role.toLowerCase() } } : c
    })
  ]
  if (contributors.length > 0) md.contributors = contributors

  md.publisher = text(legacy.imprint_publisher) ?? options.publisherDefault

  const rights = rightsToRdm(legacy, options.zenodo, warn)
  if (rights) md.rights = rights

  const keywords = strings(legacy.keywords)
  if (keywords.length > 0) md.subjects = keywords.map((subject) => ({ subject }))
  const subjects = list(legacy.subjects).filter(isPlainObject)
  if (subjects.length > 0) {
    if (options.zenodo) custom['legacy:subjects'] = subjects.map(legacySubject)
    else warn('subjects', "Zenodo's own custom field (legacy:subjects), which this repository lacks; dropped.")
  }

  relatedToRdm(list(legacy.related_identifiers), md, warn)

  const dates = datesToRdm(list(legacy.dates), warn)
  if (dates.length > 0) md.dates = dates

  if (legacy.language !== undefined) {
    const id = typeof legacy.language === 'string' ? languageToRdm(legacy.language) : undefined
    if (id !== undefined) md.languages = [{ id }]
    else warn('language', `${JSON.stringify(legacy.language)} is no ISO 639-1 or 639-2 code; dropped.`)
  }

  const funding = list(legacy.grants).flatMap((g) => grantToRdm(g, warn))
  if (funding.length > 0) md.funding = funding

  const features = list(legacy.locations).filter(isPlainObject).map(locationToRdm)
  if (features.length > 0) md.locations = { features }

  const references = strings(legacy.references)
  if (references.length > 0) md.references = references.map((reference) => ({ reference }))

  const descriptions: RdmMetadata['additional_descriptions'] = []
  const notes = text(legacy.notes)
  if (notes !== undefined) descriptions.push({ description: notes, type: { id: 'notes' } })
  const method = text(legacy.method)
  if (method !== undefined) descriptions.push({ description: method, type: { id: 'methods' } })
  if (descriptions.length > 0) md.additional_descriptions = descriptions

  for (const [name, fields] of ZENODO_CUSTOM) {
    const value: Record<string, string> = {}
    for (const [key, sub] of Object.entries(fields)) {
      const v = text(legacy[key])
      if (v !== undefined) value[sub] = v
    }
    const given = Object.keys(fields).filter((k) => text(legacy[k]) !== undefined)
    if (given.length === 0) continue
    if (options.zenodo) custom[name] = value
    else warn(given.join(', '), `Zenodo's own custom field (${name}), which this repository lacks; dropped.`)
  }
  // The file's own custom fields (e.g. dwc:*), as the legacy layer merges them.
  if (isPlainObject(legacy.custom)) Object.assign(custom, structuredClone(legacy.custom))

  const result: ToRdmResult = {
    metadata: md,
    custom_fields: custom,
    communities: list(legacy.communities)
      .filter(isPlainObject)
      .map((c) => c.identifier)
      .filter((s): s is string => typeof s === 'string' && s !== ''),
    warnings
  }
  const access = accessToRdm(legacy, warn)
  if (access) result.access = access
  const doi = text(legacy.doi)
  if (doi !== undefined) {
    // Zenodo mints 10.5281/ DOIs itself; any other DOI, or any DOI elsewhere, is external.
    result.pids = {
      doi:
        options.zenodo && doi.startsWith('10.5281/')
          ? { identifier: doi, provider: 'datacite', client: 'datacite' }
          : { identifier: doi, provider: 'external' }
    }
  }
  warnUnknown(legacy, type, warn)
  return result
}

function personToRdm(p: Creator | Record<string, unknown>): RdmCreator {
  const person: RdmPersonOrOrg = { type: 'personal' }
  const name = text(p.name)
  if (name !== undefined) {
    // Exactly one comma: "Family, Given". Anything else is all family name (the legacy
    // format cannot tell people from organisations).
    const parts = name.split(',')
    if (parts.length === 2) {
      person.family_name = parts[0].trim()
      const given = parts[1].trim()
      if (given !== '') person.given_name = given
    } else {
      person.family_name = name.trim()
    }
  }
  const identifiers: RdmIdentifier[] = []
  const orcid = text(p.orcid)
  if (orcid !== undefined) identifiers.push({ scheme: 'orcid', identifier: normalizeOrcidLike(orcid) })
  const gnd = text(p.gnd)
  // idutils' normalize_gnd form; the serializer strips the "gnd:" again.
  if (gnd !== undefined) identifiers.push({ scheme: 'gnd', identifier: `gnd:${gnd.replace(/^gnd:/i, '')}` })
  if (identifiers.length > 0) person.identifiers = identifiers
  const creator: RdmCreator = { person_or_org: person }
  const affiliation = text(p.affiliation)
  if (affiliation !== undefined) creator.affiliations = [{ name: affiliation }]
  return creator
}

// idutils' normalize_orcid: URL prefix off, dashes regrouped. Checking it is validate.ts's job.
function normalizeOrcidLike(value: string): string {
  const compact = stripOrcidUrl(value).replace(/[-\s]/g, '')
  if (compact.length !== 16) return stripOrcidUrl(value)
  return [0, 4, 8, 12].map((i) => compact.slice(i, i + 4)).join('-')
}

function rightsToRdm(
  legacy: ZenodoMetadata,
  zenodo: boolean,
  warn: (f: string, m: string) => void
): RdmMetadata['rights'] {
  const value = isPlainObject(legacy.license) ? legacy.license.id : legacy.license
  if (typeof value === 'string' && value.trim() !== '') {
    const id = licenseToRdm(value)
    if (id !== undefined) return [{ id }]
    warn('license', `${JSON.stringify(value)} is not a licence id; dropped.`)
    return undefined
  }
  // Zenodo's default for open and embargoed uploads (schemas.py load_default_license); it is
  // Zenodo's policy, not InvenioRDM's, so other repositories get no licence.
  const access = legacy.access_right ?? 'open'
  if (zenodo && (access === 'open' || access === 'embargoed')) {
    return [{ id: legacy.upload_type === 'dataset' ? 'cc0-1.0' : 'cc-by-4.0' }]
  }
  return undefined
}

function legacySubject(s: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of ['term', 'identifier', 'scheme']) if (s[key] !== undefined && s[key] !== null) out[key] = s[key]
  return out
}

function relatedToRdm(items: unknown[], md: RdmMetadata, warn: (f: string, m: string) => void): void {
  const related: RdmRelatedIdentifier[] = []
  const alternate: RdmIdentifier[] = []
  items.forEach((item, i) => {
    if (!isPlainObject(item) || typeof item.identifier !== 'string' || item.identifier.trim() === '') {
      warn(`related_identifiers[${i}]`, 'has no identifier; dropped.')
      return
    }
    const r = item as unknown as RelatedIdentifier
    const identifier = r.identifier.trim()
    // Zenodo detects the scheme from the identifier and ignores the one given; the given one
    // is kept where this detection knows no scheme, for the repository to check.
    const scheme = detectScheme(identifier) ?? text(r.scheme)?.toLowerCase()
    const base: RdmIdentifier = scheme !== undefined ? { identifier, scheme } : { identifier }
    if (r.relation === 'isAlternateIdentifier') {
      alternate.push(base)
      return
    }
    // Zenodo patches this historical typo (zenodo/zenodo#1366).
    const relation = r.relation === 'isOrignialFormOf' ? 'isOriginalFormOf' : r.relation
    if (typeof relation !== 'string' || relation.trim() === '') {
      warn(`related_identifiers[${i}].relation`, 'is missing; the identifier is dropped.')
      return
    }
    const out: RdmRelatedIdentifier = { ...base, relation_type: { id: relation.trim().toLowerCase() } }
    const resourceType = text(r.resource_type)
    if (resourceType !== undefined) out.resource_type = { id: resourceType }
    related.push(out)
  })
  if (related.length > 0) md.related_identifiers = related
  if (alternate.length > 0) md.identifiers = alternate
}

/**
 * The identifier scheme Zenodo would detect (idutils), for the unambiguous forms; undefined
 * where this cannot tell (then the given scheme is used).
 */
export function detectScheme(identifier: string): string | undefined {
  const v = identifier.trim()
  const tests: Array<[string, RegExp]> = [
    ['doi', /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d+(?:\.\d+)*\/\S+$/i],
    ['ark', /^(?:ark:\/|https?:\/\/[^/\s]+\/ark:\/)\d+\/\S+$/i],
    ['handle', /^(?:hdl:\s*|https?:\/\/hdl\.handle\.net\/)[^/\s]+\/\S+$/i],
    ['swh', /^swh:1:(?:cnt|dir|rel|rev|snp):[0-9a-f]{40}/i],
    ['arxiv', /^(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i],
    ['urn', /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i],
    ['url', /^(?:https?|ftp):\/\/[^\s/$.?#][^\s]*$/i]
  ]
  return tests.find(([, re]) => re.test(v))?.[0]
}

function datesToRdm(items: unknown[], warn: (f: string, m: string) => void): NonNullable<RdmMetadata['dates']> {
  const out: NonNullable<RdmMetadata['dates']> = []
  items.forEach((d, i) => {
    if (!isPlainObject(d)) return
    const start = text(d.start)
    const end = text(d.end)
    // EDTF level 0: a single date or a closed "start/end" interval.
    const date = start && end ? (start === end ? start : `${start}/${end}`) : (start ?? end)
    const type = text(d.type)
    if (date === undefined || type === undefined) {
      warn(`dates[${i}]`, `has no ${date === undefined ? 'start or end' : 'type'}; dropped.`)
      return
    }
    const entry: NonNullable<RdmMetadata['dates']>[number] = { date, type: { id: type.toLowerCase() } }
    const description = text(d.description)
    if (description !== undefined) entry.description = description
    out.push(entry)
  })
  return out
}

function grantToRdm(g: unknown, warn: (f: string, m: string) => void): RdmFunding[] {
  const id = isPlainObject(g) ? text(g.id) : undefined
  if (id === undefined) {
    warn('grants', `${JSON.stringify(g)} has no id; dropped.`)
    return []
  }
  const full = id.includes('::') ? id : `${EC_FUNDER_DOI}::${id}`
  const cut = full.indexOf('::')
  const funderDoi = full.slice(0, cut)
  const funder = FUNDER_DOI_TO_ROR[funderDoi] ?? funderDoi
  return [{ funder: { id: funder }, award: { id: `${funder}::${full.slice(cut + 2)}` } }]
}

function locationToRdm(l: Record<string, unknown>): RdmLocation {
  const feature: RdmLocation = {}
  const place = text(l.place)
  if (place !== undefined) feature.place = place
  // Zenodo keeps the point only when both are truthy, so a 0 loses it.
  if (typeof l.lat === 'number' && typeof l.lon === 'number' && l.lat && l.lon) {
    feature.geometry = { type: 'Point', coordinates: [l.lon, l.lat] }
  }
  const description = text(l.description)
  if (description !== undefined) feature.description = description
  return feature
}

function accessToRdm(legacy: ZenodoMetadata, warn: (f: string, m: string) => void): RdmAccess | undefined {
  const right = legacy.access_right
  const embargo = text(legacy.embargo_date)
  if (embargo !== undefined && right !== 'embargoed') {
    warn('embargo_date', 'is ignored unless access_right is "embargoed" (as on Zenodo).')
  }
  if (text(legacy.access_conditions) !== undefined) {
    // Zenodo does not convert it either; RDM keeps access-request terms on the parent record.
    warn('access_conditions', 'has no field in an RDM draft; dropped.')
  }
  if (right === undefined) return undefined
  if (right === 'open') return { record: 'public', files: 'public' }
  if (right === 'embargoed' && embargo !== undefined) {
    return { record: 'public', files: 'restricted', embargo: { active: true, until: embargo } }
  }
  if (right !== 'restricted' && right !== 'closed') {
    // Zenodo refuses this ("Unknown access type."); restricted files are the safe reading.
    warn(
      'access_right',
      `${JSON.stringify(right)}${right === 'embargoed' ? ' without embargo_date' : ''} is not an access Zenodo knows; the files are restricted.`
    )
  }
  // Closed becomes restricted: InvenioRDM has no closed access, and Zenodo no restricted records.
  return { record: 'public', files: 'restricted' }
}

function warnUnknown(legacy: ZenodoMetadata, type: string | undefined, warn: (f: string, m: string) => void): void {
  for (const key of Object.keys(legacy)) {
    if (KNOWN_FIELDS.has(key) || legacy[key] === undefined) continue
    const subtypeOf = key.endsWith('_type') ? key.slice(0, -'_type'.length) : undefined
    if (subtypeOf !== undefined && subtypeOf in UPLOAD_TYPES) {
      if (subtypeOf !== type) warn(key, `is ignored: upload_type is ${type === undefined ? 'not set' : `"${type}"`}.`)
      continue
    }
    warn(key, 'is not a Zenodo metadata field; ignored.')
  }
}

// ---------------------------------------------------------------------------------------
// RDM → legacy

/**
 * The legacy metadata Zenodo's serializer prints for a native draft or record (or for what
 * toRdm built), for comparing with the file's. Like Zenodo's: no `thesis_supervisors` (they
 * are contributors with type Supervisor), single dates without their value, the licence as
 * Zenodo's legacy id, alternate identifiers last among the related ones. Unlike Zenodo's: no
 * `communities` (they go through requests), no `prereserve_doi`, and no null values (Zenodo
 * prints `affiliation: null`, which comparisons drop anyway).
 */
export function fromRdm(rdm: RdmRecord): ZenodoMetadata {
  const md = rdm.metadata ?? {}
  const custom = isPlainObject(rdm.custom_fields) ? rdm.custom_fields : {}
  const out: ZenodoMetadata = {}

  const typeId = md.resource_type?.id
  if (typeId) {
    const parts = typeId.split('-')
    out.upload_type = parts[0]
    if (parts.length > 1) out[`${parts[0]}_type`] = parts[parts.length - 1]
  }
  for (const key of ['title', 'publication_date', 'description', 'version'] as const) {
    if (typeof md[key] === 'string') out[key] = md[key]
  }
  const doi = rdm.pids?.doi?.identifier
  if (doi) out.doi = doi

  // Records read back always carry access; a bare toRdm result without it is public.
  const access = rdm.access ?? { record: 'public', files: 'public' }
  out.access_right = access.files === 'public' ? 'open' : access.embargo?.active ? 'embargoed' : 'restricted'
  if (access.embargo?.until) out.embargo_date = access.embargo.until

  const creators = (md.creators ?? []).map(personFromRdm)
  if (creators.length > 0) out.creators = creators
  const contributors = (md.contributors ?? []).map((c) => {
    const person: Creator & { type?: string } = personFromRdm(c)
    const role = c.role?.id !== undefined ? ROLE_BY_ID.get(c.role.id) : undefined
    if (role !== undefined) person.type = role
    return person
  })
  if (contributors.length > 0) out.contributors = contributors

  const license = md.rights?.[0]?.id
  if (license) out.license = rdmLicenseToLegacy(license)

  // Subjects with an id come from a vocabulary; only free-text ones are keywords.
  const keywords = (md.subjects ?? []).filter((s) => !s.id && s.subject).map((s) => s.subject as string)
  if (keywords.length > 0) out.keywords = keywords
  if (Array.isArray(custom['legacy:subjects'])) out.subjects = custom['legacy:subjects']

  const related: RelatedIdentifier[] = []
  for (const r of md.related_identifiers ?? []) {
    const item = { identifier: r.identifier } as RelatedIdentifier
    const relation = RELATION_BY_ID.get(r.relation_type?.id ?? '')
    if (relation !== undefined) item.relation = relation
    if (r.resource_type?.id) item.resource_type = r.resource_type.id
    if (r.scheme) item.scheme = r.scheme
    related.push(item)
  }
  for (const a of md.identifiers ?? []) {
    const item: RelatedIdentifier = { identifier: a.identifier, relation: 'isAlternateIdentifier' }
    if (a.scheme) item.scheme = a.scheme
    related.push(item)
  }
  if (related.length > 0) out.related_identifiers = related

  const locations = (md.locations?.features ?? []).map((f) => {
    const loc: Record<string, unknown> = {}
    if (f.place) loc.place = f.place
    if (f.description) loc.description = f.description
    const coordinates = f.geometry?.coordinates
    if (coordinates) {
      loc.lon = coordinates[0]
      loc.lat = coordinates[1]
    }
    return loc
  })
  if (locations.length > 0) out.locations = locations

  const dates = (md.dates ?? []).map((d) => {
    const date: Record<string, unknown> = {}
    // Zenodo prints only intervals; a single date loses its value ([obs] zenodo/zenodo#2594).
    const interval = d.date.split('/')
    if (interval.length === 2) {
      date.start = interval[0]
      date.end = interval[1]
    }
    if (d.type?.id) date.type = d.type.id
    if (d.description) date.description = d.description
    return date
  })
  if (dates.length > 0) out.dates = dates

  const references = (md.references ?? []).map((r) => r.reference)
  if (references.length > 0) out.references = references
  const language = md.languages?.[0]?.id
  if (language) out.language = language

  const grants = (md.funding ?? []).flatMap(grantFromRdm)
  if (grants.length > 0) out.grants = grants

  // The first notes and the last methods, as Zenodo's serializer picks them.
  let notes: string | undefined
  let method: string | undefined
  for (const ad of md.additional_descriptions ?? []) {
    if (notes === undefined && ad.type?.id === 'notes') notes = ad.description
    if (ad.type?.id === 'methods') method = ad.description
  }
  if (notes) out.notes = notes
  if (method) out.method = method

  if (md.publisher) out.imprint_publisher = md.publisher
  for (const [name, fields] of ZENODO_CUSTOM) {
    const value = custom[name]
    if (!isPlainObject(value)) continue
    for (const [key, sub] of Object.entries(fields)) if (typeof value[sub] === 'string') out[key] = value[sub]
  }
  const own = Object.entries(custom).filter(([k]) => !LEGACY_NAMESPACES.some((ns) => k.startsWith(ns)))
  if (own.length > 0) out.custom = Object.fromEntries(own)
  return out
}

function personFromRdm(c: RdmCreator): Creator {
  const p = c.person_or_org ?? { type: 'personal' }
  const name = p.name ?? (p.given_name ? `${p.family_name ?? ''}, ${p.given_name}` : p.family_name)
  const out = {} as Creator
  if (name !== undefined) out.name = name
  const affiliation = c.affiliations?.[0]?.name
  if (affiliation) out.affiliation = affiliation
  for (const id of p.identifiers ?? []) {
    if (id.scheme === 'orcid') out.orcid = id.identifier.replace('orcid:', '')
    if (id.scheme === 'gnd') out.gnd = id.identifier.replace('gnd:', '')
  }
  return out
}

function grantFromRdm(f: RdmFunding): Array<{ id: string }> {
  const funderId = f.funder?.id
  // A vocabulary award read back has `number`; one toRdm built has only its id.
  const number = f.award?.number ?? f.award?.id?.split('::')[1]
  if (!funderId || !number) return []
  if (f.award?.program === 'FP7') return [{ id: number }]
  return [{ id: `${FUNDER_ROR_TO_DOI.get(funderId) ?? funderId}::${number}` }]
}

// ---------------------------------------------------------------------------------------
// Helpers

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined
}

function list(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : []
}

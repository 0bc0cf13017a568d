import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadMetadata } from '../../src/metadata/load.js'
import { detectScheme, fromRdm, languageToRdm, rdmLicenseToLegacy, toRdm } from '../../src/metadata/rdm.js'
import type { RdmRecord, ToRdmResult } from '../../src/metadata/rdm.js'
import type { ZenodoMetadata } from '../../src/metadata/types.js'

const SAMPLES = resolve('test/fixtures/samples')
const ZENODO = { zenodo: true, publisherDefault: 'Zenodo' }
const CALTECH = { zenodo: false, publisherDefault: 'data.caltech.edu' }

const RDM_KEYS = [
  'resource_type',
  'title',
  'publication_date',
  'description',
  'creators',
  'contributors',
  'publisher',
  'version',
  'rights',
  'subjects',
  'related_identifiers',
  'identifiers',
  'dates',
  'languages',
  'funding',
  'locations',
  'references',
  'additional_descriptions'
]
const EDTF = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/

/** What an RDM draft body must look like for the native API to take it field by field. */
function expectValidRdm(r: ToRdmResult): void {
  // Plain JSON: no undefined, no functions, nothing JSON would lose.
  expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  const md = r.metadata
  for (const key of Object.keys(md)) expect(RDM_KEYS).toContain(key)
  if (md.resource_type) expect(md.resource_type.id).toMatch(/^[a-z]+(-[a-z]+)?$/)
  expect(typeof md.publisher).toBe('string')
  expect(md.publisher!.length).toBeGreaterThan(0)
  for (const c of [...(md.creators ?? []), ...(md.contributors ?? [])]) {
    expect(Object.keys(c).every((k) => ['person_or_org', 'affiliations', 'role'].includes(k))).toBe(true)
    expect(c.person_or_org.type).toBe('personal')
    expect(c.person_or_org.family_name?.trim()).toBeTruthy()
    expect(c.person_or_org).not.toHaveProperty('name')
    for (const id of c.person_or_org.identifiers ?? []) {
      expect(['orcid', 'gnd']).toContain(id.scheme)
      if (id.scheme === 'orcid') expect(id.identifier).toMatch(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/)
    }
    for (const a of c.affiliations ?? []) expect(Object.keys(a)).toEqual(['name'])
    if (c.role) expect(c.role.id).toMatch(/^[a-z]+$/)
  }
  for (const right of md.rights ?? []) expect(right.id).toMatch(/^[a-z0-9][a-z0-9.+_-]*$/)
  for (const s of md.subjects ?? []) expect(typeof s.subject).toBe('string')
  for (const rel of md.related_identifiers ?? []) {
    expect(rel.relation_type.id).toMatch(/^[a-z]+$/)
    expect(rel.relation_type.id).not.toBe('isalternateidentifier')
    if (rel.scheme !== undefined) expect(rel.scheme).toMatch(/^[a-z0-9]+$/)
  }
  for (const lang of md.languages ?? []) expect(lang.id).toMatch(/^[a-z]{3}$/)
  for (const f of md.funding ?? []) expect(f.award?.id?.startsWith(`${f.funder.id}::`)).toBe(true)
  for (const d of md.dates ?? []) expect(d.date).toMatch(EDTF)
  if (md.publication_date) expect(md.publication_date).toMatch(EDTF)
  if (r.access) {
    expect(r.access.record).toBe('public')
    expect(['public', 'restricted']).toContain(r.access.files)
  }
  for (const key of Object.keys(r.custom_fields)) expect(key).toMatch(/^[a-z_-]+:[A-Za-z_]+/)
}

// How Zenodo's serializer prints the licence ids the samples use: the legacy id that its table
// lists last for the RDM id (legacy/zenodo_legacy/licenses.py RDM_TO_LEGACY_MAP).
const PRINTED_LICENSE: Record<string, string> = {
  'apache-2.0': 'apache2.0',
  mit: 'mit-license',
  'mit-license': 'mit-license',
  'bsd-2-clause': 'bsd-2-clause-netbsd',
  'bsd-3-clause': 'bsd-3-clause',
  'cc-by-4.0': 'cc-by-4.0',
  'gpl-3.0-or-later': 'gpl-3.0-or-later'
}

/**
 * The legacy metadata as Zenodo prints it back after taking `x`, for the fields the samples
 * use. Each rule is one normalisation Zenodo applies.
 */
function asZenodoPrintsIt(x: ZenodoMetadata, options: { zenodo: boolean; publisherDefault: string }): ZenodoMetadata {
  const out = structuredClone(x)
  // The licence comes back as one string: Zenodo's legacy id for the RDM id.
  if (out.license !== undefined) {
    const id = (typeof out.license === 'string' ? out.license : out.license.id).toLowerCase()
    expect(PRINTED_LICENSE).toHaveProperty([id])
    out.license = PRINTED_LICENSE[id]
  }
  // Zenodo gives an open upload without a licence its default: CC0 for datasets, else CC-BY.
  const open = (out.access_right ?? 'open') === 'open'
  if (options.zenodo && open && out.license === undefined) {
    out.license = out.upload_type === 'dataset' ? 'cc-zero' : 'cc-by-4.0'
  }
  // Communities are no metadata here: toRdm hands them back apart, for the request endpoints.
  delete out.communities
  // No access_right means open; the serializer always prints one.
  out.access_right ??= 'open'
  // The publisher always prints, as imprint_publisher.
  out.imprint_publisher ??= options.publisherDefault
  for (const key of ['creators', 'contributors'] as const) {
    for (const p of (out[key] as Array<Record<string, string>> | undefined) ?? []) {
      // Names are split on exactly one comma and stored trimmed: "Ćirić , Rastko" and
      // "Clark, Michael G. " come back as "Ćirić, Rastko" and "Clark, Michael G.".
      const parts = p.name.split(',')
      p.name = parts.length === 2 ? `${parts[0].trim()}, ${parts[1].trim()}` : p.name.trim()
      // ORCIDs are stored bare.
      if (p.orcid) p.orcid = p.orcid.replace(/^https?:\/\/orcid\.org\//, '')
    }
  }
  return out
}

describe('.zenodo.json samples through the native shape and back', () => {
  const files = readdirSync(join(SAMPLES, 'zenodo-json'))

  it('finds the samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(9)
  })

  it.each(files)('%s', (file) => {
    const raw = JSON.parse(readFileSync(join(SAMPLES, 'zenodo-json', file), 'utf8')) as Record<string, unknown>
    const x = (raw.metadata ?? raw) as ZenodoMetadata
    for (const options of [ZENODO, CALTECH]) {
      const rdm = toRdm(x, options)
      expectValidRdm(rdm)
      expect(rdm.warnings).toEqual([])
      expect(rdm.communities).toEqual((x.communities ?? []).map((c) => c.identifier))
      expect(fromRdm(rdm)).toEqual(asZenodoPrintsIt(x, options))
    }
  })
})

describe('CITATION.cff samples, as converted, through the native shape and back', () => {
  const files = readdirSync(join(SAMPLES, 'cff')).filter((f) => f.endsWith('.cff'))

  it.each(files)('%s', async (file) => {
    const { metadata } = await loadMetadata(join('cff', file), SAMPLES)
    const rdm = toRdm(metadata, ZENODO)
    expectValidRdm(rdm)
    expect(rdm.warnings).toEqual([])
    expect(fromRdm(rdm)).toEqual(asZenodoPrintsIt(metadata, ZENODO))
  })
})

// Every legacy field at once; values made up for the test.
const FULL: ZenodoMetadata = {
  upload_type: 'publication',
  publication_type: 'article',
  title: 'On the measurement of things',
  publication_date: '2024-03-01',
  description: '<p>What was measured.</p>',
  version: '2.1',
  doi: '10.1234/things.2024',
  creators: [
    { name: 'Doe, Jane', affiliation: 'CERN', orcid: 'https://orcid.org/0000-0002-1825-0097', gnd: '170118215' },
    { name: 'Ministry of Silly Walks, Department of Research, Unit 4' },
    { name: 'Lukas Snoek ' }
  ],
  contributors: [
    { name: 'Roe, Richard', type: 'DataCurator' },
    { name: 'Poe, Edgar', type: 'editor' }
  ],
  thesis_supervisors: [{ name: 'Moe, Mary', affiliation: 'Atlantis' }],
  license: 'cc-by',
  keywords: ['measurement', 'things'],
  subjects: [{ term: 'Astronomy', identifier: 'http://id.loc.gov/authorities/subjects/sh85009003', scheme: 'url' }],
  related_identifiers: [
    { identifier: '10.1234/other', relation: 'IsSupplementTo', scheme: 'doi' },
    { identifier: 'https://github.com/org/repo/tree/v2.1', relation: 'isSupplementTo' },
    { identifier: 'arXiv:2401.01234', relation: 'isAlternateIdentifier', scheme: 'arxiv' },
    { identifier: '10.1234/dataset', relation: 'isOrignialFormOf', resource_type: 'dataset' }
  ],
  dates: [
    { start: '2023-01-01', end: '2023-06-30', type: 'Collected', description: 'Field season' },
    { start: '2023-09-01', type: 'Valid' }
  ],
  language: 'de',
  grants: [{ id: '10.13039/501100000780::101000001' }, { id: '283595' }, { id: '10.13039/100000001::1429999' }],
  locations: [
    { place: 'Geneva', lat: 46.2, lon: 6.14, description: 'Lab' },
    { place: 'Null Island', lat: 0, lon: 0 }
  ],
  references: ['Doe J (2020) Earlier things.'],
  notes: 'Some notes',
  method: 'Careful counting',
  access_right: 'embargoed',
  embargo_date: '2030-01-31',
  journal_title: 'Journal of Things',
  journal_volume: '12',
  journal_issue: '3',
  journal_pages: '1-10',
  conference_title: 'Thingcon',
  conference_acronym: 'TC24',
  conference_dates: '1-3 May 2024',
  conference_place: 'Geneva',
  conference_url: 'https://thingcon.example.org',
  conference_session: 'VI',
  conference_session_part: '1',
  imprint_publisher: 'Thing Press',
  imprint_isbn: '978-3-16-148410-0',
  imprint_place: 'Geneva',
  partof_title: 'Collected Things',
  partof_pages: '100-120',
  thesis_university: 'University of Things',
  communities: [{ identifier: 'things' }, { identifier: 'zenodo' }],
  custom: { 'dwc:genus': ['Asynapteron'] },
  prereserve_doi: true
}

describe('toRdm, field by field', () => {
  const rdm = toRdm(FULL, ZENODO)

  it('writes valid-looking RDM and warns about nothing', () => {
    expectValidRdm(rdm)
    expect(rdm.warnings).toEqual([])
  })

  it('maps upload_type and its subtype to resource_type.id', () => {
    expect(rdm.metadata.resource_type).toEqual({ id: 'publication-article' })
    expect(toRdm({ upload_type: 'software' }, ZENODO).metadata.resource_type).toEqual({ id: 'software' })
  })

  it('splits a name on exactly one comma; everything else is the family name', () => {
    expect(rdm.metadata.creators).toEqual([
      {
        person_or_org: {
          type: 'personal',
          family_name: 'Doe',
          given_name: 'Jane',
          identifiers: [
            { scheme: 'orcid', identifier: '0000-0002-1825-0097' },
            { scheme: 'gnd', identifier: 'gnd:170118215' }
          ]
        },
        affiliations: [{ name: 'CERN' }]
      },
      {
        person_or_org: { type: 'personal', family_name: 'Ministry of Silly Walks, Department of Research, Unit 4' }
      },
      { person_or_org: { type: 'personal', family_name: 'Lukas Snoek' } }
    ])
  })

  it('puts supervisors first among the contributors and lower-cases roles into role ids', () => {
    expect(rdm.metadata.contributors).toEqual([
      {
        person_or_org: { type: 'personal', family_name: 'Moe', given_name: 'Mary' },
        affiliations: [{ name: 'Atlantis' }],
        role: { id: 'supervisor' }
      },
      { person_or_org: { type: 'personal', family_name: 'Roe', given_name: 'Richard' }, role: { id: 'datacurator' } },
      { person_or_org: { type: 'personal', family_name: 'Poe', given_name: 'Edgar' }, role: { id: 'editor' } }
    ])
  })

  it('maps the licence to an RDM id through Zenodo’s aliases', () => {
    expect(rdm.metadata.rights).toEqual([{ id: 'cc-by-4.0' }])
    const rights = (license: ZenodoMetadata['license']): unknown => toRdm({ license }, ZENODO).metadata.rights
    expect(rights('cc-zero')).toEqual([{ id: 'cc0-1.0' }])
    expect(rights({ id: 'Apache-2.0' })).toEqual([{ id: 'apache-2.0' }])
    expect(rights('MIT')).toEqual([{ id: 'mit' }])
    expect(rights('mit-license')).toEqual([{ id: 'mit' }])
    expect(rights('GPL-3.0')).toEqual([{ id: 'gpl-3.0-only' }])
    expect(rights('GPL-3.0+')).toEqual([{ id: 'gpl-3.0-or-later' }])
  })

  it("applies Zenodo's default licence on Zenodo only", () => {
    expect(toRdm({ upload_type: 'dataset' }, ZENODO).metadata.rights).toEqual([{ id: 'cc0-1.0' }])
    expect(toRdm({ upload_type: 'software' }, ZENODO).metadata.rights).toEqual([{ id: 'cc-by-4.0' }])
    expect(toRdm({ upload_type: 'software', access_right: 'restricted' }, ZENODO).metadata.rights).toBeUndefined()
    expect(toRdm({ upload_type: 'dataset' }, CALTECH).metadata.rights).toBeUndefined()
  })

  it('drops a licence that is no id, with a warning', () => {
    const r = toRdm({ license: 'see LICENSE.txt' }, ZENODO)
    expect(r.metadata.rights).toBeUndefined()
    expect(r.warnings).toEqual(['license: "see LICENSE.txt" is not a licence id; dropped.'])
  })

  it('turns keywords into free-text subjects and subjects into the legacy:subjects custom field', () => {
    expect(rdm.metadata.subjects).toEqual([{ subject: 'measurement' }, { subject: 'things' }])
    expect(rdm.custom_fields['legacy:subjects']).toEqual(FULL.subjects)
  })

  it('maps relations to lower-case ids, detects schemes, and splits off alternate identifiers', () => {
    expect(rdm.metadata.related_identifiers).toEqual([
      { identifier: '10.1234/other', scheme: 'doi', relation_type: { id: 'issupplementto' } },
      { identifier: 'https://github.com/org/repo/tree/v2.1', scheme: 'url', relation_type: { id: 'issupplementto' } },
      {
        identifier: '10.1234/dataset',
        scheme: 'doi',
        relation_type: { id: 'isoriginalformof' },
        resource_type: { id: 'dataset' }
      }
    ])
    expect(rdm.metadata.identifiers).toEqual([{ identifier: 'arXiv:2401.01234', scheme: 'arxiv' }])
  })

  it('writes dates as EDTF, ranges as intervals, with type ids', () => {
    expect(rdm.metadata.dates).toEqual([
      { date: '2023-01-01/2023-06-30', type: { id: 'collected' }, description: 'Field season' },
      { date: '2023-09-01', type: { id: 'valid' } }
    ])
  })

  it('maps a 2-letter language to its 3-letter id', () => {
    expect(rdm.metadata.languages).toEqual([{ id: 'deu' }])
    expect(languageToRdm('en')).toBe('eng')
    expect(languageToRdm('FR')).toBe('fra')
    expect(languageToRdm('eng')).toBe('eng')
    const r = toRdm({ language: 'xx' }, ZENODO)
    expect(r.metadata.languages).toBeUndefined()
    expect(r.warnings).toEqual(['language: "xx" is no ISO 639-1 or 639-2 code; dropped.'])
  })

  it('maps grants to funding with ROR funder ids; a bare id is an EC (FP7) grant', () => {
    expect(rdm.metadata.funding).toEqual([
      { funder: { id: '00k4n6c32' }, award: { id: '00k4n6c32::101000001' } },
      { funder: { id: '00k4n6c32' }, award: { id: '00k4n6c32::283595' } },
      { funder: { id: '021nxhr62' }, award: { id: '021nxhr62::1429999' } }
    ])
  })

  it('maps locations to features with [lon, lat] points (a 0 coordinate loses the point, as on Zenodo)', () => {
    expect(rdm.metadata.locations).toEqual({
      features: [
        { place: 'Geneva', geometry: { type: 'Point', coordinates: [6.14, 46.2] }, description: 'Lab' },
        { place: 'Null Island' }
      ]
    })
  })

  it('maps references, notes and method', () => {
    expect(rdm.metadata.references).toEqual([{ reference: 'Doe J (2020) Earlier things.' }])
    expect(rdm.metadata.additional_descriptions).toEqual([
      { description: 'Some notes', type: { id: 'notes' } },
      { description: 'Careful counting', type: { id: 'methods' } }
    ])
  })

  it('copies title, description, version, publication date and publisher', () => {
    const { title, description, version, publication_date, publisher } = rdm.metadata
    expect({ title, description, version, publication_date, publisher }).toEqual({
      title: FULL.title,
      description: FULL.description,
      version: '2.1',
      publication_date: '2024-03-01',
      publisher: 'Thing Press'
    })
    expect(toRdm({}, CALTECH).metadata.publisher).toBe('data.caltech.edu')
  })

  it("fills Zenodo's custom fields for journal, meeting, imprint and thesis, plus the file's own", () => {
    expect(rdm.custom_fields).toEqual({
      'legacy:subjects': FULL.subjects,
      'journal:journal': { title: 'Journal of Things', volume: '12', issue: '3', pages: '1-10' },
      'meeting:meeting': {
        title: 'Thingcon',
        acronym: 'TC24',
        dates: '1-3 May 2024',
        place: 'Geneva',
        url: 'https://thingcon.example.org',
        session: 'VI',
        session_part: '1'
      },
      'imprint:imprint': { title: 'Collected Things', pages: '100-120', isbn: '978-3-16-148410-0', place: 'Geneva' },
      'thesis:thesis': { university: 'University of Things' },
      'dwc:genus': ['Asynapteron']
    })
  })

  it('maps the access right to access, an embargo with its date', () => {
    expect(rdm.access).toEqual({
      record: 'public',
      files: 'restricted',
      embargo: { active: true, until: '2030-01-31' }
    })
    const access = (md: ZenodoMetadata): unknown => toRdm(md, ZENODO).access
    expect(access({ access_right: 'open' })).toEqual({ record: 'public', files: 'public' })
    expect(access({ access_right: 'restricted' })).toEqual({ record: 'public', files: 'restricted' })
    expect(access({ access_right: 'closed' })).toEqual({ record: 'public', files: 'restricted' })
    // Without access_right the action's access inputs decide.
    expect(access({})).toBeUndefined()
  })

  it('warns about access fields it cannot carry', () => {
    const r = toRdm({ access_right: 'open', embargo_date: '2030-01-01', access_conditions: 'Ask me' }, ZENODO)
    expect(r.access).toEqual({ record: 'public', files: 'public' })
    expect(r.warnings).toEqual([
      'embargo_date: is ignored unless access_right is "embargoed" (as on Zenodo).',
      'access_conditions: has no field in an RDM draft; dropped.'
    ])
    const bad = toRdm({ access_right: 'embargoed' }, ZENODO)
    expect(bad.access).toEqual({ record: 'public', files: 'restricted' })
    expect(bad.warnings[0]).toMatch(/^access_right: "embargoed" without embargo_date/)
  })

  it('makes a DOI an external PID unless it is a Zenodo DOI on Zenodo', () => {
    expect(rdm.pids).toEqual({ doi: { identifier: '10.1234/things.2024', provider: 'external' } })
    expect(toRdm({ doi: '10.5281/zenodo.123' }, ZENODO).pids).toEqual({
      doi: { identifier: '10.5281/zenodo.123', provider: 'datacite', client: 'datacite' }
    })
    expect(toRdm({ doi: '10.5281/zenodo.123' }, CALTECH).pids).toEqual({
      doi: { identifier: '10.5281/zenodo.123', provider: 'external' }
    })
    expect(toRdm({}, ZENODO).pids).toBeUndefined()
  })

  it('hands communities back as slugs, outside the metadata', () => {
    expect(rdm.communities).toEqual(['things', 'zenodo'])
    expect(rdm.metadata).not.toHaveProperty('communities')
    expect(rdm.custom_fields).not.toHaveProperty('legacy:communities')
  })

  it('drops what only Zenodo defines on another repository, naming each field', () => {
    const other = toRdm(FULL, CALTECH)
    expectValidRdm(other)
    expect(other.custom_fields).toEqual({ 'dwc:genus': ['Asynapteron'] })
    expect(other.warnings).toEqual([
      "subjects: Zenodo's own custom field (legacy:subjects), which this repository lacks; dropped.",
      "journal_title, journal_volume, journal_issue, journal_pages: Zenodo's own custom field (journal:journal), " +
        'which this repository lacks; dropped.',
      'conference_title, conference_acronym, conference_dates, conference_place, conference_url, ' +
        "conference_session, conference_session_part: Zenodo's own custom field (meeting:meeting), which this " +
        'repository lacks; dropped.',
      "partof_title, partof_pages, imprint_isbn, imprint_place: Zenodo's own custom field (imprint:imprint), " +
        'which this repository lacks; dropped.',
      "thesis_university: Zenodo's own custom field (thesis:thesis), which this repository lacks; dropped."
    ])
    // The rest is the same as on Zenodo.
    expect(other.metadata).toEqual({ ...rdm.metadata, publisher: 'Thing Press' })
  })

  it('warns about unknown keys and about a subtype of another upload type', () => {
    const r = toRdm({ upload_type: 'software', publication_type: 'article', autors: [] }, ZENODO)
    expect(r.metadata.resource_type).toEqual({ id: 'software' })
    expect(r.warnings).toEqual([
      'publication_type: is ignored: upload_type is "software".',
      'autors: is not a Zenodo metadata field; ignored.'
    ])
  })

  it('never mutates its input', () => {
    const copy = structuredClone(FULL)
    toRdm(copy, ZENODO)
    expect(copy).toEqual(FULL)
  })
})

describe('fromRdm', () => {
  it('prints FULL back as Zenodo would, modulo its normalisations', () => {
    const expected: ZenodoMetadata = structuredClone(FULL)
    // Zenodo's normalisations, one by one:
    // - the licence prints as its legacy id: cc-by → cc-by-4.0 → "cc-by-4.0";
    expected.license = 'cc-by-4.0'
    // - names trimmed; ORCIDs and GND ids bare;
    expected.creators = [
      { name: 'Doe, Jane', affiliation: 'CERN', orcid: '0000-0002-1825-0097', gnd: '170118215' },
      { name: 'Ministry of Silly Walks, Department of Research, Unit 4' },
      { name: 'Lukas Snoek' }
    ]
    // - supervisors print as contributors with type Supervisor, first; role ids print in
    //   DataCite's spelling;
    delete expected.thesis_supervisors
    expected.contributors = [
      { name: 'Moe, Mary', affiliation: 'Atlantis', type: 'Supervisor' },
      { name: 'Roe, Richard', type: 'DataCurator' },
      { name: 'Poe, Edgar', type: 'Editor' }
    ] as ZenodoMetadata['contributors']
    // - relations print in Zenodo's spelling (the typo fixed), every identifier with its detected
    //   scheme, alternate identifiers last;
    expected.related_identifiers = [
      { identifier: '10.1234/other', relation: 'isSupplementTo', scheme: 'doi' },
      { identifier: 'https://github.com/org/repo/tree/v2.1', relation: 'isSupplementTo', scheme: 'url' },
      { identifier: '10.1234/dataset', relation: 'isOriginalFormOf', resource_type: 'dataset', scheme: 'doi' },
      { identifier: 'arXiv:2401.01234', relation: 'isAlternateIdentifier', scheme: 'arxiv' }
    ]
    // - date types print as ids; a single date loses its value;
    expected.dates = [
      { start: '2023-01-01', end: '2023-06-30', type: 'collected', description: 'Field season' },
      { type: 'valid' }
    ]
    // - the language prints as its 3-letter id;
    expected.language = 'deu'
    // - grants print as "<funder DOI>::<award>", an FP7 one too unless the award says FP7;
    expected.grants = [
      { id: '10.13039/501100000780::101000001' },
      { id: '10.13039/501100000780::283595' },
      { id: '10.13039/100000001::1429999' }
    ]
    // - a point with a 0 coordinate is lost;
    expected.locations = [{ place: 'Geneva', lat: 46.2, lon: 6.14, description: 'Lab' }, { place: 'Null Island' }]
    // - no communities (they go through requests) and no prereserve_doi (output only).
    delete expected.communities
    delete expected.prereserve_doi
    expect(fromRdm(toRdm(FULL, ZENODO))).toEqual(expected)
  })

  it('reads a native record as Zenodo returns it (vocabulary entries resolved)', () => {
    const record: RdmRecord = {
      metadata: {
        resource_type: { id: 'image-photo' },
        title: 'A photo',
        publication_date: '2024',
        creators: [
          {
            person_or_org: {
              type: 'personal',
              name: 'Doe, Jane',
              family_name: 'Doe',
              given_name: 'Jane',
              identifiers: [{ scheme: 'orcid', identifier: '0000-0002-1825-0097' }]
            },
            affiliations: [{ id: '01ggx4157', name: 'CERN' }]
          },
          { person_or_org: { type: 'organizational', name: 'CERN' } }
        ],
        rights: [{ title: { en: 'My own licence' } }],
        subjects: [{ id: 'euroscivoc:425', subject: 'Astronomy' }, { subject: 'stars' }],
        funding: [
          {
            funder: { id: '00k4n6c32', name: 'European Commission' },
            award: { id: '00k4n6c32::283595', number: '283595', program: 'FP7' }
          },
          { funder: { id: '05k73zm37', name: 'Research Council of Finland' } }
        ],
        additional_descriptions: [
          { description: 'first', type: { id: 'notes' } },
          { description: 'second', type: { id: 'notes' } },
          { description: 'm1', type: { id: 'methods' } },
          { description: 'm2', type: { id: 'methods' } }
        ],
        publisher: 'Zenodo'
      },
      custom_fields: { 'legacy:communities': ['x'], 'ac:captureDevice': ['camera'] },
      access: { record: 'public', files: 'public', embargo: { active: false, until: '2020-01-01' } },
      pids: { doi: { identifier: '10.5281/zenodo.42', provider: 'datacite' } }
    }
    expect(fromRdm(record)).toEqual({
      upload_type: 'image',
      image_type: 'photo',
      title: 'A photo',
      publication_date: '2024',
      doi: '10.5281/zenodo.42',
      access_right: 'open',
      embargo_date: '2020-01-01',
      creators: [{ name: 'Doe, Jane', affiliation: 'CERN', orcid: '0000-0002-1825-0097' }, { name: 'CERN' }],
      keywords: ['stars'],
      grants: [{ id: '283595' }],
      notes: 'first',
      method: 'm2',
      imprint_publisher: 'Zenodo',
      custom: { 'ac:captureDevice': ['camera'] }
    })
  })

  it('prints access as Zenodo does', () => {
    const right = (access: RdmRecord['access']): unknown => fromRdm({ access }).access_right
    expect(right({ record: 'public', files: 'restricted' })).toBe('restricted')
    expect(right({ record: 'public', files: 'restricted', embargo: { active: true, until: '2030-01-01' } })).toBe(
      'embargoed'
    )
    expect(fromRdm({}).access_right).toBe('open')
  })

  it('prints licences with the legacy id Zenodo keeps for them', () => {
    expect(rdmLicenseToLegacy('cc0-1.0')).toBe('cc-zero')
    expect(rdmLicenseToLegacy('mit')).toBe('mit-license')
    expect(rdmLicenseToLegacy('cc-by-4.0')).toBe('cc-by-4.0')
    expect(rdmLicenseToLegacy('bsd-3-clause')).toBe('bsd-3-clause')
  })
})

describe('detectScheme', () => {
  it.each([
    ['10.5281/zenodo.1', 'doi'],
    ['https://doi.org/10.5281/zenodo.1', 'doi'],
    ['doi:10.1000/x', 'doi'],
    ['https://github.com/org/repo', 'url'],
    ['arXiv:2401.01234', 'arxiv'],
    ['hdl:20.500.12345/678', 'handle'],
    ['urn:nbn:de:0001-123', 'urn'],
    ['swh:1:dir:d198bc9d7a6bcf6db04f476d29314f157507d505', 'swh'],
    ['ark:/13030/tf5p30086k', 'ark']
  ])('%s is %s', (identifier, scheme) => {
    expect(detectScheme(identifier)).toBe(scheme)
  })

  it('leaves what it cannot tell to the given scheme', () => {
    expect(detectScheme('12345678')).toBeUndefined()
    const r = toRdm({ related_identifiers: [{ identifier: '12345678', relation: 'cites', scheme: 'PMID' }] }, ZENODO)
    expect(r.metadata.related_identifiers).toEqual([
      { identifier: '12345678', scheme: 'pmid', relation_type: { id: 'cites' } }
    ])
  })
})

import { describe, expect, it } from '@jest/globals'
import type { GitHubContext } from '../../src/github/context.js'
import { carriesMarker, identityFor, markerIdentifier } from '../../src/identity.js'
import { cleanForUpdate, mergeMetadata } from '../../src/metadata/merge.js'
import type { ZenodoMetadata } from '../../src/metadata/types.js'

const TAG: GitHubContext = {
  serverUrl: 'https://github.com',
  repository: 'octo/proj',
  ref: 'refs/tags/v1.2.0',
  sha: 'abc123',
  refType: 'tag',
  refName: 'v1.2.0'
}
const TREE = 'https://github.com/octo/proj/tree/v1.2.0'

/** Deep-freezes a value so any mutation throws. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(frozen)
    Object.freeze(value)
  }
  return value
}

describe('mergeMetadata', () => {
  it('existing < file < version input; top-level keys replace', () => {
    const existing = frozen<ZenodoMetadata>({
      title: 'Old title',
      description: 'Kept from the deposition',
      version: '0.9',
      keywords: ['old', 'words'],
      creators: [{ name: 'Old, Author' }],
      publication_date: '2020-01-01'
    })
    const fromFile = frozen<ZenodoMetadata>({
      title: 'New title',
      version: '1.0-from-file',
      keywords: ['new'],
      creators: [{ name: 'New, Author', orcid: '0000-0002-1825-0097' }]
    })
    const merged = mergeMetadata({ existing, fromFile, version: '1.2.0', today: '2026-01-02' })
    expect(merged).toEqual({
      title: 'New title',
      description: 'Kept from the deposition',
      version: '1.2.0',
      keywords: ['new'],
      creators: [{ name: 'New, Author', orcid: '0000-0002-1825-0097' }],
      publication_date: '2020-01-01'
    })
    // The result shares nothing with the inputs.
    merged.creators![0].name = 'changed'
    expect(fromFile.creators![0].name).toBe('New, Author')
  })

  it('file version wins over existing when no version input is given; blank input ignored', () => {
    const merged = mergeMetadata({
      existing: { version: '0.9' },
      fromFile: { version: '1.0' },
      version: '  ',
      today: '2026-01-02'
    })
    expect(merged.version).toBe('1.0')
  })

  it('undefined values in the file do not erase existing ones', () => {
    const merged = mergeMetadata({
      existing: { title: 'Keep me' },
      fromFile: { title: undefined },
      today: '2026-01-02'
    })
    expect(merged.title).toBe('Keep me')
  })

  it('publication_date defaults to today only when absent', () => {
    expect(mergeMetadata({ today: '2026-01-02' })).toEqual({ publication_date: '2026-01-02' })
    expect(mergeMetadata({ fromFile: { publication_date: '2021-08-09' }, today: '2026-01-02' }).publication_date).toBe(
      '2021-08-09'
    )
  })

  it('drops prereserve_doi and the deposition’s own DOI, keeps an external DOI', () => {
    const reserved = { doi: '10.5281/zenodo.1234568', recid: 1234568 }
    const own = mergeMetadata({
      existing: frozen({ title: 'x', doi: '10.5281/zenodo.1234568', prereserve_doi: reserved }),
      today: '2026-01-02'
    })
    expect(own).not.toHaveProperty('doi')
    expect(own).not.toHaveProperty('prereserve_doi')
    const external = mergeMetadata({
      existing: { doi: '10.1234/external', prereserve_doi: reserved },
      today: '2026-01-02'
    })
    expect(external.doi).toBe('10.1234/external')
    const fromFile = mergeMetadata({ fromFile: { prereserve_doi: true }, today: '2026-01-02' })
    expect(fromFile).not.toHaveProperty('prereserve_doi')
  })

  it('adds the GitHub tree link once, and not again on a re-merge', () => {
    const first = mergeMetadata({
      fromFile: frozen({
        related_identifiers: [{ identifier: '10.1/x', relation: 'cites', scheme: 'doi' }]
      }),
      identity: identityFor(TAG),
      today: '2026-01-02'
    })
    expect(first.related_identifiers).toEqual([
      { identifier: '10.1/x', relation: 'cites', scheme: 'doi' },
      { identifier: TREE, relation: 'isSupplementTo', resource_type: 'software', scheme: 'url' }
    ])
    const again = mergeMetadata({ existing: frozen(first), identity: identityFor(TAG), today: '2026-01-03' })
    expect(again.related_identifiers).toHaveLength(2)
    // The file replaces related_identifiers; the link comes back exactly once.
    const replaced = mergeMetadata({
      existing: first,
      fromFile: { related_identifiers: [] },
      identity: identityFor(TAG),
      today: '2026-01-03'
    })
    expect(replaced.related_identifiers).toEqual([markerIdentifier(identityFor(TAG))])
  })

  it('an existing link differing only by a trailing slash counts as present', () => {
    const merged = mergeMetadata({
      existing: { related_identifiers: [{ identifier: `${TREE}/`, relation: 'isSupplementTo' }] },
      identity: identityFor(TAG),
      today: '2026-01-02'
    })
    expect(merged.related_identifiers).toHaveLength(1)
  })

  it('without a GitHub context nothing is added', () => {
    expect(mergeMetadata({ fromFile: { title: 'x' }, today: '2026-01-02' })).not.toHaveProperty('related_identifiers')
  })
})

describe('carriesMarker', () => {
  it('recognises the tree link of this repo and ref only', () => {
    const md: ZenodoMetadata = { related_identifiers: [markerIdentifier(identityFor(TAG))] }
    expect(carriesMarker(identityFor(TAG), md)).toBe(true)
    expect(carriesMarker(identityFor({ ...TAG, refName: 'v1.3.0', ref: 'refs/tags/v1.3.0' }), md)).toBe(false)
    expect(carriesMarker(identityFor({ ...TAG, repository: 'octo/other' }), md)).toBe(false)
    expect(carriesMarker(identityFor(TAG), undefined)).toBe(false)
    expect(carriesMarker(identityFor(TAG), {})).toBe(false)
    expect(carriesMarker(identityFor(TAG), { related_identifiers: 'junk' as never })).toBe(false)
  })
})

describe('cleanForUpdate', () => {
  it('removes what a GET returns but a PUT refuses, keeps the rest', () => {
    const fromGet = frozen({
      title: 'T',
      upload_type: 'software',
      license: null,
      access_right: 'open',
      doi: '10.5281/zenodo.7',
      prereserve_doi: { doi: '10.5281/zenodo.7', recid: 7 },
      creators: [{ name: 'Doe, Jane', affiliation: null, orcid: '0000-0002-1825-0097' }],
      dates: [{ type: 'valid' }, { type: 'collected', start: '2020-01-01', end: '2020-02-01' }],
      grants: [{ id: '10.13039/501100000780::282672' }],
      custom_thing: { kept: true }
    }) as unknown as ZenodoMetadata
    const warnings: string[] = []
    const clean = cleanForUpdate(fromGet, (w) => warnings.push(w))
    expect(clean).toEqual({
      title: 'T',
      upload_type: 'software',
      access_right: 'open',
      creators: [{ name: 'Doe, Jane', orcid: '0000-0002-1825-0097' }],
      dates: [{ type: 'collected', start: '2020-01-01', end: '2020-02-01' }],
      grants: [{ id: '10.13039/501100000780::282672' }],
      custom_thing: { kept: true }
    })
    expect(warnings).toHaveLength(1)
  })

  it('is idempotent', () => {
    const md: ZenodoMetadata = { title: 'x', dates: [{ type: 'valid' }] }
    const once = cleanForUpdate(md)
    expect(cleanForUpdate(once)).toEqual(once)
    expect(once).not.toHaveProperty('dates')
  })
})

describe('mergeMetadata with the access inputs', () => {
  const fromFile = frozen<ZenodoMetadata>({ title: 'T', access_right: 'embargoed', embargo_date: '2031-01-01' })
  const merge = (access?: Parameters<typeof mergeMetadata>[0]['access'], existing?: ZenodoMetadata): ZenodoMetadata =>
    mergeMetadata({ existing, fromFile, access, today: '2026-03-15' })

  it('keeps the file’s access_right when no access input is given', () => {
    expect(merge()).toMatchObject({ access_right: 'embargoed', embargo_date: '2031-01-01' })
    expect(mergeMetadata({ fromFile: { title: 'T' }, today: '2026-03-15' })).not.toHaveProperty('access_right')
  })

  it('wins over the file: open and restricted drop its embargo_date', () => {
    const open = merge({ files: 'public' })
    expect(open.access_right).toBe('open')
    expect(open).not.toHaveProperty('embargo_date')
    const restricted = merge({ files: 'restricted' })
    expect(restricted.access_right).toBe('restricted')
    expect(restricted).not.toHaveProperty('embargo_date')
  })

  it('maps an embargo to embargoed with its date; the reason has no legacy field', () => {
    const md = merge({ files: 'restricted', embargo: { until: '2030-06-30', reason: 'Patent pending' } })
    expect(md).toMatchObject({ title: 'T', access_right: 'embargoed', embargo_date: '2030-06-30' })
    expect(JSON.stringify(md)).not.toContain('Patent pending')
  })

  it('wins over what the deposition already has, too', () => {
    const existing = frozen<ZenodoMetadata>({ title: 'Old', access_right: 'embargoed', embargo_date: '2029-01-01' })
    const md = mergeMetadata({ existing, fromFile: { title: 'T' }, access: { files: 'public' }, today: '2026-03-15' })
    expect(md.access_right).toBe('open')
    expect(md).not.toHaveProperty('embargo_date')
  })
})

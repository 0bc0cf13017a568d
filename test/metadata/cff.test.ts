import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { cffToZenodo } from '../../src/metadata/cff.js'
import { loadMetadata } from '../../src/metadata/load.js'
import { orcidProblem } from '../../src/metadata/orcid.js'
import type { ZenodoMetadata } from '../../src/metadata/types.js'

const SAMPLES = resolve('test/fixtures/samples/cff')
const FIXTURES = resolve('test/fixtures/metadata')

async function load(file: string): Promise<{ metadata: ZenodoMetadata; warnings: string[] }> {
  const loaded = await loadMetadata(file, SAMPLES)
  expect(loaded.source).toBe('cff')
  return loaded
}

/** Converts a CFF snippet; adds an author when the snippet has none, to keep warnings quiet. */
function convert(yamlText: string): { metadata: ZenodoMetadata; warnings: string[] } {
  const warnings: string[] = []
  const text = /^authors:/m.test(yamlText) ? yamlText : `${yamlText}\nauthors: [{name: Someone}]\n`
  const metadata = cffToZenodo(parse(text) as Record<string, unknown>, (w) => warnings.push(w))
  return { metadata, warnings }
}

const names = (md: ZenodoMetadata): string[] => (md.creators ?? []).map((c) => c.name)

describe('every sample CITATION.cff', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.cff'))

  it('finds the samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(13)
  })

  it.each(files)('%s converts to publishable basics', async (file) => {
    const { metadata } = await load(file)
    expect(typeof metadata.title).toBe('string')
    expect(metadata.title!.length).toBeGreaterThanOrEqual(3)
    expect(metadata.upload_type).toBe('software')
    expect(metadata.creators!.length).toBeGreaterThanOrEqual(1)
    for (const c of metadata.creators!) {
      expect(c.name.trim()).not.toBe('')
      if (c.orcid !== undefined) {
        expect(c.orcid).toMatch(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/)
        expect(orcidProblem(c.orcid)).toBeUndefined()
      }
    }
    if (metadata.license !== undefined) {
      expect(metadata.license).toBe(String(metadata.license).toLowerCase())
    }
    if (metadata.publication_date !== undefined) {
      expect(metadata.publication_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })
})

describe('specific samples', () => {
  it('xarray: 28 authors, ORCID URLs stripped, the repeated author kept with a warning', async () => {
    const { metadata, warnings } = await load('pydata__xarray.cff')
    expect(metadata.creators).toHaveLength(28)
    expect(metadata.creators![0]).toEqual({ name: 'Hoyer, Stephan', orcid: '0000-0002-5207-0380' })
    expect(JSON.stringify(metadata)).not.toContain('orcid.org')
    // Kept as cffconvert and Zenodo keep it: identical names may be different people.
    expect(names(metadata).filter((n) => n === 'Monroe, James')).toHaveLength(2)
    expect(warnings.join('\n')).toContain('"Monroe, James"')
    expect(names(metadata)).toContain('Bovy, Benoît')
    expect(metadata.related_identifiers).toEqual([
      { identifier: '10.5281/zenodo.598201', relation: 'isSupplementedBy', scheme: 'doi' },
      { identifier: 'https://github.com/pydata/xarray', relation: 'isSupplementedBy', scheme: 'url' }
    ])
    // preferred-citation is ignored, as cffconvert does.
    expect(metadata.title).toBe('xarray')
  })

  it('pandas: entity author as-is, licence, keywords, de-duplicated URLs', async () => {
    const { metadata } = await load('pandas-dev__pandas.cff')
    expect(metadata.creators).toEqual([{ name: 'The pandas development team' }])
    expect(metadata.title).toBe('pandas-dev/pandas: Pandas')
    expect(metadata.license).toBe('bsd-3-clause')
    expect(metadata.keywords).toEqual(['python', 'data science'])
    expect(metadata.related_identifiers).toEqual([
      { identifier: 'https://github.com/pandas-dev/pandas', relation: 'isSupplementedBy', scheme: 'url' }
    ])
    expect(metadata.description).toMatch(/^Pandas is a powerful/)
    expect(metadata).not.toHaveProperty('notes')
  })

  it('scikit-learn: entity author only, preferred-citation authors ignored', async () => {
    const { metadata } = await load('scikit-learn__scikit-learn.cff')
    expect(metadata.creators).toEqual([{ name: 'The scikit-learn developers' }])
    expect(metadata).not.toHaveProperty('license')
    expect(metadata).not.toHaveProperty('publication_date')
  })

  it('ESMValCore: name-particle goes into the family part; version kept as written', async () => {
    const { metadata } = await load('ESMValGroup__ESMValCore.cff')
    expect(metadata.creators).toContainEqual({
      name: 'de Mora, Lee',
      affiliation: 'PML, UK',
      orcid: '0000-0002-5080-3149'
    })
    expect(metadata.version).toBe('v2.15.0rc2')
    expect(metadata.publication_date).toBe('2026-06-30')
    expect(metadata.license).toBe('apache-2.0')
  })

  it('napari: 90 authors named from given/family (alias ignored), diacritics preserved', async () => {
    const { metadata, warnings } = await load('napari__napari.cff')
    expect(metadata.creators).toHaveLength(90)
    expect(names(metadata)).toContain('Weber Mendonça, Melissa')
    expect(names(metadata)).toContain('Rodríguez-Guerra, Jaime')
    expect(names(metadata)).not.toContain('jni')
    expect(metadata.creators).toContainEqual({
      name: 'Yamauchi, Kevin',
      affiliation: 'Iber Lab - ETH Zürich'
    })
    expect(warnings).toEqual([])
  })

  it('gdal: particle inside family-names, Ł kept', async () => {
    const { metadata } = await load('OSGeo__gdal.cff')
    expect(names(metadata)).toContain('Łoskot, Mateusz')
    expect(names(metadata).some((n) => n.startsWith('de Stigter, '))).toBe(true)
  })

  it('hyperfine: plain MIT; "MIT OR Apache-2.0" gives mit and a warning', async () => {
    const { metadata, warnings } = await load('sharkdp__hyperfine.cff')
    expect(metadata.license).toBe('mit')
    expect(warnings).toEqual([])
    const text = readFileSync(resolve(SAMPLES, 'sharkdp__hyperfine.cff'), 'utf8').replace(
      'license: MIT',
      'license: MIT OR Apache-2.0'
    )
    const dual = convert(text)
    expect(dual.metadata.license).toBe('mit')
    expect(dual.warnings).toHaveLength(1)
    expect(dual.warnings[0]).toContain('MIT OR Apache-2.0')
    expect(dual.metadata.creators).toEqual([{ name: 'Peter, David', orcid: '0000-0001-7950-9915' }])
    expect(dual.metadata.publication_date).toBe('2023-03-21')
  })

  it('citation-file-format: identifiers then doi become related_identifiers, no repeats', async () => {
    const { metadata } = await load('citation-file-format__citation-file-format.cff')
    expect(metadata.related_identifiers).toEqual([
      { identifier: '10.5281/zenodo.1003149', relation: 'isSupplementedBy', scheme: 'doi' },
      { identifier: '10.5281/zenodo.5171937', relation: 'isSupplementedBy', scheme: 'doi' }
    ])
    expect(metadata.license).toBe('cc-by-4.0')
    expect(metadata.keywords).toContain('YAML')
    expect(metadata.creators).toHaveLength(9)
  })

  it('matchms: quoted cff-version "1.1.0" and YAML document markers', async () => {
    const { metadata } = await load('matchms__matchms.cff')
    expect(metadata.title).toBe('matchms')
    expect(metadata.license).toBe('apache-2.0')
    expect(metadata.keywords).toEqual(['mass spectrometry', 'word2vec', 'similarity measures'])
    expect(metadata).not.toHaveProperty('version')
    expect(metadata.creators![1]).toEqual({ name: 'Rogers, Simon', affiliation: 'University of Glasgow' })
  })

  it('mne: entity handles kept as names, 456 authors, repeats reported once', async () => {
    const { metadata, warnings } = await load('mne-tools__mne-python.cff')
    expect(metadata.creators).toHaveLength(456)
    expect(names(metadata)).toEqual(expect.arrayContaining(['kjs', 'Lx37', 'Martin']))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/10 authors are listed more than once/)
  })

  it('cffr: GPL-3.0-or-later, dev version string, related identifiers de-duplicated', async () => {
    const { metadata } = await load('ropensci__cffr.cff')
    expect(metadata.license).toBe('gpl-3.0-or-later')
    expect(metadata.version).toBe('1.2.0.9000')
    const ids = metadata.related_identifiers!.map((r) => r.identifier)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('authors Zenodo would refuse', () => {
  it('drops an ORCID with a bad check digit, with a warning naming the author', async () => {
    const loaded = await loadMetadata('bad-orcid.cff', FIXTURES)
    expect(loaded.metadata.creators).toEqual([
      { name: 'Carberry, Josiah' },
      { name: 'Doe, Jane', orcid: '0000-0002-1825-0097' }
    ])
    expect(loaded.warnings).toHaveLength(1)
    expect(loaded.warnings[0]).toContain('Carberry, Josiah')
    expect(loaded.warnings[0]).toContain('0000-0002-1825-0098')
    expect(loaded.warnings[0]).toContain('check digit')
  })

  it('alias-only → alias as name; no name at all → dropped; particle and suffix kept', async () => {
    const loaded = await loadMetadata('odd-authors.cff', FIXTURES)
    expect(loaded.metadata.creators).toEqual([
      { name: 'octocat', affiliation: 'GitHub' },
      { name: 'van Beethoven Jr., Ludwig' },
      { name: 'Madonna' },
      { name: 'The Ministry of Silly Walks' }
    ])
    expect(loaded.warnings).toHaveLength(1)
    expect(loaded.warnings[0]).toMatch(/author 2 \(Nowhere Institute\).*dropped/)
    // YAML reads 1.10 as a number; the text as written is kept.
    expect(loaded.metadata.version).toBe('1.10')
  })

  // Leaving creators out lets the deposition's existing creators survive a merge.
  it('warns when authors is missing, and leaves creators out', () => {
    const warnings: string[] = []
    const md = cffToZenodo({ 'cff-version': '1.2.0', title: 'Lonely' }, (w) => warnings.push(w))
    expect(md).not.toHaveProperty('creators')
    expect(warnings).toEqual(['no authors; Zenodo needs at least one creator to publish.'])
  })

  it('warns when no author is usable', () => {
    const { metadata, warnings } = convert('title: Nobody\nauthors:\n  - email: a@b.c\n')
    expect(metadata).not.toHaveProperty('creators')
    expect(warnings.join('\n')).toMatch(/no usable author/)
  })
})

describe('field mapping details', () => {
  it('type dataset → upload_type dataset; anything else → software', () => {
    expect(convert('title: Data\ntype: dataset\n').metadata.upload_type).toBe('dataset')
    expect(convert('title: Tool\ntype: software\n').metadata.upload_type).toBe('software')
    expect(convert('title: Tool\n').metadata.upload_type).toBe('software')
  })

  it('date-released as a YAML 1.1 Date or a string gives YYYY-MM-DD', () => {
    const warn = (): void => undefined
    const date = new Date(Date.UTC(2024, 1, 29))
    const fromDate = cffToZenodo({ title: 'x', 'date-released': date }, warn)
    expect(fromDate.publication_date).toBe('2024-02-29')
    const doc = parse('%YAML 1.1\n---\ntitle: x\ndate-released: 2021-08-09\n') as Record<string, unknown>
    expect(doc['date-released']).toBeInstanceOf(Date)
    expect(cffToZenodo(doc, warn).publication_date).toBe('2021-08-09')
    const bad = convert('title: x\ndate-released: 9 August 2021\n')
    expect(bad.metadata).not.toHaveProperty('publication_date')
    expect(bad.warnings[0]).toContain('date-released')
  })

  it('licence list → first id with a warning; single-item list without', () => {
    const list = convert('title: x\nlicense:\n  - Apache-2.0\n  - MIT\n')
    expect(list.metadata.license).toBe('apache-2.0')
    expect(list.warnings[0]).toContain('[Apache-2.0, MIT]')
    const one = convert('title: x\nlicense: [CC0-1.0]\n')
    expect(one.metadata.license).toBe('cc-zero')
    expect(one.warnings).toEqual([])
    const withExc = convert('title: x\nlicense: GPL-3.0-or-later WITH Classpath-exception-2.0\n')
    expect(withExc.metadata.license).toBe('gpl-3.0-or-later')
    expect(withExc.warnings).toHaveLength(1)
  })

  it('CFF 1.3 identifier relations, type other skipped, URLs after doi', () => {
    const { metadata } = convert(
      [
        'title: x',
        'identifiers:',
        '  - {type: doi, value: 10.1/a, relation: IsSupplementTo}',
        '  - {type: doi, value: 10.1/b, relation: IsVersionOf}',
        '  - {type: other, value: abc}',
        '  - {type: swh, value: "swh:1:dir:0123456789012345678901234567890123456789"}',
        'doi: 10.1/a',
        'repository-code: https://example.org/code',
        'url: https://example.org/code'
      ].join('\n')
    )
    expect(metadata.related_identifiers).toEqual([
      { identifier: '10.1/a', relation: 'isSupplementTo', scheme: 'doi' },
      { identifier: '10.1/b', relation: 'isSupplementedBy', scheme: 'doi' },
      {
        identifier: 'swh:1:dir:0123456789012345678901234567890123456789',
        relation: 'isSupplementedBy',
        scheme: 'swh'
      },
      { identifier: 'https://example.org/code', relation: 'isSupplementedBy', scheme: 'url' }
    ])
  })

  it('keywords: numbers stringified, other non-strings dropped with a warning', () => {
    const { metadata, warnings } = convert('title: x\nkeywords: [ok, 3, {a: 1}]\n')
    expect(metadata.keywords).toEqual(['ok', '3'])
    expect(warnings).toHaveLength(1)
  })

  it('message is ignored, like cffconvert', () => {
    const { metadata } = convert('title: x\nmessage: Please cite\n')
    expect(JSON.stringify(metadata)).not.toContain('Please cite')
  })

  it('wrong types raise MetadataError naming the field', () => {
    expect(() => convert('title: [a, b]\n')).toThrow(/^title: must be text/)
    expect(() => convert('title: x\nauthors: Jane Doe\n')).toThrow(/^authors: must be a list/)
    expect(() => convert('title: x\nkeywords: one, two\n')).toThrow(/^keywords: must be a list/)
    expect(() => convert('title: x\nlicense: {id: MIT}\n')).toThrow(/^license:/)
  })
})

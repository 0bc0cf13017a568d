import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadMetadata } from '../../src/metadata/load.js'
import {
  licenseToRdm,
  normalizeDate,
  normalizeDoi,
  readLicense,
  sanitizeMetadata
} from '../../src/metadata/sanitize.js'
import { MetadataError } from '../../src/metadata/types.js'
import type { ZenodoMetadata } from '../../src/metadata/types.js'

// conda__conda.cff is conda/conda's CITATION.cff at commit 2a6b2705fbb7c8abe47ae4e6f3f9f585ea1f827a
// (BSD-3-Clause), copied verbatim: its licence is the free text "BSD 3 clause".
const FIXTURES = resolve('test/fixtures/metadata')

let root: string
let n = 0
function workspace(files: Record<string, string>): string {
  const dir = join(root, `ws${n++}`)
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zenodo-sanitize-'))
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe("conda's CITATION.cff", () => {
  it('sends "BSD 3 clause" as the SPDX id bsd-3-clause, with a warning naming file and field', async () => {
    const loaded = await loadMetadata('conda__conda.cff', FIXTURES)
    expect(loaded.source).toBe('cff')
    expect(loaded.metadata.license).toBe('bsd-3-clause')
    expect(loaded.warnings).toEqual([
      'conda__conda.cff: license "BSD 3 clause" is not a licence id; sent as "bsd-3-clause", its SPDX id.'
    ])
    // The rest converts as before.
    expect(loaded.metadata.creators).toEqual([{ name: 'The conda development team' }])
    expect(loaded.metadata.related_identifiers).toHaveLength(2)
  })
})

describe('placeholders in CITATION.cff', () => {
  const cff = (body: string): string => `cff-version: 1.2.0\ntitle: Some tool\nauthors:\n  - name: Someone\n${body}`

  it('drops `doi: FIXME` (it would be a related DOI), naming the field', async () => {
    const ws = workspace({ 'CITATION.cff': cff('doi: FIXME\nurl: https://example.org\n') })
    const loaded = await loadMetadata('', ws)
    expect(loaded.metadata.related_identifiers).toEqual([
      { identifier: 'https://example.org', relation: 'isSupplementedBy', scheme: 'url' }
    ])
    expect(loaded.warnings).toEqual(['CITATION.cff: doi "FIXME" is not a DOI (10.<prefix>/<suffix>); dropped.'])
  })

  it('names the identifiers entry a placeholder DOI came from', async () => {
    const ws = workspace({
      'CITATION.cff': cff('identifiers:\n  - type: doi\n    value: 10.5281/zenodo.1\n  - type: doi\n    value: TODO\n')
    })
    const loaded = await loadMetadata('', ws)
    expect(loaded.metadata.related_identifiers).toEqual([
      { identifier: '10.5281/zenodo.1', relation: 'isSupplementedBy', scheme: 'doi' }
    ])
    expect(loaded.warnings).toEqual([
      'CITATION.cff: identifiers[1] "TODO" is not a DOI (10.<prefix>/<suffix>); dropped.'
    ])
  })

  it('never sends `date-released: 2021-08-XX` or a day that does not exist', async () => {
    const xx = await loadMetadata('', workspace({ 'CITATION.cff': cff('date-released: 2021-08-XX\n') }))
    expect(xx.metadata.publication_date).toBeUndefined()
    expect(xx.warnings).toHaveLength(1)
    expect(xx.warnings[0]).toMatch(/^CITATION\.cff: date-released .*2021-08-XX/)
    const feb30 = await loadMetadata('', workspace({ 'CITATION.cff': cff("date-released: '2021-02-30'\n") }))
    expect(feb30.metadata.publication_date).toBeUndefined()
    expect(feb30.warnings).toEqual([
      'CITATION.cff: date-released "2021-02-30" is not a date (YYYY-MM-DD); dropped (the publication date ' +
        'defaults to today).'
    ])
  })

  it('drops a free-text licence that spells no SPDX id', async () => {
    const loaded = await loadMetadata(
      '',
      workspace({ 'CITATION.cff': cff('license: Proprietary, all rights reserved\n') })
    )
    expect(loaded.metadata.license).toBeUndefined()
    expect(loaded.warnings).toEqual([
      'CITATION.cff: license "Proprietary, all rights reserved" is not a licence id; dropped (Zenodo then ' +
        'applies its default, CC-BY-4.0 or CC0-1.0 for datasets). Give an SPDX licence id such as "BSD-3-Clause".'
    ])
  })
})

describe('placeholders in .zenodo.json and the metadata input', () => {
  it('maps or drops every value that is no id, one warning per field', async () => {
    const md = {
      title: 'Some data',
      license: { id: 'BSD 3 clause' },
      doi: 'FIXME',
      publication_date: '2021-08-XX',
      related_identifiers: [
        { identifier: 'https://doi.org/10.1234/ok', relation: 'cites', scheme: 'doi' },
        { identifier: 'TBD', relation: 'cites', scheme: 'doi' },
        { identifier: 'TBD', relation: 'cites', scheme: 'url' }
      ],
      dates: [
        { start: '2021-8-1', end: '2021-08-31', type: 'Collected' },
        { start: '2021-08-XX', end: '2021-09-30', type: 'Valid' }
      ]
    }
    const loaded = await loadMetadata('', workspace({ '.zenodo.json': JSON.stringify({ metadata: md }) }))
    expect(loaded.metadata).toEqual({
      title: 'Some data',
      license: { id: 'bsd-3-clause' },
      related_identifiers: [
        { identifier: 'https://doi.org/10.1234/ok', relation: 'cites', scheme: 'doi' },
        // Only DOIs are checked: a URL scheme is for the repository to judge.
        { identifier: 'TBD', relation: 'cites', scheme: 'url' }
      ],
      dates: [{ start: '2021-08-01', end: '2021-08-31', type: 'Collected' }]
    })
    expect(loaded.warnings).toEqual([
      '.zenodo.json: license "BSD 3 clause" is not a licence id; sent as "bsd-3-clause", its SPDX id.',
      '.zenodo.json: doi "FIXME" is not a DOI (10.<prefix>/<suffix>); dropped.',
      '.zenodo.json: related_identifiers[1] "TBD" is not a DOI (10.<prefix>/<suffix>); dropped.',
      '.zenodo.json: publication_date "2021-08-XX" is not a date (YYYY-MM-DD); dropped (the publication date ' +
        'defaults to today).',
      '.zenodo.json: dates[1].start "2021-08-XX" is not a date (YYYY-MM-DD); the date entry is dropped.'
    ])
  })

  it('names the metadata input for inline JSON', async () => {
    const loaded = await loadMetadata('{"doi": "https://doi.org/10.1234/abc", "license": "FIXME"}', root)
    expect(loaded.metadata).toEqual({ doi: '10.1234/abc' })
    expect(loaded.warnings).toHaveLength(1)
    expect(loaded.warnings[0]).toMatch(
      /^the metadata input: license "FIXME" is a placeholder, not a licence id; dropped/
    )
  })

  it('keeps a .zenodo.json that sanitizing empties, as Zenodo would still use it', async () => {
    const ws = workspace({
      '.zenodo.json': '{"doi": "FIXME"}',
      'CITATION.cff': 'cff-version: 1.2.0\ntitle: Other\nauthors: [{name: X}]\n'
    })
    const loaded = await loadMetadata('', ws)
    expect(loaded.source).toBe('zenodo-json')
    expect(loaded.metadata).toEqual({})
    expect(loaded.warnings).toEqual(['.zenodo.json: doi "FIXME" is not a DOI (10.<prefix>/<suffix>); dropped.'])
  })

  it('refuses an embargo without a real date rather than open the files', async () => {
    const ws = workspace({ '.zenodo.json': '{"access_right": "embargoed", "embargo_date": "2030-01-XX"}' })
    const error = await loadMetadata('', ws).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MetadataError)
    expect((error as MetadataError).message).toBe(
      '.zenodo.json: embargo_date: "2030-01-XX" is not a date; an embargo needs the day it ends, as YYYY-MM-DD.'
    )
    const open = await loadMetadata(
      '',
      workspace({ '.zenodo.json': '{"access_right": "open", "embargo_date": "soon"}' })
    )
    expect(open.metadata).toEqual({ access_right: 'open' })
    expect(open.warnings).toEqual(['.zenodo.json: embargo_date "soon" is not a date (YYYY-MM-DD); dropped.'])
  })

  it('leaves values that are ids alone, whatever their case or alias', () => {
    const md: ZenodoMetadata = {
      license: 'mit-license',
      doi: '10.5281/zenodo.42',
      publication_date: '2021',
      embargo_date: '2030-01-31',
      related_identifiers: [{ identifier: '10.1234/x', relation: 'cites', scheme: 'DOI' }]
    }
    expect(sanitizeMetadata(md, 'f')).toEqual({ metadata: md, warnings: [] })
    expect(sanitizeMetadata({ license: 'Apache-2.0' }, 'f').metadata).toEqual({ license: 'Apache-2.0' })
  })

  it('never mutates its input', () => {
    const md: ZenodoMetadata = { license: 'BSD 3 clause', doi: 'FIXME' }
    sanitizeMetadata(md, 'f')
    expect(md).toEqual({ license: 'BSD 3 clause', doi: 'FIXME' })
  })
})

describe('readLicense', () => {
  it.each([
    ['MIT', 'mit'],
    ['cc-zero', 'cc0-1.0'],
    ['cc-by', 'cc-by-4.0'],
    ['GPL-3.0', 'gpl-3.0-only'],
    ['AGPL-3.0+', 'agpl-3.0-or-later'],
    ['BSD 3 clause', 'bsd-3-clause'],
    ['BSD 3-Clause License', 'bsd-3-clause'],
    ['Apache License 2.0', 'apache-2.0'],
    ['Apache License, Version 2.0', 'apache-2.0'],
    ['The MIT License (MIT)', 'mit'],
    ['CC BY 4.0', 'cc-by-4.0'],
    ['CC0 1.0 Universal', 'cc0-1.0'],
    ['GPL 3.0 or later', 'gpl-3.0-or-later'],
    ['https://opensource.org/licenses/MIT', 'mit'],
    ['https://spdx.org/licenses/BSD-2-Clause.html', 'bsd-2-clause'],
    ['https://creativecommons.org/licenses/by-sa/4.0/', 'cc-by-sa-4.0'],
    ['https://creativecommons.org/publicdomain/zero/1.0/', 'cc0-1.0'],
    ['MIT OR Apache-2.0', 'mit']
  ])('%s → %s', (value, id) => {
    expect(licenseToRdm(value)).toBe(id)
  })

  it.each([
    'FIXME',
    'TODO',
    'NOASSERTION',
    'none',
    'LicenseRef-Proprietary',
    'BSD',
    'Some custom licence',
    'GPL-2.0-only WITH Classpath-exception-2.0',
    'MIT AND BSD-3-Clause',
    'https://example.org/license'
  ])('%s is kept only if it is an id token', (value) => {
    const reading = readLicense(value)
    // "BSD" is one token: it may be an instance's id, and a wrong one is refused by name.
    if (value === 'BSD') expect(reading).toEqual({ kind: 'id', id: 'bsd' })
    else expect(reading.kind).toBe('none')
  })
})

describe('normalizeDoi and normalizeDate', () => {
  it('reads DOIs in their usual spellings', () => {
    expect(normalizeDoi('10.1234/x')).toBe('10.1234/x')
    expect(normalizeDoi(' doi:10.1234/x ')).toBe('10.1234/x')
    expect(normalizeDoi('https://dx.doi.org/10.1234/x')).toBe('10.1234/x')
    expect(normalizeDoi('FIXME')).toBeUndefined()
    expect(normalizeDoi('10.1234')).toBeUndefined()
  })

  it('reads dates that exist, padded or from a timestamp', () => {
    expect(normalizeDate('2021')).toBe('2021')
    expect(normalizeDate('2021-08')).toBe('2021-08')
    expect(normalizeDate('2021-8-5')).toBe('2021-08-05')
    expect(normalizeDate('2021-08-05T10:00:00Z')).toBe('2021-08-05')
    expect(normalizeDate('2024-02-29')).toBe('2024-02-29')
    for (const bad of ['2021-08-XX', '2021-02-30', '2023-02-29', '2021-13', 'FIXME', '']) {
      expect(normalizeDate(bad)).toBeUndefined()
    }
    expect(normalizeDate('2030-01', true)).toBeUndefined()
  })
})

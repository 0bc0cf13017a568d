import { describe, expect, it } from '@jest/globals'
import { firstLicenseId, spdxToZenodoLicense } from '../../src/metadata/licenses.js'
import { normalizeOrcid, orcidCheckDigit, orcidProblem } from '../../src/metadata/orcid.js'

describe('spdxToZenodoLicense', () => {
  it.each([
    ['MIT', 'mit'],
    ['Apache-2.0', 'apache-2.0'],
    ['BSD-3-Clause', 'bsd-3-clause'],
    ['GPL-3.0-or-later', 'gpl-3.0-or-later'],
    ['LGPL-3.0-or-later', 'lgpl-3.0-or-later'],
    ['CC-BY-4.0', 'cc-by-4.0'],
    ['CC-BY-SA-4.0', 'cc-by-sa-4.0'],
    ['CC0-1.0', 'cc-zero'],
    [' cc0-1.0 ', 'cc-zero'],
    ['GPL-3.0', 'gpl-3.0-only'],
    ['GPL-2.0+', 'gpl-2.0-or-later'],
    ['LGPL-2.1', 'lgpl-2.1-only'],
    ['AGPL-3.0+', 'agpl-3.0-or-later'],
    ['EUPL-1.2', 'eupl-1.2']
  ])('%s → %s', (spdx, zenodo) => {
    expect(spdxToZenodoLicense(spdx)).toBe(zenodo)
  })

  it('firstLicenseId splits SPDX expressions', () => {
    expect(firstLicenseId('MIT')).toEqual({ id: 'MIT', dropped: false })
    expect(firstLicenseId('MIT OR Apache-2.0')).toEqual({ id: 'MIT', dropped: true })
    expect(firstLicenseId('(Apache-2.0 AND MIT)')).toEqual({ id: 'Apache-2.0', dropped: true })
    expect(firstLicenseId('GPL-3.0-or-later WITH Classpath-exception-2.0')).toEqual({
      id: 'GPL-3.0-or-later',
      dropped: true
    })
  })
})

describe('ORCID', () => {
  it('check digit (ISO 7064 11,2)', () => {
    expect(orcidCheckDigit('000000021825009')).toBe('7')
    expect(orcidCheckDigit('000000023211506')).toBe('X') // 0000-0002-3211-506X (napari sample)
  })

  it('valid forms, normalised to the bare dashed id', () => {
    for (const v of [
      '0000-0002-1825-0097',
      'https://orcid.org/0000-0002-1825-0097',
      'http://orcid.org/0000-0002-1825-0097',
      '0000000218250097'
    ]) {
      expect(orcidProblem(v)).toBeUndefined()
      expect(normalizeOrcid(v)).toBe('0000-0002-1825-0097')
    }
    expect(normalizeOrcid('https://orcid.org/0000-0002-3211-506x')).toBe('0000-0002-3211-506X')
  })

  it('problems', () => {
    expect(orcidProblem('0000-0002-1825-0098')).toMatch(/check digit.*7/)
    expect(orcidProblem('Josiah Carberry')).toMatch(/not an ORCID iD/)
    expect(orcidProblem('https://example.org/0000-0002-1825-0097')).toMatch(/not an ORCID iD/)
    // Valid check digit but outside ORCID's blocks (an ISNI for an organisation).
    const first15 = '000000012345678'
    expect(orcidProblem(first15 + orcidCheckDigit(first15))).toMatch(/outside/)
  })
})

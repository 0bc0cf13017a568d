import { describe, expect, it } from '@jest/globals'
import { shapeProblems, validateForPublish, validateShape } from '../../src/metadata/validate.js'
import { MetadataError } from '../../src/metadata/types.js'
import type { ZenodoMetadata } from '../../src/metadata/types.js'

const GOOD: ZenodoMetadata = {
  title: 'A fine title',
  upload_type: 'software',
  publication_date: '2024-05-01',
  creators: [{ name: 'Doe, Jane', orcid: 'https://orcid.org/0000-0002-1825-0097' }]
}

const fields = (errors: string[]): string[] => errors.map((e) => e.slice(0, e.indexOf(': ')))

describe('validateForPublish', () => {
  it('accepts complete metadata', () => {
    expect(validateForPublish(GOOD)).toEqual([])
    expect(validateForPublish({ ...GOOD, upload_type: 'publication', publication_type: 'article' })).toEqual([])
    expect(validateForPublish({ ...GOOD, upload_type: 'image', image_type: 'photo' })).toEqual([])
    expect(validateForPublish({ ...GOOD, publication_date: '2024-05' })).toEqual([])
  })

  it('reports every missing required field, one entry each', () => {
    const errors = validateForPublish({})
    expect(fields(errors)).toEqual(['metadata.title', 'metadata.upload_type', 'metadata.creators'])
    expect(errors[0]).toMatch(/^metadata\.title: Missing data for required field/)
    expect(errors[2]).toMatch(/^metadata\.creators: Missing data for required field\. /)
  })

  it('missing title', () => {
    const { title: _t, ...rest } = GOOD
    expect(fields(validateForPublish(rest))).toEqual(['metadata.title'])
  })

  it('title shorter than 3 characters', () => {
    expect(validateForPublish({ ...GOOD, title: ' ab ' })).toEqual([
      'metadata.title: must be at least 3 characters (Zenodo refuses to publish otherwise); got "ab".'
    ])
  })

  it('missing or empty creators', () => {
    const { creators: _c, ...rest } = GOOD
    expect(fields(validateForPublish(rest))).toEqual(['metadata.creators'])
    expect(fields(validateForPublish({ ...GOOD, creators: [] }))).toEqual(['metadata.creators'])
  })

  it('a creator with a blank family name or a bad ORCID', () => {
    const errors = validateForPublish({
      ...GOOD,
      creators: [
        { name: ', Jane' },
        { name: '   ' },
        { name: 'Roe, Richard', orcid: '0000-0002-1825-0098' },
        { name: 'Org with no comma' }
      ]
    })
    expect(fields(errors)).toEqual([
      'metadata.creators.0.name',
      'metadata.creators.1.name',
      'metadata.creators.2.orcid'
    ])
    expect(errors[0]).toContain('Family name cannot be blank.')
    expect(errors[2]).toContain('check digit')
  })

  it('missing upload_type', () => {
    const { upload_type: _u, ...rest } = GOOD
    expect(validateForPublish(rest)).toEqual([
      'metadata.upload_type: Missing data for required field (Zenodo reports it as ' +
        'metadata.resource_type). Set upload_type, e.g. "software" or "dataset".'
    ])
  })

  it('upload_type and subtype against the vocabulary', () => {
    expect(fields(validateForPublish({ ...GOOD, upload_type: 'code' }))).toEqual(['metadata.upload_type'])
    const thesis = validateForPublish({
      ...GOOD,
      upload_type: 'publication',
      publication_type: 'thesis'
    })
    expect(thesis).toHaveLength(1)
    expect(thesis[0]).toMatch(/^metadata\.publication_type: .*"dissertation"/)
    const stray = validateForPublish({ ...GOOD, upload_type: 'dataset', dataset_type: 'table' })
    expect(stray[0]).toMatch(/^metadata\.dataset_type: .*has no subtypes/)
    // A subtype key of another upload type is not looked at.
    expect(validateForPublish({ ...GOOD, image_type: 'photo' })).toEqual([])
  })

  it('publication_date must be an EDTF date when given; absent is fine (Zenodo uses today)', () => {
    const { publication_date: _p, ...rest } = GOOD
    expect(validateForPublish(rest)).toEqual([])
    for (const bad of ['01/05/2024', '2024-02-30', '2024-13', 'yesterday']) {
      expect(fields(validateForPublish({ ...GOOD, publication_date: bad }))).toEqual(['metadata.publication_date'])
    }
    expect(validateForPublish({ ...GOOD, publication_date: '2020-01-01/2020-12-31' })).toEqual([])
  })

  it('description, when given, needs 3 characters', () => {
    expect(fields(validateForPublish({ ...GOOD, description: 'ok' }))).toEqual(['metadata.description'])
  })

  it('related identifier relations must be known', () => {
    const errors = validateForPublish({
      ...GOOD,
      related_identifiers: [
        { identifier: 'https://x', relation: 'isSupplementTo' },
        { identifier: 'https://y', relation: 'IsSupplementedBy' },
        { identifier: 'https://z', relation: 'supplements' }
      ]
    })
    expect(fields(errors)).toEqual(['metadata.related_identifiers.2.relation'])
  })
})

describe('validateShape', () => {
  const messageOf = (value: unknown): string => {
    try {
      validateShape(value, '.zenodo.json')
    } catch (e) {
      expect(e).toBeInstanceOf(MetadataError)
      return (e as Error).message
    }
    return ''
  }

  it('accepts good metadata, plain or wrapped', () => {
    expect(() => validateShape(GOOD, 'x')).not.toThrow()
    expect(() => validateShape({ metadata: GOOD }, 'x')).not.toThrow()
    expect(() =>
      validateShape(
        {
          ...GOOD,
          license: { id: 'mit' },
          access_right: 'embargoed',
          embargo_date: '2030-01-01',
          communities: [{ identifier: 'zenodo' }]
        },
        'x'
      )
    ).not.toThrow()
  })

  it('licence of the wrong type, as Zenodo words it', () => {
    for (const license of [123, ['cc-by-4.0'], { name: 'MIT' }]) {
      expect(messageOf({ license })).toContain(
        '.zenodo.json: metadata.license: Invalid license ' + "value provided (expected string, or object with 'id' key)"
      )
    }
  })

  it('related_identifiers shapes', () => {
    expect(messageOf({ related_identifiers: 'https://x' })).toContain(
      'metadata.related_identifiers: related_identifiers must be a list'
    )
    expect(messageOf({ related_identifiers: ['https://x'] })).toContain(
      'metadata.related_identifiers.0: Each related identifier must be an object'
    )
    expect(messageOf({ related_identifiers: [{ identifier: 'https://x', relation: 5 }] })).toContain(
      'metadata.related_identifiers.0.relation: relation must be a string'
    )
  })

  it('communities shape, reported without the metadata. prefix', () => {
    expect(messageOf({ communities: ['zenodo'] })).toMatch(
      /^\.zenodo\.json: communities: Communities must be an array of objects with an 'identifier' key/
    )
    expect(messageOf({ communities: { identifier: 'zenodo' } })).toContain('communities: ')
  })

  it('embargoed without embargo_date; unknown access_right', () => {
    expect(messageOf({ access_right: 'embargoed' })).toContain('metadata.embargo_date: is required')
    expect(messageOf({ access_right: 'public' })).toContain('metadata.access_right: Unknown access type')
  })

  it('top-level keys next to metadata', () => {
    expect(messageOf({ metadata: GOOD, state: 'done' })).toMatch(/^\.zenodo\.json: state: Unknown field/)
    expect(messageOf({ metadata: 'x' })).toContain('metadata: must be an object')
  })

  it('wrong-typed fields name the field', () => {
    expect(messageOf({ title: 5 })).toBe(
      '.zenodo.json: metadata.title: must be a string, got number 5. Put the value in quotes.'
    )
    expect(messageOf({ creators: [{ name: 'A' }, 'B'] })).toContain('metadata.creators.1: must be an object')
    expect(messageOf({ creators: [{ name: ['A'] }] })).toContain('metadata.creators.0.name')
    expect(messageOf({ keywords: 'a, b' })).toContain('metadata.keywords: must be a list')
    expect(messageOf({ version: 1.1 })).toContain('metadata.version: must be a string')
    expect(messageOf({ title: null })).toContain('metadata.title: must not be null')
    expect(messageOf({ language: 'english' })).toContain('metadata.language')
    expect(messageOf({ dates: [{ type: 'valid', start: '2020' }] })).toContain('metadata.dates.0.end')
    expect(messageOf([])).toContain('metadata: must be an object')
  })

  it('lists all problems, one line each, and records the first path', () => {
    const problems = shapeProblems({ title: 1, keywords: [1] })
    expect(problems.map((p) => p.field)).toEqual(['metadata.title', 'metadata.keywords.0'])
    try {
      validateShape({ title: 1, keywords: [1] }, 'where')
    } catch (e) {
      expect((e as Error).message.split('\n')).toHaveLength(2)
      expect((e as MetadataError).fieldPath).toEqual(['title'])
    }
  })

  it('tolerates null creator sub-fields as GET returns them', () => {
    expect(() => validateShape({ creators: [{ name: 'A', affiliation: null }] }, 'x')).not.toThrow()
  })
})

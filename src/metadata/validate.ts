// Checks on Zenodo metadata, in two tiers that mirror when Zenodo complains:
// - validateShape: what the legacy deserializer refuses at once on create/update (400),
//   plus plain type errors, so a broken file fails before anything is uploaded;
// - validateForPublish: what InvenioRDM only refuses at publish time.

import { isPlainObject, isDate, describeValue, MetadataError } from './types.js'
import type { FieldPath, ZenodoMetadata } from './types.js'
import { ACCESS_RIGHTS, STRING_FIELDS, UPLOAD_TYPES, isKnownRelation } from './vocabulary.js'
import { orcidProblem } from './orcid.js'

export interface FieldProblem {
  /** Where the value sits in the checked value (starts with 'metadata' when it was wrapped). */
  path: FieldPath
  /** The field as Zenodo names it in its errors, e.g. 'metadata.creators.2.name'. */
  field: string
  message: string
}

const PERSON_LISTS = new Set(['creators', 'contributors', 'thesis_supervisors'])
const STRING_LISTS = new Set(['keywords', 'references'])

/** Every shape problem in `value`: a metadata object, or one wrapped as {"metadata": …}. */
export function shapeProblems(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (isPlainObject(value) && 'metadata' in value) {
    for (const key of Object.keys(value)) {
      if (key === 'metadata') continue
      problems.push({
        path: [key],
        field: key,
        message:
          'Unknown field. Next to "metadata" no other top-level key is allowed ' +
          '(Zenodo answers 400); move it inside "metadata" or remove it.'
      })
    }
    checkMetadata(value.metadata, ['metadata'], problems)
  } else {
    checkMetadata(value, [], problems)
  }
  return problems
}

/** Throws a MetadataError listing every problem Zenodo would refuse at create/update. */
export function validateShape(metadata: unknown, where: string): void {
  const problems = shapeProblems(metadata)
  if (problems.length > 0) {
    throw new MetadataError(formatProblems(where, problems), { fieldPath: problems[0].path })
  }
}

/** One line per problem: "<where or file:line:col>: <field>: <message>". */
export function formatProblems(
  where: string,
  problems: FieldProblem[],
  locate?: (path: FieldPath) => string | undefined
): string {
  return problems.map((p) => `${locate?.(p.path) ?? where}: ${p.field}: ${p.message}`).join('\n')
}

function checkMetadata(md: unknown, base: FieldPath, out: FieldProblem[]): void {
  const add = (path: FieldPath, message: string, field?: string): void => {
    out.push({ path, field: field ?? fieldName(path), message })
  }
  if (!isPlainObject(md)) {
    add(base, `must be an object of Zenodo metadata fields, got ${describeValue(md)}.`)
    return
  }
  for (const [key, value] of Object.entries(md)) {
    const path = [...base, key]
    if (value === undefined || key === 'prereserve_doi') continue
    if (value === null) {
      add(path, 'must not be null; remove the key instead (Zenodo refuses null values).')
    } else if (STRING_FIELDS.has(key) || isSubtypeKey(key)) {
      if (typeof value !== 'string') add(path, mustBeString(value))
    } else if (PERSON_LISTS.has(key)) {
      checkPersons(value, path, key === 'contributors', add)
    } else if (STRING_LISTS.has(key)) {
      checkList(value, path, add, (item, p) => {
        if (typeof item !== 'string') add(p, mustBeString(item))
      })
    } else if (key === 'license') {
      checkLicense(value, path, add)
    } else if (key === 'access_right') {
      if (typeof value !== 'string' || !ACCESS_RIGHTS.includes(value)) {
        add(path, `Unknown access type ${describeValue(value)}; use one of ` + `${ACCESS_RIGHTS.join(', ')}.`)
      }
    } else if (key === 'language') {
      if (typeof value !== 'string' || !/^[a-z]{2,3}$/i.test(value)) {
        add(path, `must be an ISO 639-1 or 639-2 code such as "en" or "eng", got ` + `${describeValue(value)}.`)
      }
    } else if (key === 'related_identifiers') {
      checkRelatedIdentifiers(value, path, add)
    } else if (key === 'communities') {
      checkCommunities(value, path, add)
    } else if (key === 'grants') {
      checkObjectList(value, path, add, (item, p) => {
        requireString(item, 'id', p, add, 'e.g. "10.13039/501100000780::282672"')
      })
    } else if (key === 'dates') {
      checkObjectList(value, path, add, (item, p) => {
        requireString(item, 'type', p, add, 'e.g. "Collected"')
        for (const end of ['start', 'end']) {
          requireString(item, end, p, add, 'Zenodo only accepts ranges with both start and end')
        }
      })
    } else if (key === 'locations') {
      checkObjectList(value, path, add, (item, p) => {
        requireString(item, 'place', p, add, 'the name of the place')
        for (const coord of ['lat', 'lon']) {
          const c = item[coord]
          if (c !== undefined && typeof c !== 'number') {
            add([...p, coord], `must be a number, got ${describeValue(c)}.`)
          }
        }
      })
    } else if (key === 'subjects') {
      checkObjectList(value, path, add, () => undefined)
    } else if (key === 'custom') {
      if (!isPlainObject(value)) add(path, `must be an object, got ${describeValue(value)}.`)
    }
  }
  const noEmbargoDate = md.embargo_date === undefined || md.embargo_date === ''
  if (md.access_right === 'embargoed' && noEmbargoDate) {
    add(
      [...base, 'embargo_date'],
      'is required when access_right is "embargoed" (Zenodo ' +
        'answers "Unknown access type."); add an embargo_date such as "2030-01-31".'
    )
  }
}

type Add = (path: FieldPath, message: string, field?: string) => void

function checkPersons(value: unknown, path: FieldPath, withType: boolean, add: Add): void {
  checkObjectList(value, path, add, (item, p) => {
    requireString(item, 'name', p, add, 'written "Family, Given" or an organisation name')
    for (const sub of ['affiliation', 'orcid', 'gnd', ...(withType ? ['type'] : [])]) {
      const v = item[sub]
      if (v !== undefined && v !== null && typeof v !== 'string') add([...p, sub], mustBeString(v))
    }
  })
}

function checkLicense(value: unknown, path: FieldPath, add: Add): void {
  const ok = typeof value === 'string' || (isPlainObject(value) && typeof value.id === 'string')
  if (!ok) {
    add(
      path,
      "Invalid license value provided (expected string, or object with 'id' key), got " +
        `${describeValue(value)}. Give one licence id such as "cc-by-4.0" or "MIT".`
    )
  }
}

function checkRelatedIdentifiers(value: unknown, path: FieldPath, add: Add): void {
  if (!Array.isArray(value)) {
    add(path, `related_identifiers must be a list, got ${describeValue(value)}.`)
    return
  }
  value.forEach((item, i) => {
    const p = [...path, i]
    if (!isPlainObject(item)) {
      add(p, `Each related identifier must be an object, got ${describeValue(item)}.`)
      return
    }
    requireString(item, 'identifier', p, add, 'a DOI, URL or other persistent identifier')
    if (typeof item.relation !== 'string') {
      add(
        [...p, 'relation'],
        `relation must be a string such as "isSupplementTo", got ` + `${describeValue(item.relation)}.`
      )
    }
    for (const sub of ['resource_type', 'scheme']) {
      if (item[sub] !== undefined && typeof item[sub] !== 'string') {
        add([...p, sub], mustBeString(item[sub]))
      }
    }
  })
}

function checkCommunities(value: unknown, path: FieldPath, add: Add): void {
  const ok = Array.isArray(value) && value.every((c) => isPlainObject(c) && typeof c.identifier === 'string')
  if (!ok) {
    // Zenodo reports this one without the "metadata." prefix.
    add(
      path,
      "Communities must be an array of objects with an 'identifier' key, e.g. " + '[{"identifier": "zenodo"}].',
      'communities'
    )
  }
}

function checkList(value: unknown, path: FieldPath, add: Add, each: (item: unknown, p: FieldPath) => void): void {
  if (!Array.isArray(value)) {
    add(path, `must be a list, got ${describeValue(value)}.`)
    return
  }
  value.forEach((item, i) => each(item, [...path, i]))
}

function checkObjectList(
  value: unknown,
  path: FieldPath,
  add: Add,
  each: (item: Record<string, unknown>, p: FieldPath) => void
): void {
  checkList(value, path, add, (item, p) => {
    if (isPlainObject(item)) each(item, p)
    else add(p, `must be an object, got ${describeValue(item)}.`)
  })
}

function requireString(item: Record<string, unknown>, key: string, p: FieldPath, add: Add, hint: string): void {
  const v = item[key]
  if (v === undefined) add([...p, key], `Missing data for required field (${hint}).`)
  else if (typeof v !== 'string') add([...p, key], mustBeString(v))
}

function mustBeString(value: unknown): string {
  const hint =
    typeof value === 'number' || typeof value === 'boolean' || isDate(value) ? ' Put the value in quotes.' : ''
  return `must be a string, got ${describeValue(value)}.${hint}`
}

function isSubtypeKey(key: string): boolean {
  return key.endsWith('_type') && key.slice(0, -'_type'.length) in UPLOAD_TYPES
}

function fieldName(path: FieldPath): string {
  const parts = path.map(String)
  return parts[0] === 'metadata' ? parts.join('.') : ['metadata', ...parts].join('.')
}

// ---------------------------------------------------------------------------------------
// Publish-time checks

const EDTF_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/**
 * What Zenodo would refuse when publishing, one "field: message" entry per field, using
 * Zenodo's field names. A missing publication_date is not reported: Zenodo fills in today.
 */
export function validateForPublish(metadata: ZenodoMetadata): string[] {
  const errors: string[] = []
  const err = (field: string, message: string): void => {
    errors.push(`${field}: ${message}`)
  }
  const title = typeof metadata.title === 'string' ? metadata.title.trim() : ''
  if (title.length < 3) {
    err(
      'metadata.title',
      title
        ? `must be at least 3 characters (Zenodo refuses to publish otherwise); got "${title}".`
        : 'Missing data for required field. Set a title of at least 3 characters.'
    )
  }
  checkUploadType(metadata, err)
  checkCreatorsForPublish(metadata.creators, 'creators', true, err)
  checkCreatorsForPublish(metadata.contributors, 'contributors', false, err)
  const date = metadata.publication_date
  if (typeof date === 'string' && !isEdtfLevel0(date.trim())) {
    err('metadata.publication_date', `"${date}" is not a date Zenodo accepts; use YYYY-MM-DD ` + '(or YYYY-MM, YYYY).')
  }
  const description = metadata.description
  if (typeof description === 'string' && description.trim().length < 3) {
    err(
      'metadata.description',
      'must be at least 3 characters when given; write a longer ' + 'description or remove the field.'
    )
  }
  const related = metadata.related_identifiers
  if (Array.isArray(related)) {
    related.forEach((r, i) => {
      if (isPlainObject(r) && typeof r.relation === 'string' && !isKnownRelation(r.relation)) {
        err(
          `metadata.related_identifiers.${i}.relation`,
          `"${r.relation}" is not a relation ` +
            'Zenodo knows; use e.g. isSupplementTo, isSupplementedBy, isPartOf or references.'
        )
      }
    })
  }
  return errors
}

function checkUploadType(md: ZenodoMetadata, err: (f: string, m: string) => void): void {
  const type = md.upload_type
  if (type === undefined || type === '') {
    err(
      'metadata.upload_type',
      'Missing data for required field (Zenodo reports it as ' +
        'metadata.resource_type). Set upload_type, e.g. "software" or "dataset".'
    )
    return
  }
  const subtypes = typeof type === 'string' ? UPLOAD_TYPES[type] : undefined
  if (!subtypes) {
    err(
      'metadata.upload_type',
      `${describeValue(type)} is not a Zenodo resource type; use ` + `one of ${Object.keys(UPLOAD_TYPES).join(', ')}.`
    )
    return
  }
  const subKey = `${type}_type`
  const sub = md[subKey]
  if (sub === undefined || sub === '') return
  if (typeof sub !== 'string' || !subtypes.includes(sub)) {
    const hint = sub === 'thesis' ? ' ("thesis" is now "dissertation")' : ''
    const allowed =
      subtypes.length > 0 ? `use one of ${subtypes.join(', ')}` : `"${type}" has no subtypes, remove ${subKey}`
    err(`metadata.${subKey}`, `${describeValue(sub)} is not valid for upload_type "${type}"` + `${hint}; ${allowed}.`)
  }
}

function checkCreatorsForPublish(
  list: unknown,
  key: string,
  required: boolean,
  err: (f: string, m: string) => void
): void {
  if (!Array.isArray(list) || list.length === 0) {
    if (required) {
      err(
        `metadata.${key}`,
        'Missing data for required field. Add at least one creator ' +
          '(authors in CITATION.cff, creators in .zenodo.json).'
      )
    }
    return
  }
  list.forEach((c, i) => {
    if (!isPlainObject(c)) return
    const name = typeof c.name === 'string' ? c.name : ''
    // Zenodo splits a name with exactly one comma into "family, given".
    const parts = name.split(',')
    const family = parts.length === 2 ? parts[0] : name
    if (family.trim() === '') {
      err(
        `metadata.${key}.${i}.name`,
        'Family name cannot be blank. Write the name as ' + '"Family, Given" or give an organisation name.'
      )
    }
    if (typeof c.orcid === 'string' && c.orcid.trim() !== '') {
      const problem = orcidProblem(c.orcid)
      if (problem) {
        err(`metadata.${key}.${i}.orcid`, `"${c.orcid}" ${problem}; fix it or remove it.`)
      }
    }
  })
}

function isEdtfLevel0(value: string): boolean {
  const parts = value.split('/')
  if (parts.length > 2) return false
  return parts.every((p) => EDTF_DATE.test(p) && isRealDate(p))
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  if (m === undefined) return true
  if (m < 1 || m > 12) return false
  if (d === undefined) return true
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

// ORCID iD checks, matching what Zenodo enforces at publish (idutils `is_orcid`): the
// orcid.org URL prefix is optional, the check digit is ISO 7064 MOD 11-2, and the number
// must lie in a block ORCID actually assigns.

const URL_PREFIXES = ['https://orcid.org/', 'http://orcid.org/']

// ISNI blocks reserved for ORCID, as numbers made of the first 15 digits.
const RANGES: Array<[number, number]> = [
  [15_000_000, 35_000_000],
  [900_000_000_000, 900_100_000_000]
]

/** Removes a leading https://orcid.org/ or http://orcid.org/. */
export function stripOrcidUrl(value: string): string {
  const trimmed = value.trim()
  for (const prefix of URL_PREFIXES) {
    if (trimmed.toLowerCase().startsWith(prefix)) return trimmed.slice(prefix.length)
  }
  return trimmed
}

/** The check character (0-9 or X) for the first 15 digits of an ORCID iD. */
export function orcidCheckDigit(first15: string): string {
  let total = 0
  for (const ch of first15) total = (total + Number(ch)) * 2
  const result = (12 - (total % 11)) % 11
  return result === 10 ? 'X' : String(result)
}

/** Why the value is not a valid ORCID iD, or undefined when it is. */
export function orcidProblem(value: string): string | undefined {
  const compact = stripOrcidUrl(value).replace(/[-\s]/g, '').toUpperCase()
  if (!/^\d{15}[\dX]$/.test(compact)) {
    return 'is not an ORCID iD (expected 16 characters like 0000-0002-1825-0097)'
  }
  const expected = orcidCheckDigit(compact.slice(0, 15))
  if (compact[15] !== expected) {
    return `has a wrong check digit (the last character should be ${expected}; check for a typo)`
  }
  const n = Number(compact.slice(0, 15))
  if (!RANGES.some(([lo, hi]) => n >= lo && n <= hi)) {
    return 'is outside the number blocks ORCID assigns'
  }
  return undefined
}

/** The bare, dashed form (0000-0002-1825-0097) of a valid ORCID iD; undefined if invalid. */
export function normalizeOrcid(value: string): string | undefined {
  if (orcidProblem(value) !== undefined) return undefined
  const c = stripOrcidUrl(value).replace(/[-\s]/g, '').toUpperCase()
  return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}-${c.slice(12)}`
}

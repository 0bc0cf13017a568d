// SPDX licence ids → Zenodo's licence ids. Zenodo's vocabulary is SPDX lower-cased (current
// ids only, so `gpl-3.0-only`, not the deprecated `gpl-3.0`); its legacy API spells CC0 as
// `cc-zero`. Zenodo matches case-insensitively, so lower-casing is mostly cosmetic, but
// the deprecated GNU ids would be refused.

const TABLE: Record<string, string> = {
  'cc0-1.0': 'cc-zero'
}

// Deprecated SPDX GNU ids: `GPL-3.0` meant "only", `GPL-3.0+` meant "or later".
const GNU_BARE = /^(?:a|l)?gpl-\d\.\d$/
const GNU_PLUS = /^((?:a|l)?gpl-\d\.\d)\+$/

/** Zenodo's lower-case licence id for an SPDX id ('Apache-2.0' → 'apache-2.0'). */
export function spdxToZenodoLicense(value: string): string {
  const id = value.trim().toLowerCase()
  const mapped = TABLE[id]
  if (mapped) return mapped
  const plus = GNU_PLUS.exec(id)
  if (plus) return `${plus[1]}-or-later`
  if (GNU_BARE.test(id)) return `${id}-only`
  return id
}

/**
 * The first licence id of an SPDX expression: 'MIT OR Apache-2.0' → 'MIT',
 * '(GPL-3.0-or-later WITH Classpath-exception-2.0)' → 'GPL-3.0-or-later'. `dropped` tells
 * whether anything else was in the expression (Zenodo takes exactly one licence id).
 */
export function firstLicenseId(expression: string): { id: string; dropped: boolean } {
  const tokens = expression
    .replace(/[()]/g, ' ')
    .split(/\s+(?:OR|AND|WITH)\s+/i)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
  return { id: tokens[0] ?? '', dropped: tokens.length > 1 }
}

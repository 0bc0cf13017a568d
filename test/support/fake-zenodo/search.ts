// The search query syntax of the fake (the q parameter of the deposit list and the native
// searches): a small subset of what OpenSearch's query_string accepts.
import type { Meta } from './metadata.js'
import type { IndexDoc } from './store.js'

export interface Term {
  field?: string
  value: string
  /** An unquoted value ending in `*`: a prefix query (query_string's wildcard), value without the `*`. */
  prefix?: boolean
}

/** A keyword field's values against a term: exact, or by prefix for a wildcard. */
export function keywordMatch(values: string[], t: Term): boolean {
  return t.prefix ? values.some((v) => v.startsWith(t.value)) : values.includes(t.value)
}

/** A small subset of the query syntax: field:value, field:"phrase", free words; AND implied. */
export function parseQuery(q: string): Term[] {
  const terms: Term[] = []
  const re = /([A-Za-z_][\w.]*):(?:"((?:[^"\\]|\\.)*)"|(\S+))|"((?:[^"\\]|\\.)*)"|(\S+)/g
  for (const m of q.matchAll(re)) {
    if (m[1] !== undefined && m[3] !== undefined && /(^|[^\\])\*$/.test(m[3])) {
      terms.push({ field: m[1].toLowerCase(), value: unescape(m[3].slice(0, -1)), prefix: true })
    } else if (m[1] !== undefined) terms.push({ field: m[1].toLowerCase(), value: unescape(m[2] ?? m[3]) })
    else {
      const value = m[4] ?? m[5]
      if (value === 'AND' || value === '+') continue
      terms.push({ value: unescape(value) })
    }
  }
  return terms
}

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1')

/**
 * Identifiers of related_identifiers[] (keyword fields: exact match). The legacy input keeps
 * isAlternateIdentifier entries in that list, but RDM stores them as metadata.identifiers.
 */
function identifiers(meta: Meta, alternate: boolean): string[] {
  const list = Array.isArray(meta.related_identifiers) ? (meta.related_identifiers as Meta[]) : []
  return list
    .filter((r) => (r.relation === 'isAlternateIdentifier') === alternate && typeof r.identifier === 'string')
    .map((r) => r.identifier as string)
}

/** Field names as sent, or as zenodo/zenodo-rdm site/zenodo_rdm/queryparser.py maps them. */
export function matchTerm(d: IndexDoc, t: Term): boolean {
  const meta = d.meta
  const v = t.value.toLowerCase()
  const title = typeof meta.title === 'string' ? meta.title.toLowerCase() : ''
  switch (t.field) {
    case undefined:
      return title.includes(v)
    case 'conceptrecid':
    case 'parent.id':
      return d.conceptId === t.value
    case 'recid':
    case 'id':
      return String(d.id) === t.value
    case 'doi':
      return (d.doi ?? '').toLowerCase() === v
    case 'conceptdoi':
    case 'parent.pids.doi.identifier':
      return (d.conceptDoi ?? '').toLowerCase() === v
    case 'title':
    case 'metadata.title':
      return title.includes(v)
    case 'creators.name':
    case 'creators.person_or_org.name':
      return (Array.isArray(meta.creators) ? (meta.creators as Meta[]) : []).some((c) =>
        String(c.name ?? '')
          .toLowerCase()
          .includes(v)
      )
    case 'keywords':
      return (Array.isArray(meta.keywords) ? (meta.keywords as string[]) : []).some((k) => k.toLowerCase() === v)
    case 'related.identifier':
    case 'metadata.related_identifiers.identifier':
      return keywordMatch(identifiers(meta, false), t)
    case 'alternate.identifier':
    case 'metadata.identifiers.identifier':
      return identifiers(meta, true).includes(t.value)
    case 'state':
      return d.state === t.value
    case 'version':
      return String(meta.version ?? '') === t.value
    case 'versions.index':
      return String(d.versionIndex) === t.value
    default:
      return false
  }
}

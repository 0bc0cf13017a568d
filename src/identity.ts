// The one place that decides whether a draft or record belongs to this run.
//
// A run's identity is the repository at the ref (the tag, usually) plus an optional `dataset`
// key, for several datasets archived from one tag. It is written at creation as a
// related identifier, `isSupplementTo` the repository's tree at the ref: the link that Zenodo's
// own GitHub integration writes too. A dataset key goes into that link's query string
// (`…/tree/v1?dataset=figures`), which edits of the title, description or creators on Zenodo
// leave alone. Titles are not part of the identity: they change for good reasons.

import { treeUrl, type GitHubContext } from './github/context.js'
import type { RelatedIdentifier, ZenodoMetadata } from './metadata/types.js'
import type { RemoteRecord } from './repository/types.js'

export interface Identity {
  /** The marker link: the repository's tree at the ref, plus `?dataset=` when a key is set. */
  marker: string
  /** `octo/data@v1` or `octo/data@v1 (dataset figures)`, for messages. */
  label: string
  dataset?: string
  /** `https://github.com/octo/data/tree/`: the start of every marker of this repository. */
  repositoryPrefix: string
}

export function identityFor(github: GitHubContext, dataset?: string): Identity {
  const key = dataset?.trim() || undefined
  const tree = treeUrl(github)
  return {
    marker: key === undefined ? tree : `${tree}?dataset=${encodeURIComponent(key)}`,
    label: `${github.repository}@${github.refName || github.sha}${key === undefined ? '' : ` (dataset ${key})`}`,
    dataset: key,
    repositoryPrefix: `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}/tree/`
  }
}

/** The related identifier that carries the identity. */
export function markerIdentifier(identity: Identity): RelatedIdentifier {
  return { identifier: identity.marker, relation: 'isSupplementTo', resource_type: 'software', scheme: 'url' }
}

function sameUrl(a: unknown, b: string): boolean {
  if (typeof a !== 'string') return false
  const norm = (s: string): string => s.trim().replace(/\/+$/, '')
  return norm(a) === norm(b)
}

function identifiers(metadata: ZenodoMetadata | undefined): unknown[] {
  const list = metadata?.related_identifiers
  return Array.isArray(list) ? list : []
}

function identifierOf(entry: unknown): unknown {
  return entry !== null && typeof entry === 'object' ? (entry as { identifier?: unknown }).identifier : undefined
}

/** The repository links of this metadata that are markers: `isSupplementTo` links only. */
function markers(metadata: ZenodoMetadata | undefined): string[] {
  return identifiers(metadata).flatMap((r) => {
    const id = identifierOf(r)
    const relation = r !== null && typeof r === 'object' ? (r as { relation?: unknown }).relation : undefined
    return typeof id === 'string' && typeof relation === 'string' && relation.toLowerCase() === 'issupplementto'
      ? [id]
      : []
  })
}

/** True when the metadata carries exactly this identity's marker (another dataset's is not it). */
export function carriesMarker(identity: Identity, metadata: ZenodoMetadata | undefined): boolean {
  return markers(metadata).some((id) => sameUrl(id, identity.marker))
}

/**
 * Another marker of this repository (another ref's, or another dataset's) that the metadata
 * carries, when it does not carry this identity's: such a draft is another run's to fill.
 */
export function foreignMarker(identity: Identity, metadata: ZenodoMetadata | undefined): string | undefined {
  if (carriesMarker(identity, metadata)) return undefined
  return markers(metadata).find((id) => id.startsWith(identity.repositoryPrefix))
}

/** True for a draft or record, in any state, that belongs to this identity. */
export function belongs(identity: Identity, record: Pick<RemoteRecord, 'metadata'>): boolean {
  return carriesMarker(identity, record.metadata)
}

/**
 * The related identifiers with this identity's marker in place of any other marker of this
 * repository: a new version inherits the previous tag's link, and keeping it would make a re-run
 * of that tag take this version for its own.
 */
export function withMarker(identity: Identity, list: unknown[]): RelatedIdentifier[] {
  const kept = list.filter((r) => {
    const id = identifierOf(r)
    const relation = r !== null && typeof r === 'object' ? (r as { relation?: unknown }).relation : undefined
    return !(
      typeof id === 'string' &&
      relation === 'isSupplementTo' &&
      id.startsWith(identity.repositoryPrefix) &&
      !sameUrl(id, identity.marker)
    )
  }) as RelatedIdentifier[]
  return kept.some((r) => sameUrl(identifierOf(r), identity.marker)) ? kept : [...kept, markerIdentifier(identity)]
}

/** The `dataset` key of a marker link, undefined for a plain tree link. */
function datasetOf(marker: string): string | undefined {
  const q = marker.indexOf('?')
  return q < 0 ? undefined : (new URLSearchParams(marker.slice(q + 1)).get('dataset') ?? undefined)
}

/**
 * True when the record carries a marker of this repository at a tag with this identity's
 * dataset (or none, when it has none): a release of the same series, as `deposition-id:
 * repository` continues it. Zenodo's GitHub integration writes the same tree link.
 */
export function sameSeries(
  identity: Identity,
  record: Pick<RemoteRecord, 'metadata' | 'version'>,
  tags: ReadonlySet<string> = new Set()
): boolean {
  return markers(record.metadata).some((id) => {
    if (!id.startsWith(identity.repositoryPrefix) || datasetOf(id) !== identity.dataset) return false
    // Releases only: a branch's or a commit's snapshot (tree/main) is another series. A ref is a
    // tag when the checkout has it, or when it is the record's version (as every run and the
    // webhook write it).
    const raw = id.slice(identity.repositoryPrefix.length).split('?')[0]
    let ref = raw
    try {
      ref = decodeURIComponent(raw)
    } catch {
      // keep it as written
    }
    return tags.has(ref) || (record.version !== undefined && ref === record.version.trim())
  })
}

/** Query_string's escapes for an unquoted term (a wildcard cannot be quoted). */
function escapeTerm(s: string): string {
  return s.replace(/[+\-=&|><!(){}[\]^"~*?:\\/\s]/g, '\\$&')
}

/** A prefix query for every marker of this repository, for `field` (the API's name for related identifiers). */
export function repositoryQuery(identity: Identity, field: string): string {
  return `${field}:${escapeTerm(identity.repositoryPrefix)}*`
}

/** The search query that lets the server filter by the marker (Zenodo maps `related.identifier`). */
export function markerQuery(identity: Identity): string {
  return `related.identifier:"${identity.marker.replace(/["\\]/g, '\\$&')}"`
}

function createdMs(record: RemoteRecord): number {
  const t = Date.parse(record.created ?? '')
  return Number.isNaN(t) ? Infinity : t
}

function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The tie-break between concurrent runs: of this identity's drafts, the one the server created
 * first wins (its `created` time, then the lower id). Every run computes the same winner.
 */
export function earliest(drafts: RemoteRecord[]): RemoteRecord | undefined {
  return [...drafts].sort((a, b) => createdMs(a) - createdMs(b) || compareIds(a.id, b.id))[0]
}

/**
 * Drafts that this run's own create request may have made, after the request failed without an
 * answer: this identity's new drafts, created at or after `since` (the server's clock, its Date
 * header, as it last answered before the request; never the runner's clock), with the title and
 * the run's nonce that the request sent. The Date header counts whole seconds, and a concurrent
 * run of the same workflow sends the same title: only the nonce tells its draft apart.
 */
export function madeSince(
  identity: Identity,
  drafts: RemoteRecord[],
  since: number,
  title: string,
  nonce: string
): RemoteRecord[] {
  return drafts.filter((d) => {
    const t = createdMs(d)
    return (
      d.state === 'draft' &&
      d.conceptDoi === undefined &&
      belongs(identity, d) &&
      // Zenodo stores the title trimmed.
      d.title.trim() === title.trim() &&
      typeof d.metadata.notes === 'string' &&
      d.metadata.notes.includes(nonce) &&
      Number.isFinite(t) &&
      t >= since
    )
  })
}

// The plan: one pure function turns the settings, the local files with their MD5s and the
// remote state that gather() read into everything the run will do. A dry run prints it;
// execute() carries it out, and only rebase() may adjust it, once a new-version draft exists.

import { MAX_FILES, QUOTA_BYTES } from '../constants.js'
import type { LocalFile } from '../files/local-file.js'
import { belongs, earliest, foreignMarker, type Identity } from '../identity.js'
import type { ZenodoMetadata } from '../metadata/types.js'
import { validateForPublish } from '../metadata/validate.js'
import type { RemoteFile, RemoteRecord } from '../repository/types.js'
import {
  OPEN_STATUSES,
  unnamedCommunity,
  type Community,
  type CommunityRequest,
  type CommunityState
} from '../repository/communities.js'
import { UserError } from '../errors.js'

export type Target =
  /** Make a new deposition (a new concept). */
  | { kind: 'create' }
  /** Upload into an existing draft: the one given, one an earlier run made, or a pending new version. */
  | { kind: 'draft'; draft: RemoteRecord; reason: string }
  /** Make a new version of the concept of this record (its latest published version). */
  | { kind: 'new-version'; of: RemoteRecord; reason: string }
  /** A published record already holds this version and these files: nothing to do. */
  | { kind: 'archived'; record: RemoteRecord; reason: string }
  /** No file matched and that is allowed: only report what exists. */
  | { kind: 'read-only'; record?: RemoteRecord }
  /** The draft is submitted to a community and awaits its curators: nothing to do until they decide. */
  | { kind: 'in-review'; draft: RemoteRecord; review: CommunityRequest; community: Community; reason: string }

export type FileAction = 'upload' | 'replace' | 'skip' | 'delete'

export interface FilePlan {
  /** The name in NFC: the key this run writes. */
  name: string
  action: FileAction
  size: number
  /** Known MD5: the local one when hashed, the remote one for deletes. */
  md5?: string
  local?: LocalFile
  /** The server's file of that name, addressed by its own key (which may be in NFD). */
  remote?: RemoteFile
}

/** What gather() read, all before the first write. */
export interface RemoteState {
  /** What `deposition-id` names (for `repository`: the series' latest published version). */
  given?: RemoteRecord
  /** How `given` was found, when not by its id: for messages. */
  givenBy?: string
  /** Every draft and record that belongs to this run's identity, read whole. */
  own: RemoteRecord[]
  /** Per concept of `given` and of the identity's records: its latest version and pending draft. */
  concepts: Map<string, { latest?: RemoteRecord; pending?: RemoteRecord }>
  /** The server's clock when gather finished reading (its Date header, whole seconds). */
  readAt?: number
  /** The communities this run asks for, in order (the `community` input, then .zenodo.json's). */
  communities: Community[]
  /** Reviews, inclusions and requests of the records above, by record id (read when communities are asked for). */
  communityStates: Map<string, CommunityState>
}

/**
 * Communities: a first version goes to the first one for review (submit-review instead of
 * publish); the others, and every one for a record already published, through inclusion
 * requests once the record is published.
 */
export interface CommunityPlan {
  /** Submit for review instead of publishing, to this community. */
  review?: Community
  /** Inclusion requests to make once the record is published. */
  include: Community[]
  /** Requests already open: reported, never made twice. */
  pending: Array<{ community: Community; request: CommunityRequest }>
  /** Communities the record's concept is in already. */
  included: Community[]
}

export interface PlanInput {
  identity?: Identity
  /** The version this run sets: the input, else the tag, else the metadata file's. */
  version?: string
  local: LocalFile[]
  localMd5: ReadonlyMap<string, string>
  remote: RemoteState
  publish: boolean
  deleteOldFiles: boolean
  /** Patterns matched nothing and that is allowed: create nothing. */
  readOnly: boolean
  /** The complete metadata to send, given what the draft holds now. */
  metadataFor: (existing: ZenodoMetadata | undefined) => ZenodoMetadata
  /** Metadata as the server would store it, to tell whether an update would change anything. */
  comparable: (metadata: ZenodoMetadata) => unknown
  /** Where the metadata came from, for messages. */
  metadataSource: string
  /** Top-level fields the metadata file or the inputs set: the only ones compared with a published record. */
  setFields?: string[]
  /** `update-metadata`: edit a published record in place when those fields differ. */
  updateMetadata?: boolean
  /** The `tag` input is set: a past release may be archived after newer ones. */
  backfill?: boolean
}

/** A metadata edit of a published record: same DOI, same files, no new version. */
export interface MetadataEdit {
  record: RemoteRecord
  /** The fields that differ, as the server stores them. */
  fields: string[]
  metadata: ZenodoMetadata
}

export interface Plan {
  target: Target
  identity?: Identity
  version?: string
  files: FilePlan[]
  /** The deposition's files once the plan is done. */
  final: { count: number; bytes: number }
  /** The complete metadata the draft will hold, and whether it must be sent. */
  metadata?: ZenodoMetadata
  sendMetadata: boolean
  publish: boolean
  communities?: CommunityPlan
  /** update-metadata: the published record's edit. */
  edit?: MetadataEdit
  /** What is checked again just before publishing. */
  checks: string[]
  warnings: string[]
  /** Ids of this identity's records known when planning: any other one appeared meanwhile. */
  known: string[]
  /** The server's clock when the remote state was read. */
  readAt?: number
}

/** A decision the user has to make: the message says which, and how. */
export class PlanError extends UserError {
  override name = 'PlanError'
}

/**
 * Decides per file, comparing names in NFC. A local file whose name and MD5 match a remote one
 * is skipped; a changed one replaces it. With deleteOld, remote files this run does not upload
 * are deleted; unchanged ones are skipped, never deleted and re-sent.
 */
export function planFiles(
  local: LocalFile[],
  localMd5: ReadonlyMap<string, string>,
  remote: RemoteFile[],
  deleteOld: boolean
): FilePlan[] {
  const remoteByName = new Map(remote.map((f) => [f.key.normalize('NFC'), f]))
  const plans: FilePlan[] = []
  for (const file of local) {
    const existing = remoteByName.get(file.name)
    const md5 = localMd5.get(file.name)
    if (existing && md5 !== undefined && existing.md5 === md5 && existing.size === file.size) {
      plans.push({ name: file.name, action: 'skip', size: file.size, md5, local: file, remote: existing })
    } else {
      const action = existing ? 'replace' : 'upload'
      plans.push({ name: file.name, action, size: file.size, md5, local: file, remote: existing })
    }
  }
  if (deleteOld) {
    const localNames = new Set(local.map((f) => f.name))
    for (const [name, file] of remoteByName) {
      if (!localNames.has(name)) plans.push({ name, action: 'delete', size: file.size, md5: file.md5, remote: file })
    }
  }
  return plans
}

/** Local files worth hashing before planning: a remote file has the same name and size. */
export function filesToHash(local: LocalFile[], remote: RemoteFile[]): LocalFile[] {
  const sizes = new Set(remote.map((f) => `${f.key.normalize('NFC')}\0${f.size}`))
  return local.filter((f) => sizes.has(`${f.name}\0${f.size}`))
}

/** Every remote file that gather() saw, for deciding what to hash. */
export function remoteFilesOf(remote: RemoteState): RemoteFile[] {
  const records = [remote.given, ...remote.own, ...[...remote.concepts.values()].flatMap((c) => [c.latest, c.pending])]
  return records.flatMap((r) => r?.files ?? [])
}

export interface LimitCheck {
  errors: string[]
  warnings: string[]
  count: number
  bytes: number
}

/** Checks the deposition's final file set against Zenodo's per-record limits, before any upload. */
export function checkLimits(plans: FilePlan[], remote: RemoteFile[]): LimitCheck {
  const byName = new Map(remote.map((f) => [f.key.normalize('NFC'), f.size]))
  for (const p of plans) {
    if (p.action === 'delete') byName.delete(p.name)
    else byName.set(p.name, p.size)
  }
  const count = byName.size
  const bytes = [...byName.values()].reduce((a, b) => a + b, 0)
  const errors: string[] = []
  const warnings: string[] = []
  if (count > MAX_FILES) {
    errors.push(
      `The deposition would hold ${count} files; Zenodo allows at most ${MAX_FILES} per record. ` +
        `Pack them with the 'archive' input, upload fewer, or set 'delete-old-files: true' to drop inherited ones.`
    )
  }
  if (bytes > QUOTA_BYTES) {
    warnings.push(
      `The deposition would hold ${(bytes / 1e9).toFixed(1)} GB; Zenodo refuses more than 50 GB per record unless ` +
        `your quota was raised (ask Zenodo support before the upload).`
    )
  }
  return { errors, warnings, count, bytes }
}

/**
 * True when a record holds these files (name in NFC and MD5): exactly these with
 * delete-old-files, at least these without it (the record may keep inherited ones). No local
 * files (a publish-only or create-only run) adds nothing, so any record holds them.
 */
export function holdsFiles(
  local: LocalFile[],
  localMd5: ReadonlyMap<string, string>,
  remote: RemoteFile[],
  exactly: boolean
): boolean {
  if (exactly && local.length > 0 && local.length !== remote.length) return false
  const remoteMd5 = new Map(remote.map((f) => [f.key.normalize('NFC'), f.md5]))
  return local.every((f) => localMd5.has(f.name) && remoteMd5.get(f.name) === localMd5.get(f.name))
}

/** Stable JSON for comparing metadata objects regardless of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        )
      : v
  )
}

/**
 * Metadata a new version starts from: the latest version's, minus what the server resets
 * (invenio-rdm-records `services/components/metadata.py`, `new_version_skip_fields`).
 */
export function inheritedMetadata(record: RemoteRecord): ZenodoMetadata {
  const { version: _v, publication_date: _d, doi: _doi, prereserve_doi: _p, ...rest } = record.metadata
  return rest
}

function describeRecord(r: RemoteRecord): string {
  const what = r.state === 'draft' ? 'Draft' : r.state === 'editing' ? 'Record (open for editing)' : 'Record'
  return `${what} ${r.id}${r.doi ? ` (${r.doi})` : ''}`
}

function titleConflict(r: RemoteRecord, title: string, input: PlanInput): PlanError {
  const who = input.identity?.label ?? 'this run'
  return new PlanError(
    `${describeRecord(r)} belongs to ${who} but is titled '${r.title}', while this run's metadata ` +
      (title ? `says '${title}'. ` : 'has no title. ') +
      `If it is the same dataset with its title edited, put the title '${r.title}' into ${input.metadataSource} ` +
      `(or change it back on Zenodo). If it is another dataset from the same tag, give each dataset its own ` +
      `'dataset' input. Nothing was changed.`
  )
}

/** The record to make a new version of, or the draft to reuse, for a published record's concept. */
function conceptTarget(record: RemoteRecord, input: PlanInput, why: string, named: boolean): Target {
  const concept = record.conceptId === undefined ? undefined : input.remote.concepts.get(record.conceptId)
  const pending = concept?.pending
  if (pending) {
    // A record named by deposition-id takes its concept's pending draft as it is (made in the web
    // UI, say), unless the draft carries another ref's or dataset's marker of this repository: that
    // one is another run's (or its leftover). One found through the identity must be this run's.
    const other = input.identity ? foreignMarker(input.identity, pending.metadata) : undefined
    if (input.identity && (other !== undefined || (!named && !belongs(input.identity, pending)))) {
      throw new PlanError(
        `Concept ${record.conceptId} already has a pending new version (draft ${pending.id}) that is not ${input.identity.label}'s` +
          (other ? ` (it links ${other})` : '') +
          `: this run would upload into it. Publish or discard draft ${pending.id} on Zenodo, or set deposition-id to ${pending.id} to upload into it on purpose.`
      )
    }
    return (
      underReview(pending, input) ?? {
        kind: 'draft',
        draft: pending,
        reason: `pending new version of concept ${record.conceptId}`
      }
    )
  }
  const latest = concept?.latest ?? record
  return {
    kind: 'new-version',
    of: latest,
    reason: `${why}; latest version of concept ${record.conceptId ?? latest.id}`
  }
}

/** Chooses what the run works on; throws PlanError where only the user can decide. */
function chooseTarget(input: PlanInput, title: string | undefined): Target {
  const { remote, identity, version, local, localMd5, deleteOldFiles } = input
  if (input.readOnly) return { kind: 'read-only', record: remote.given }
  const holds = (r: RemoteRecord): boolean => holdsFiles(local, localMd5, r.files, deleteOldFiles)
  const holdsExactly = (r: RemoteRecord): boolean => holdsFiles(local, localMd5, r.files, true)
  const own = remote.own
  // Titles are not identities: another title is this release only if it holds exactly these
  // files. A run that sets no title keeps the title it finds, except a first draft's: that one
  // came from whichever run made it, and a title-less run does not fill a titled sibling's.
  // What deposition-id names is the user's choice, whatever its title.
  for (const r of own) {
    // Zenodo stores the title trimmed.
    if (r.id === remote.given?.id || r.title.trim() === (title ?? '').trim()) continue
    if (title === undefined && (r.state !== 'draft' || r.conceptDoi !== undefined)) continue
    if (r.state !== 'draft' && holdsExactly(r)) continue
    throw titleConflict(r, title ?? '', input)
  }
  // An edit that the owner opened on Zenodo is never ours to fill or publish.
  for (const r of own.filter((r) => r.state === 'editing')) {
    if (holds(r))
      return { kind: 'archived', record: r, reason: `record ${r.id} holds these files (an edit is open on Zenodo)` }
    throw new PlanError(
      `${describeRecord(r)} of ${identity?.label ?? 'this run'} has an edit open on Zenodo, and its files differ from this run's. ` +
        `The action never writes into or publishes an edit it did not open: finish or discard the edit on Zenodo ` +
        `(${r.links.html ?? `record ${r.id}`}), then re-run.`
    )
  }
  const concept = remote.given?.conceptId
  const published = [
    ...own.filter((r) => r.state === 'published'),
    ...(remote.given && remote.given.state !== 'draft' ? [remote.given] : []),
    ...(concept ? [remote.concepts.get(concept)?.latest] : [])
  ].filter((r): r is RemoteRecord => r !== undefined)
  // Records of one identity are told apart by version: a published one with this version is
  // this release, and a published release never gets a second record.
  const sameVersion = published.filter((r) => version === undefined || r.version === version)
  const archived = sameVersion.find(holds)
  if (archived) {
    return {
      kind: 'archived',
      record: archived,
      reason: `record ${archived.id} already holds version ${version ?? '(none)'} with these files`
    }
  }
  if (version !== undefined && sameVersion.length > 0) {
    const r = sameVersion[0]
    throw new PlanError(
      `${describeRecord(r)} already publishes version ${version} of ${identity?.label ?? 'this concept'}, with other files than this run's ` +
        `(a rebuilt artifact rarely has the same bytes). A published record is permanent, so the action will not publish ` +
        `a second record of version ${version}. To publish a corrected release on purpose, set the 'version' input to a new ` +
        `version (e.g. ${version}-1). Nothing was changed.`
    )
  }
  if (remote.given) {
    const g = remote.given
    const by = remote.givenBy ?? `deposition-id ${g.id}`
    if (g.state === 'draft') return underReview(g, input) ?? { kind: 'draft', draft: g, reason: by }
    return conceptTarget(g, input, by, true)
  }
  if (!identity) return { kind: 'create' }
  const drafts = own.filter((r) => r.state === 'draft')
  const draft = earliest(drafts)
  if (draft)
    return underReview(draft, input) ?? { kind: 'draft', draft, reason: `made by an earlier run for ${identity.label}` }
  const concepts = [...new Set(own.flatMap((r) => (r.conceptId ? [r.conceptId] : [])))]
  if (concepts.length > 1) {
    throw new PlanError(
      `${identity.label} has records in ${concepts.length} concepts (${concepts.join(', ')}); the run cannot tell which to continue. ` +
        `Set deposition-id to one of them, or give each dataset its own 'dataset' input.`
    )
  }
  const latest = own.find((r) => r.state === 'published')
  if (latest) return conceptTarget(latest, input, `published by an earlier run for ${identity.label}`, false)
  return { kind: 'create' }
}

/**
 * A draft whose review is open awaits the curators: a re-run reports it and submits nothing
 * twice. A declined submission ends the run, naming the decline, while the run still asks for
 * that community.
 */
function underReview(draft: RemoteRecord, input: PlanInput): Target | undefined {
  const review = input.remote.communityStates.get(draft.id)?.review
  if (!review) return undefined
  const community =
    input.remote.communities.find((c) => c.id === review.communityId) ??
    review.community ??
    unnamedCommunity(review.communityId)
  if (review.status === 'declined' && input.remote.communities.some((c) => c.id === review.communityId)) {
    throw new PlanError(
      `Community '${community.slug}' declined the submission of draft ${draft.id} (${review.url}). ` +
        `Read the curators' comments there. To publish without that community, remove '${community.slug}' from the ` +
        `'community' input (or from .zenodo.json's communities) and re-run; to try again, resubmit the draft on the instance.`
    )
  }
  if (review.status !== 'submitted') return undefined
  if (!holdsFiles(input.local, input.localMd5, draft.files, input.deleteOldFiles)) {
    throw new PlanError(
      `Draft ${draft.id} is under review by community '${community.slug}' (${review.url}), and its files differ from this ` +
        `run's. The action does not change a draft while its curators review it: wait for their decision, or cancel the ` +
        `review on the instance, then re-run.`
    )
  }
  return {
    kind: 'in-review',
    draft,
    review,
    community,
    reason: `draft ${draft.id} awaits the review of community '${community.slug}'`
  }
}

/** Who gets which request, given the chosen target and what gather read. */
function planCommunities(input: PlanInput, target: Target): CommunityPlan | undefined {
  const wanted = input.remote.communities
  if (wanted.length === 0 || target.kind === 'read-only' || target.kind === 'in-review') return undefined
  const states = input.remote.communityStates
  const record =
    target.kind === 'archived'
      ? target.record
      : target.kind === 'new-version'
        ? target.of
        : target.kind === 'draft'
          ? target.draft
          : undefined
  const state = record ? states.get(record.id) : undefined
  // A new-version draft's concept is in the communities its latest version is in.
  const concept = record?.conceptId ? input.remote.concepts.get(record.conceptId)?.latest : undefined
  const conceptState = concept ? states.get(concept.id) : undefined
  const includedIds = new Set([...(state?.included ?? []), ...(conceptState?.included ?? [])])
  const requests = [...(state?.requests ?? []), ...(conceptState?.requests ?? [])]
  const included = wanted.filter((c) => includedIds.has(c.id))
  const pending: CommunityPlan['pending'] = []
  const include: Community[] = []
  for (const c of wanted.filter((c) => !includedIds.has(c.id))) {
    const asked = requests.filter((r) => r.communityId === c.id)
    const open = asked.find((r) => OPEN_STATUSES.has(r.status))
    if (open) {
      pending.push({ community: c, request: open })
      continue
    }
    const declined = asked.find((r) => r.status === 'declined')
    if (declined) {
      throw new PlanError(
        `Community '${c.slug}' declined including record ${record?.id ?? ''} (${declined.url}). Remove '${c.slug}' from the ` +
          `'community' input (or from .zenodo.json's communities) and re-run.`
      )
    }
    include.push(c)
  }
  // Only a first version is reviewed; upstream refuses a review for a new version of a published record.
  const first = target.kind === 'create' || (target.kind === 'draft' && isFirstVersion(target.draft))
  if (first && input.publish && include.length > 0) {
    const [review, ...rest] = include
    return { review, include: rest, pending, included }
  }
  return { include, pending, included }
}

/**
 * The fields the file or the inputs set that a published record holds otherwise, compared as the
 * server stores them so that a re-run after an edit settles. With update-metadata they are
 * applied in place; without it the run says which differ.
 */
function metadataEdit(input: PlanInput, record: RemoteRecord, warnings: string[]): MetadataEdit | undefined {
  const fieldsSet = input.setFields ?? []
  if (record.state !== 'published' || fieldsSet.length === 0) return undefined
  const wanted = input.metadataFor(record.metadata)
  const now = input.comparable(record.metadata) as Record<string, unknown>
  const then = input.comparable(wanted) as Record<string, unknown>
  const fields = fieldsSet.filter((k) => canonical(now[k]) !== canonical(then[k]))
  if (fields.length === 0) return undefined
  const list = fields.join(', ')
  if (!input.updateMetadata) {
    warnings.push(
      `The metadata of record ${record.id} differs from ${input.metadataSource} in: ${list}. ` +
        `Set update-metadata: true to apply it to the published record (same DOI, same files, no new version).`
    )
    return undefined
  }
  const problems = validateForPublish(wanted)
  if (problems.length > 0) {
    throw new PlanError(
      `Cannot update record ${record.id}: the server would refuse this metadata (fix ${input.metadataSource} or the inputs):\n${problems.join('\n')}`
    )
  }
  return { record, fields, metadata: wanted }
}

function filesOfTarget(target: Target): RemoteFile[] {
  switch (target.kind) {
    case 'draft':
      return target.draft.files
    case 'new-version':
      return target.of.files
    case 'archived':
      return target.record.files
    case 'in-review':
      return target.draft.files
    default:
      return []
  }
}

function existingMetadata(target: Target): ZenodoMetadata | undefined {
  if (target.kind === 'draft') return target.draft.metadata
  if (target.kind === 'new-version') return inheritedMetadata(target.of)
  return undefined
}

/** Files, limits, metadata and publish checks for a chosen target. */
function complete(input: PlanInput, target: Target, warnings: string[]): Plan {
  const remoteFiles = filesOfTarget(target)
  const base = {
    target,
    identity: input.identity,
    version: input.version,
    publish: input.publish,
    warnings,
    known: input.remote.own.map((r) => r.id),
    readAt: input.remote.readAt
  }
  const communities = planCommunities(input, target)
  const edit = target.kind === 'archived' ? metadataEdit(input, target.record, warnings) : undefined
  if (target.kind === 'archived' || target.kind === 'read-only' || target.kind === 'in-review') {
    const files = input.local.map((f): FilePlan => ({
      name: f.name,
      action: 'skip',
      size: f.size,
      md5: input.localMd5.get(f.name),
      local: f
    }))
    return {
      ...base,
      files,
      final: { count: remoteFiles.length, bytes: 0 },
      sendMetadata: false,
      checks: [],
      communities,
      edit,
      metadata: edit?.metadata
    }
  }
  const files = planFiles(input.local, input.localMd5, remoteFiles, input.deleteOldFiles)
  const limits = checkLimits(files, remoteFiles)
  if (limits.errors.length > 0) throw new PlanError(limits.errors.join('\n'))
  warnings.push(...limits.warnings)
  const existing = existingMetadata(target)
  const metadata = input.metadataFor(existing)
  const sendMetadata =
    target.kind !== 'draft' ||
    canonical(input.comparable(target.draft.metadata)) !== canonical(input.comparable(metadata))
  const checks: string[] = []
  if (input.publish) {
    const problems = validateForPublish(metadata)
    if (limits.count === 0) problems.push('files: Zenodo does not publish a record without files. Set the files input.')
    if (problems.length > 0) {
      throw new PlanError(
        `Cannot publish: Zenodo would refuse this record (fix ${input.metadataSource} or the inputs):\n${problems.join('\n')}`
      )
    }
    checks.push('every file of the final set is in the draft with the MD5 this run computed')
    if (input.identity) checks.push(`no other record of ${input.identity.label} was published meanwhile`)
    checks.push(
      communities?.review
        ? `the community '${communities.review.slug}' has the submission (the record is published once its curators accept)`
        : 'the server reports the record as published afterwards'
    )
  }
  return {
    ...base,
    files,
    final: { count: limits.count, bytes: limits.bytes },
    metadata,
    sendMetadata,
    checks,
    communities
  }
}

export function plan(input: PlanInput): Plan {
  const warnings: string[] = []
  const title = input.metadataFor(undefined).title
  const runTitle = typeof title === 'string' && title.trim() !== '' ? title : undefined
  if (!input.publish && !input.readOnly && runTitle === undefined) {
    warnings.push(
      `The metadata has no title: Zenodo will not publish the record until it has one. Set title in .zenodo.json or CITATION.cff, or pass metadata.`
    )
  }
  // The title this run sets: the file's (or a zero-config release's), not a default that only
  // fills a gap. A run that sets none keeps the title it finds.
  const sets = input.setFields === undefined || input.setFields.includes('title')
  const target = chooseTarget(input, sets ? runTitle : undefined)
  const newVersion = target.kind === 'new-version' || (target.kind === 'draft' && !isFirstVersion(target.draft))
  if (input.backfill && input.publish && newVersion) {
    warnings.push(
      `Publishing ${input.version ?? 'this tag'} makes it the latest version of its concept, even if newer releases ` +
        `are archived already: back-fill past releases oldest first, before archiving new ones.`
    )
  }
  return complete(input, target, warnings)
}

/**
 * The plan against the draft that now exists: a new version's inherited files are only known
 * once the server made it, and a reused pending draft has metadata of its own.
 */
export function rebase(planned: Plan, draft: RemoteRecord, input: PlanInput): Plan {
  const md5 = new Map(input.localMd5)
  for (const f of planned.files) if (f.local && f.md5) md5.set(f.name, f.md5)
  return complete(
    { ...input, localMd5: md5 },
    { kind: 'draft', draft, reason: planned.target.kind === 'draft' ? planned.target.reason : 'new version' },
    [...planned.warnings]
  )
}

/** A draft of a concept never published: its version index where the API tells it, else no concept DOI yet. */
export function isFirstVersion(draft: RemoteRecord): boolean {
  return draft.firstVersion ?? draft.conceptDoi === undefined
}

/** Whether execute() has anything to do: uploads or a publish, or inclusions for an archived record. */
export function hasWork(plan: Plan): boolean {
  const kind = plan.target.kind
  if (kind === 'read-only' || kind === 'in-review') return false
  if (kind === 'archived') return plan.edit !== undefined || (plan.communities?.include.length ?? 0) > 0
  return true
}

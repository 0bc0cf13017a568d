// Carries out a plan: the only module that writes to the server. It returns what happened,
// and outputs and the summary are built from that, even when a step failed.

import { randomUUID } from 'node:crypto'
import { ConcurrentRunError, UserError } from '../errors.js'
import { belongs, earliest, madeSince, type Identity } from '../identity.js'
import type { Log } from '../log.js'
import { oneLine } from '../log.js'
import type { RemoteRecord, Repository } from '../repository/types.js'
import {
  unnamedCommunity,
  type Community,
  type CommunityRequest,
  type InclusionResult
} from '../repository/communities.js'
import { uploadAll, type FileOutcome, type UploadOptions } from '../upload/engine.js'
import { ZenodoApiError } from '../zenodo/errors.js'
import { isFirstVersion, rebase, type MetadataEdit, type Plan, type PlanInput } from './plan.js'

export interface ExecuteOptions {
  repo: Repository
  log: Log
  upload: Omit<UploadOptions, 'log'>
  /** How long a fresh draft takes to show in the server's search, with margin. */
  settleMs: number
  sleep?: (ms: number) => Promise<void>
}

export interface Outcome {
  /** The draft or record as the server last showed it. */
  record?: RemoteRecord
  files: FileOutcome[]
  /** Files the run meant to upload, for "3 of 5 uploaded". */
  plannedUploads: number
  published: boolean
  /** The community review this run submitted, as the server answered. */
  review?: CommunityRequest
  /** The inclusion requests this run made, per community. */
  inclusions: InclusionResult[]
  notes: string[]
  error?: Error
}

/** How often, and how many times, the run looks for its own fresh draft in the search. */
const POLL_MS = 250
const MAX_POLLS = 40

class Execution {
  readonly outcome: Outcome
  private readonly sleep: (ms: number) => Promise<void>
  /** The draft this run made, so that a loser discards only what is its own. */
  private made?: string
  /** Marks this run's create request (see create()). */
  private readonly nonce = `zenodo-upload run ${randomUUID()}`

  constructor(
    private plan: Plan,
    private readonly input: PlanInput,
    private readonly opts: ExecuteOptions
  ) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
    this.outcome = { files: [], plannedUploads: 0, published: false, inclusions: [], notes: [] }
  }

  private get repo(): Repository {
    return this.opts.repo
  }

  async run(): Promise<void> {
    if (this.plan.target.kind === 'archived') {
      // Nothing to upload: only the communities a later run asks for, once the record is published.
      this.outcome.record = this.plan.target.record
      this.outcome.published = true
      const record = this.plan.edit ? await this.editInPlace(this.plan.edit) : this.plan.target.record
      await this.include(record)
      return
    }
    const draft = await this.open()
    const identity = this.plan.identity
    if (this.plan.target.kind === 'create' && identity) {
      // The concurrent-run check waits on the search index; the uploads need not wait for it.
      // Its verdict is awaited before anything else happens, publishing included.
      const [verdict, transfer] = await Promise.allSettled([this.settle(draft, identity), this.transfer(draft)])
      if (verdict.status === 'rejected') {
        // Without a verdict a rival may have won: this run's draft must not stay behind with files.
        await this.discardOwn(draft).catch(() => undefined)
        throw verdict.reason
      }
      if (verdict.value) {
        await this.discardOwn(draft)
        throw new ConcurrentRunError(
          `Another run made ${verdict.value.state === 'draft' ? 'draft' : 'record'} ${verdict.value.id} for ${identity.label} first. ` +
            `This run discarded its own draft ${draft.id}, with what it had uploaded, and stops: two records for one release ` +
            `would be permanent. Run one workflow per tag at a time (see the README's concurrency group).`
        )
      }
      if (transfer.status === 'rejected') throw transfer.reason
    } else {
      await this.transfer(draft)
    }
    if (this.plan.publish) await this.publish(draft)
    else {
      this.outcome.record = await this.repo.read(draft.id)
      this.opts.log.info(
        `Draft ${draft.id} is ready: review and publish it at ${draft.links.html ?? 'Zenodo'}, or set publish: true.`
      )
    }
  }

  /** Gets the draft the plan targets, making it or a new version if needed, with its metadata. */
  private async open(): Promise<RemoteRecord> {
    const { target } = this.plan
    switch (target.kind) {
      case 'create':
        return this.create()
      case 'draft':
        this.outcome.record = target.draft
        return this.sendMetadata(target.draft, false)
      case 'new-version': {
        const { draft, created } = await this.repo.newVersion(target.of)
        if (!created && !this.plan.known.includes(draft.id) && this.isFresh(draft)) {
          // A pending draft the search could not show yet: another run is making this version
          // now. Writing into it would overwrite files that run verifies.
          throw new ConcurrentRunError(
            `Another run opened new version ${draft.id} of concept ${draft.conceptId} a moment ago; this run leaves it alone ` +
              `and stops. Re-run once that run is done: it finds the version and changes nothing, or continues it.`
          )
        }
        if (created) this.made = draft.id
        this.outcome.record = draft
        this.opts.log.info(
          `New version draft ${draft.id} of concept ${draft.conceptId}, with ${draft.files.length} inherited file(s).`
        )
        try {
          this.plan = rebase(this.plan, draft, this.input)
        } catch (err) {
          // The inherited files break a limit: leave nothing behind, as for refused metadata.
          await this.discardOwn(draft)
          throw err
        }
        return this.sendMetadata(draft, created)
      }
      default:
        throw new Error(`nothing to open for a ${target.kind} target`)
    }
  }

  /**
   * Made since this run read the server, or so shortly before that the search could not show it
   * yet (by the server's clock): another run's. An older one that the search missed is a leftover.
   */
  private isFresh(record: RemoteRecord): boolean {
    const since = this.plan.readAt ?? this.repo.serverTime()
    const created = Date.parse(record.created ?? '')
    // The Date header counts whole seconds: allow one more.
    return since !== undefined && !Number.isNaN(created) && created >= since - this.opts.settleMs - 1000
  }

  private async create(): Promise<RemoteRecord> {
    const identity = this.plan.identity
    if (identity) {
      // A last look right before the write: it narrows the window for a concurrent run (hashing
      // may have taken a while since gather), and its answer carries a fresh server clock.
      const appeared = (await this.repo.findByMarker(identity)).find(
        (r) => belongs(identity, r) && !this.plan.known.includes(r.id)
      )
      if (appeared) {
        throw new ConcurrentRunError(
          `Another run made ${appeared.state === 'draft' ? 'draft' : 'record'} ${appeared.id} for ${identity.label} while ` +
            `this run was preparing; this run created nothing and stops. Re-run once that run is done.`
        )
      }
    }
    const metadata = this.plan.metadata ?? {}
    if (!identity) {
      const draft = await this.repo.createDraft(metadata, async () => undefined)
      this.made = draft.id
      this.outcome.record = draft
      this.opts.log.info(`Created deposition ${draft.id} (reserved DOI ${draft.reservedDoi ?? 'none'}).`)
      return draft
    }
    // The create request carries a nonce of this run in its notes, so that after an answer that
    // never came the run can tell its own draft from a concurrent run's with the same metadata.
    // The metadata update right after the create removes it again.
    const notes = [typeof metadata.notes === 'string' ? metadata.notes : '', this.nonce].filter((s) => s !== '')
    // The server's clock before the request: a draft created since then may be this request's.
    const since = this.repo.serverTime()
    let recovered = false
    const draft = await this.repo.createDraft({ ...metadata, notes: notes.join('\n') }, async () => {
      if (since === undefined) return undefined
      // The search shows a fresh draft only after a moment: wait for it before deciding.
      await this.sleep(this.opts.settleMs)
      const title = typeof metadata.title === 'string' ? metadata.title : ''
      const mine = madeSince(identity, await this.repo.findByMarker(identity), since, title, this.nonce)
      recovered = mine.length > 0
      return earliest(mine)
    })
    this.made = draft.id
    this.outcome.record = draft
    this.opts.log.info(
      recovered
        ? `Took over draft ${draft.id}, which this run's unanswered create request had made.`
        : `Created deposition ${draft.id} (reserved DOI ${draft.reservedDoi ?? 'none'}).`
    )
    return this.sendMetadata(draft, true)
  }

  /**
   * Concurrent runs for one identity. Zenodo's search shows a fresh draft only after its index
   * refreshes; once this run's draft shows, every draft indexed before it shows too. The run
   * waits a margin more (settleMs: drafts created a moment earlier may be indexed a moment later),
   * lists the identity's drafts again, and the earliest wins. Returns the winner when it is not
   * this run's draft; every run computes the same one.
   */
  private async settle(draft: RemoteRecord, identity: Identity): Promise<RemoteRecord | undefined> {
    const list = async (): Promise<RemoteRecord[]> =>
      (await this.repo.findByMarker(identity)).filter((r) => belongs(identity, r))
    let polls = 0
    while (!(await list()).some((r) => r.id === draft.id)) {
      if (++polls >= MAX_POLLS) {
        throw new ConcurrentRunError(
          `Zenodo's search did not show the new draft ${draft.id} after ${Math.round((MAX_POLLS * POLL_MS) / 1000)} s, ` +
            `so the run could not check for a concurrent run of ${identity.label}. It discarded the draft and stops ` +
            `without publishing; re-run later.`
        )
      }
      await this.sleep(POLL_MS)
    }
    await this.sleep(this.opts.settleMs)
    let found = await list()
    // A draft with this run's nonce is its own: an earlier attempt of its create request that
    // landed after all. It holds nothing; discard it rather than lose to it.
    for (const orphan of found.filter((r) => r.id !== draft.id && r.state === 'draft' && this.carriesNonce(r))) {
      await this.repo.discard(orphan)
      this.opts.log.info(`Discarded draft ${orphan.id}, an earlier attempt of this run's create request.`)
      found = found.filter((r) => r.id !== orphan.id)
    }
    const rival =
      found.find((r) => r.state !== 'draft' && !this.plan.known.includes(r.id)) ??
      earliest(found.filter((r) => r.state === 'draft' && r.conceptDoi === undefined))
    return rival && rival.id !== draft.id ? rival : undefined
  }

  private carriesNonce(r: RemoteRecord): boolean {
    return typeof r.metadata.notes === 'string' && r.metadata.notes.includes(this.nonce)
  }

  private async discardOwn(draft: RemoteRecord): Promise<void> {
    if (this.made !== draft.id) return
    await this.repo.discard(draft)
    this.made = undefined
    this.outcome.record = undefined
    this.opts.log.info(`Discarded draft ${draft.id}, which this run had made.`)
  }

  private async sendMetadata(draft: RemoteRecord, fresh: boolean): Promise<RemoteRecord> {
    if (!this.plan.sendMetadata || !this.plan.metadata) {
      this.opts.log.info(`Metadata of deposition ${draft.id} is already up to date.`)
      return draft.links.bucket ? draft : this.repo.read(draft.id)
    }
    try {
      const updated = await this.repo.updateMetadata(draft, this.plan.metadata)
      this.opts.log.info(`Updated the metadata of deposition ${draft.id}.`)
      this.outcome.record = updated
      return updated
    } catch (err) {
      if (!(err instanceof ZenodoApiError) || err.status !== 400) throw err
      const fix = `Fix these fields in the metadata (${this.input.metadataSource}) and re-run.`
      if (!fresh) throw err.reworded(`${err.message}\n${fix}`)
      // The new version only holds what it inherited: discard it, so a refusal leaves nothing behind.
      await this.discardOwn(draft)
      throw err.reworded(
        `${err.message}\n${fix} The ${draft.conceptDoi ? 'new-version ' : ''}draft ${draft.id} was discarded; nothing was left behind.`
      )
    }
  }

  /** Deletes, then uploads with verification; records skips. */
  private async transfer(draft: RemoteRecord): Promise<void> {
    const { files } = this.plan
    const record = (o: FileOutcome): void => void this.outcome.files.push(o)
    this.outcome.plannedUploads = files.filter((p) => p.action === 'upload' || p.action === 'replace').length
    // Deletes first: the file limit counts what is in the bucket at each upload.
    for (const p of files) {
      if (p.action !== 'delete' || !p.remote) continue
      await this.repo.deleteFile(draft, p.remote)
      this.opts.log.info(`Deleted '${oneLine(p.name)}' (not part of this run).`)
      record({ name: p.name, size: p.size, md5: p.md5 ?? '', status: 'deleted' })
    }
    // A file held under another Unicode form of the name is replaced by deleting its own key:
    // a PUT of the NFC name would leave a look-alike beside it.
    for (const p of files) {
      if (p.action !== 'replace' || !p.remote || p.remote.key === p.name) continue
      await this.repo.deleteFile(draft, p.remote)
    }
    for (const p of files.filter((p) => p.action === 'skip')) {
      this.opts.log.info(`= ${oneLine(p.name)} is already there with the same MD5; skipped.`)
      record({ name: p.name, size: p.size, md5: p.md5 ?? '', status: 'skipped' })
    }
    // In a first-version draft nothing was inherited: a file of that name came from an earlier
    // run or from a parallel job (matrix fan-out), where a name clash would lose a part.
    if (draft.conceptDoi === undefined) {
      for (const p of files.filter((p) => p.action === 'replace')) {
        this.opts.log.warning(
          `'${oneLine(p.name)}' is already in draft ${draft.id} with other content (from an earlier run, or from a parallel job ` +
            `uploading a file with the same name); it is replaced. Give parallel jobs distinct file names.`
        )
      }
    }
    const toSend = files.flatMap((p) => ((p.action === 'upload' || p.action === 'replace') && p.local ? [p.local] : []))
    const { outcomes, errors } = await uploadAll(this.repo, draft, toSend, { ...this.opts.upload, log: this.opts.log })
    for (const o of outcomes) record(o)
    if (errors.length > 0) {
      // Two runs can share a new version's draft: if the other published it meanwhile, that is
      // why the uploads failed, and nothing is left to resume.
      const now = await this.repo.read(draft.id).catch(() => undefined)
      if (now && now.state !== 'draft') {
        this.outcome.record = now
        throw new ConcurrentRunError(
          `Another run published draft ${draft.id}${now.doi ? ` (${now.doi})` : ''} while this run was uploading into it; ` +
            `this run published nothing. Re-run once that run is done: it finds the release.`
        )
      }
      const done = this.outcome.files.filter((f) => f.status === 'uploaded').length
      throw new UserError(
        `${errors.length} file(s) failed; ${done} uploaded. Deposition ${draft.id} was kept as a draft and not published; re-run to resume.\n` +
          errors.map((e) => e.message).join('\n')
      )
    }
  }

  /** Files this run uploaded or kept that the record does not hold with the MD5 this run computed. */
  private notHeld(record: RemoteRecord): FileOutcome[] {
    const held = new Map(record.files.map((f) => [f.key.normalize('NFC'), f.md5]))
    return this.outcome.files.filter(
      (f) => (f.status === 'uploaded' || f.status === 'skipped') && held.get(f.name) !== f.md5
    )
  }

  /** Checks the draft once more, then publishes it and believes only the state the server shows. */
  private async publish(draft: RemoteRecord): Promise<void> {
    const current = await this.repo.read(draft.id)
    this.outcome.record = current
    const held = new Map(current.files.map((f) => [f.key.normalize('NFC'), f.md5]))
    const missing = this.notHeld(current)
    if (missing.length > 0) {
      throw new UserError(
        `Not publishing: ${missing.map((f) => `'${oneLine(f.name)}'`).join(', ')} is not in draft ${draft.id} with the MD5 ` +
          `this run computed (another run may have replaced it). Re-run to upload it again.`
      )
    }
    // A concurrent newversion call imports the inherited files again into an emptied draft.
    const back = this.outcome.files.filter((f) => f.status === 'deleted' && held.has(f.name))
    if (back.length > 0) {
      throw new UserError(
        `Not publishing: ${back.map((f) => `'${oneLine(f.name)}'`).join(', ')}, which this run deleted, is in draft ` +
          `${draft.id} again (another run may have asked for a new version meanwhile). Re-run to delete it again.`
      )
    }
    if (held.size === 0) {
      throw new UserError(
        `Not publishing: draft ${draft.id} holds no files, and Zenodo does not publish a record without files.`
      )
    }
    const identity = this.plan.identity
    if (identity) {
      const found = (await this.repo.findByMarker(identity)).filter((r) => belongs(identity, r))
      const rival = found.find(
        (r) =>
          r.state !== 'draft' &&
          r.id !== draft.id &&
          !this.plan.known.includes(r.id) &&
          (this.plan.version === undefined || r.version === this.plan.version)
      )
      if (rival) {
        const own = this.made === draft.id
        await this.discardOwn(draft)
        throw new ConcurrentRunError(
          `Record ${rival.id}${rival.doi ? ` (${rival.doi})` : ''} of ${identity.label} was published by another run while this ` +
            `run was uploading. Not publishing a second record` +
            (own ? `; this run's draft ${draft.id} was discarded.` : `; draft ${draft.id} is left as it was.`)
        )
      }
    }
    const review = this.plan.communities?.review ?? (await this.attachedReview(current))
    if (review) {
      await this.submit(current, review)
      return
    }
    let published: RemoteRecord
    try {
      published = await this.repo.publish(current)
    } catch (err) {
      if (!(err instanceof ZenodoApiError)) throw err
      // Two runs can share a new version's draft (Zenodo keeps one per concept): the other may
      // have published it first. Then it is this release only if it holds what this run sent.
      const now = await this.repo.read(draft.id).catch(() => undefined)
      if (now?.state === 'published') {
        this.outcome.record = now
        if (this.notHeld(now).length === 0) {
          this.outcome.published = true
          this.opts.log.info(
            `Draft ${draft.id} was published meanwhile (by another run) with these files: ${now.doi ?? now.id}.`
          )
          return
        }
        throw new ConcurrentRunError(
          `Another run published draft ${draft.id} (${now.doi ?? 'no DOI'}) meanwhile, with other files than this run's. ` +
            `Nothing more was published.`
        )
      }
      // A refusal because the draft's files changed under this run (another run sharing the
      // draft is replacing them) is that run's doing, not the metadata's.
      if (now) {
        if (this.notHeld(now).length > 0) {
          throw new ConcurrentRunError(
            `Draft ${draft.id} changed while this run was publishing it (another run is writing into it): ` +
              `${err.message.split('\n')[0]} Nothing was published by this run; re-run once the other run is done.`
          )
        }
      }
      if (err.status !== 400) throw err
      if (/open review/i.test(err.message)) {
        throw err.reworded(
          `Draft ${draft.id} is under review by a community: its curators publish it, not this run. ` +
            `Wait for their decision (a re-run reports it), or cancel the review on the server. (${err.message.split('\n')[0]})`
        )
      }
      throw err.reworded(
        `${err.message}\nFix these fields in the metadata (${this.input.metadataSource}) and re-run; draft ${draft.id} is kept with its files.`
      )
    }
    // The status code is not the proof: a 202 may come back for a record that is not published.
    if (published.state !== 'published') published = await this.repo.read(draft.id)
    this.outcome.record = published
    if (published.state !== 'published') {
      throw new Error(
        `Zenodo accepted the publish request for draft ${draft.id}, but the record is not published (it shows as ${published.state}). ` +
          `Check it on Zenodo; a re-run publishes it if it is still a draft.`
      )
    }
    this.outcome.published = true
    this.opts.log.info(`Published ${published.doi ?? published.id}: ${published.links.html ?? ''}`)
    await this.include(published)
  }

  /**
   * update-metadata: opens the published record for editing, sends the metadata and publishes the
   * edit at once (a half-edited record helps nobody). Files stay as they are; the DOI too.
   */
  private async editInPlace(edit: MetadataEdit): Promise<RemoteRecord> {
    const draft = await this.repo.edit(edit.record)
    this.outcome.record = draft
    let published: RemoteRecord
    try {
      await this.repo.updateEdit(draft, edit.metadata, edit.fields)
      published = await this.repo.publishEdit(draft)
      if (published.state !== 'published') published = await this.repo.read(draft.id)
      if (published.state !== 'published') {
        throw new Error(
          `The server accepted the edit of record ${draft.id}, but it shows as ${published.state}, not published; the edit was discarded. Check the record on the server.`
        )
      }
    } catch (err) {
      // An edit this run opened must not stay open: the next run would take it for the owner's.
      await this.repo.discardEdit(draft).catch(() => undefined)
      this.outcome.record = edit.record
      if (!(err instanceof ZenodoApiError)) throw err
      const fix = err.status === 400 ? ` Fix the fields named above in ${this.input.metadataSource} and re-run.` : ''
      throw err.reworded(
        `${err.message}\nThe edit of record ${edit.record.id} was discarded; the record is as it was.${fix}`
      )
    }
    this.outcome.record = published
    this.opts.log.info(
      `Updated the metadata of record ${published.id} in place (${edit.fields.join(', ')}): same DOI ${published.doi ?? ''}, same files.`
    )
    this.outcome.notes.push(`Metadata updated in place: ${edit.fields.join(', ')}.`)
    return published
  }

  /**
   * A review the instance attached to a new-version draft (its `new_version_review_policy`)
   * blocks publishing: the draft is submitted to that community instead.
   */
  private async attachedReview(draft: RemoteRecord): Promise<Community | undefined> {
    if (isFirstVersion(draft)) return undefined
    // Unreadable (gone, or published by another run meanwhile): publish decides, and says why.
    const review = (await this.repo.communities.state(draft).catch(() => undefined))?.review
    if (!review || review.status !== 'created') return undefined
    return (
      this.input.remote.communities.find((c) => c.id === review.communityId) ??
      (await this.repo.communities.community(review.communityId).catch(() => undefined)) ??
      unnamedCommunity(review.communityId)
    )
  }

  /**
   * Submits the draft for review instead of publishing. Where the uploader may include records
   * directly, upstream accepts at once and publishes; otherwise the curators decide later.
   */
  private async submit(draft: RemoteRecord, community: Community): Promise<void> {
    const attach = this.plan.communities?.review?.id === community.id ? community : undefined
    let request: CommunityRequest
    try {
      request = await this.repo.communities.submitReview(draft, attach)
    } catch (err) {
      if (!(err instanceof ZenodoApiError)) throw err
      throw err.reworded(
        `Community '${community.slug}' refused the submission of draft ${draft.id}: ${err.message}
` +
          `Draft ${draft.id} is kept with its files, unpublished. Ask the community's curators for access, or ` +
          `remove '${community.slug}' from the 'community' input (or .zenodo.json's communities), then re-run.`
      )
    }
    this.outcome.review = request
    const now = await this.repo.read(draft.id)
    this.outcome.record = now
    if (request.status === 'accepted' && now.state === 'published') {
      this.outcome.published = true
      this.opts.log.info(
        `Community '${community.slug}' accepted the submission at once: published ${now.doi ?? now.id}: ${now.links.html ?? ''}`
      )
      await this.include(now)
      return
    }
    this.opts.log.info(
      `Submitted draft ${draft.id} to community '${community.slug}' for review (${request.url}). Its curators publish ` +
        `it when they accept; a re-run meanwhile changes nothing and reports 'in-review'.`
    )
    const later = this.plan.communities?.include ?? []
    if (later.length > 0) {
      this.outcome.notes.push(
        `Inclusion in ${later.map((c) => `'${c.slug}'`).join(', ')} is asked for by a re-run once the record is published.`
      )
    }
  }

  /** Inclusion requests for the plan's further communities; a refusal fails the run, naming the community. */
  private async include(record: RemoteRecord): Promise<void> {
    const wanted = this.plan.communities?.include ?? []
    if (wanted.length === 0) return
    const results = await this.repo.communities.include(record, wanted)
    this.outcome.inclusions = results
    for (const r of results) {
      if (r.refusal !== undefined) continue
      const status = r.request?.status
      this.opts.log.info(
        status === 'accepted'
          ? `Record ${record.id} is now in community '${r.community.slug}'.`
          : `Asked community '${r.community.slug}' to include record ${record.id}; its curators decide (${r.request?.url ?? ''}).`
      )
    }
    // Asked before (another version's open request) or in already: nothing to fail for.
    const already = (r: InclusionResult): boolean =>
      /already (an open inclusion request|included)/i.test(r.refusal ?? '')
    for (const r of results.filter(already)) {
      this.opts.log.info(
        `Community '${r.community.slug}': ${oneLine(r.refusal ?? '').replace(/\.+$/, '')}; nothing asked again.`
      )
    }
    const refused = results.filter((r) => r.refusal !== undefined && !already(r))
    if (refused.length > 0) {
      throw new UserError(
        `Record ${record.id} is published, but ` +
          refused
            .map(
              (r) =>
                `community '${r.community.slug}' refused the inclusion request: ${oneLine(r.refusal ?? '').replace(/\.+$/, '')}`
            )
            .join('; ') +
          `. Remove ${refused.length === 1 ? 'it' : 'them'} from the 'community' input (or .zenodo.json's communities), ` +
          `or ask the curators for access, then re-run.`
      )
    }
  }
}

/** Carries out the plan; never throws: a failure is the outcome's error. */
export async function execute(plan: Plan, input: PlanInput, opts: ExecuteOptions): Promise<Outcome> {
  const run = new Execution(plan, input, opts)
  try {
    await run.run()
  } catch (err) {
    run.outcome.error = err as Error
  }
  return run.outcome
}

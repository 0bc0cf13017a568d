// What the run reports at the end, success or failure: step outputs and the job summary, built
// from the plan and the outcome only, so they never claim more than happened.

import * as core from '@actions/core'
import { Outputs } from '../constants.js'
import { log, redact } from '../log.js'
import type { Outcome } from '../plan/execute.js'
import type { Plan, RemoteState } from '../plan/plan.js'
import type { RemoteRecord } from '../repository/types.js'
import type { CommunityRequest } from '../repository/communities.js'
import type { FileOutcome } from '../upload/engine.js'
import { filesOutput, recordOutputs, setOutputs } from './outputs.js'
import { describePlan } from './plan.js'
import { writeSummary } from './summary.js'

export class RunReport {
  serverUrl = ''
  dryRun = false
  plan?: Plan
  /** What gather read: a failed plan still reports the draft that deposition-id names. */
  remote?: RemoteState
  outcome?: Outcome
  error?: Error

  /** The record to report: what execution last saw, else what the plan found. */
  private record(): RemoteRecord | undefined {
    if (this.outcome) return this.outcome.record
    const t = this.plan?.target
    if (!t) return this.remote?.given
    if (t.kind === 'archived') return t.record
    if (t.kind === 'draft') return t.draft
    if (t.kind === 'read-only') return t.record
    if (t.kind === 'in-review') return t.draft
    return undefined
  }

  /** The community review of the reported draft: submitted by this run, or found open. */
  private review(): CommunityRequest | undefined {
    if (this.outcome?.review) return this.outcome.review
    const t = this.plan?.target
    return t?.kind === 'in-review' ? t.review : undefined
  }

  private files(): FileOutcome[] {
    if (this.outcome) return this.outcome.files
    return (this.plan?.files ?? []).map((p) => ({
      name: p.name,
      size: p.size,
      md5: p.md5 ?? '',
      status: p.action === 'skip' ? 'skipped' : p.action === 'delete' ? 'deleted' : 'planned'
    }))
  }

  async write(): Promise<void> {
    const record = this.record()
    const failed = this.error !== undefined
    if (record) setOutputs(recordOutputs(record, this.dryRun, this.review()))
    else if (this.dryRun && !failed) setOutputs({ [Outputs.State]: 'dry-run' })
    const files = this.files()
    if (record || (this.dryRun && !failed)) core.setOutput(Outputs.Files, filesOutput(files))
    const notes = [...(this.outcome?.notes ?? [])]
    for (const i of this.outcome?.inclusions ?? []) {
      if (i.refusal === undefined) {
        notes.push(
          i.request?.status === 'accepted'
            ? `Included in community '${i.community.slug}'.`
            : `Community '${i.community.slug}' was asked to include the record; its curators decide.`
        )
      }
    }
    if (this.dryRun && this.plan?.target.kind === 'new-version') {
      notes.push(`A new version of record ${this.plan.target.of.id} would be made.`)
    }
    await writeSummary({
      dryRun: this.dryRun,
      record,
      files,
      plannedUploads: this.outcome?.plannedUploads ?? 0,
      notes,
      plan: this.plan ? describePlan(this.plan) : undefined,
      error: this.error ? redact(this.error.message) : undefined,
      serverUrl: this.serverUrl,
      review: this.review()
    }).catch((err: Error) => log.warning(`Could not write the job summary: ${err.message}`))
  }
}

// Step outputs. They describe the deposition as it is, so a failed run still points at its draft,
// and nothing is set that is not true.

import * as core from '@actions/core'
import { Outputs } from '../constants.js'
import type { FileOutcome } from '../upload/engine.js'
import type { RemoteRecord } from '../repository/types.js'
import type { CommunityRequest } from '../repository/communities.js'

export interface OutputFile {
  name: string
  size: number
  md5: string
  status: string
}

export function recordOutputs(
  record: RemoteRecord,
  dryRun: boolean,
  review?: CommunityRequest
): Partial<Record<Outputs, string>> {
  // An edit draft's record is published; a draft's DOI is the reserved one.
  const published = record.state !== 'draft'
  const doi = published ? (record.doi ?? record.reservedDoi) : record.reservedDoi
  const inReview = !published && review?.status === 'submitted'
  const out: Partial<Record<Outputs, string>> = {
    [Outputs.DepositionId]: record.id,
    [Outputs.State]: dryRun ? 'dry-run' : published ? 'published' : inReview ? 'in-review' : 'draft'
  }
  if (review) out[Outputs.ReviewUrl] = review.url
  if (record.conceptId) out[Outputs.ConceptId] = record.conceptId
  if (doi) {
    out[Outputs.Doi] = doi
    out[Outputs.DoiUrl] = `https://doi.org/${doi}`
  }
  if (record.conceptDoi) out[Outputs.ConceptDoi] = record.conceptDoi
  if (record.links.bucket) out[Outputs.BucketUrl] = record.links.bucket
  // After publish links.html is the record page (/records/<id>); a draft's is its edit page.
  if (record.links.html) out[Outputs.HtmlUrl] = record.links.html
  return out
}

export function filesOutput(files: FileOutcome[]): string {
  const list: OutputFile[] = files
    .filter((f) => f.status !== 'failed')
    .map((f) => ({ name: f.name, size: f.size, md5: f.md5, status: f.status }))
  return JSON.stringify(list)
}

export function setOutputs(values: Partial<Record<Outputs, string>>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) core.setOutput(name, value)
  }
}

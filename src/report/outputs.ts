// Step outputs. They describe the deposition as it is, so a failed run still points at its draft,
// and nothing is set that is not true.

import * as core from '@actions/core'
import { Outputs } from '../constants.js'
import type { FileOutcome } from '../upload/engine.js'
import { isPublished, type Deposition } from '../zenodo/types.js'

export type RunState = 'draft' | 'published' | 'dry-run'

export interface OutputFile {
  name: string
  size: number
  md5: string
  status: string
}

export function depositionOutputs(dep: Deposition, dryRun: boolean): Partial<Record<Outputs, string>> {
  const published = isPublished(dep) && dep.state !== 'inprogress'
  // A draft's DOI is the reserved one; once published, the real one.
  const doi = published ? (dep.doi ?? dep.metadata?.prereserve_doi?.doi) : dep.metadata?.prereserve_doi?.doi
  const out: Partial<Record<Outputs, string>> = {
    [Outputs.DepositionId]: String(dep.id),
    [Outputs.State]: dryRun ? 'dry-run' : published ? 'published' : 'draft'
  }
  if (dep.conceptrecid) out[Outputs.ConceptId] = String(dep.conceptrecid)
  if (doi) {
    out[Outputs.Doi] = doi
    out[Outputs.DoiUrl] = `https://doi.org/${doi}`
  }
  if (dep.conceptdoi) out[Outputs.ConceptDoi] = dep.conceptdoi
  if (dep.links?.bucket) out[Outputs.BucketUrl] = dep.links.bucket
  // After publish links.html is the record page (/records/<id>); a draft's is its edit page.
  const html = dep.links?.html
  if (html) out[Outputs.HtmlUrl] = html
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

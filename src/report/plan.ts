// The plan as lines for the log and the job summary: a dry run and a real run print the same.

import { oneLine } from '../log.js'
import type { Plan, Target } from '../plan/plan.js'
import { formatBytes } from './format.js'

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'create':
      return 'create a new deposition'
    case 'draft':
      return `upload into draft ${target.draft.id} (${target.reason})`
    case 'new-version':
      return `make a new version of record ${target.of.id} (${target.reason})`
    case 'archived':
      return `Already archived: ${target.reason}. Nothing to do`
    case 'read-only':
      return target.record ? `only read deposition ${target.record.id}` : 'nothing to create'
    case 'in-review':
      return `In review: ${target.reason} (${target.review.url}). Nothing to do until its curators decide`
  }
}

export function describePlan(plan: Plan): string[] {
  const lines = [
    plan.edit
      ? `Plan: ${plan.target.kind === 'archived' ? plan.target.reason : 'archived'}; its metadata differs, so update it in place.`
      : `Plan: ${describeTarget(plan.target)}.`
  ]
  if (plan.identity) lines.push(`Identity: ${oneLine(plan.identity.label)} (marker ${oneLine(plan.identity.marker)})`)
  if (plan.version !== undefined) lines.push(`Version: ${oneLine(plan.version)}`)
  const c = plan.communities
  const slugs = (list: Array<{ slug: string }>): string => list.map((x) => `'${oneLine(x.slug)}'`).join(', ')
  if (c) {
    if (c.included.length > 0) lines.push(`Communities already holding the record: ${slugs(c.included)}.`)
    for (const p of c.pending) lines.push(`Community '${oneLine(p.community.slug)}': request open (${p.request.url}).`)
  }
  const kind = plan.target.kind
  if (kind === 'archived' || kind === 'read-only' || kind === 'in-review') {
    if (plan.edit) {
      lines.push(
        `Edit record ${plan.edit.record.id} in place (update-metadata) and publish it again: ${plan.edit.fields.map(oneLine).join(', ')}; same DOI, same files.`
      )
    }
    if (c && c.include.length > 0) lines.push(`Ask for inclusion in ${slugs(c.include)}.`)
    return lines
  }
  for (const f of plan.files) {
    const md5 = f.md5 ? `, md5 ${f.md5}` : ''
    lines.push(`  ${f.action.padEnd(7)} ${oneLine(f.name)} (${formatBytes(f.size)}${md5})`)
  }
  lines.push(`Final file set: ${plan.final.count} file(s), ${formatBytes(plan.final.bytes)}.`)
  lines.push(plan.sendMetadata ? `Metadata to send: ${oneLine(JSON.stringify(plan.metadata))}` : 'Metadata: unchanged.')
  if (plan.publish) {
    lines.push(
      c?.review
        ? `Submit to community '${oneLine(c.review.slug)}' for review (its curators publish it), after checking that:`
        : 'Publish, after checking that:'
    )
    for (const check of plan.checks) lines.push(`  - ${check}`)
    if (c && c.include.length > 0) lines.push(`Then ask for inclusion in ${slugs(c.include)}.`)
  } else {
    lines.push('Leave the draft unpublished (publish: false).')
    if (c && c.include.length > 0)
      lines.push(`Communities ${slugs(c.include)} are asked for when the record is published.`)
  }
  return lines
}

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
  }
}

export function describePlan(plan: Plan): string[] {
  const lines = [`Plan: ${describeTarget(plan.target)}.`]
  if (plan.identity) lines.push(`Identity: ${oneLine(plan.identity.label)} (marker ${oneLine(plan.identity.marker)})`)
  if (plan.version !== undefined) lines.push(`Version: ${oneLine(plan.version)}`)
  if (plan.target.kind === 'archived' || plan.target.kind === 'read-only') return lines
  for (const f of plan.files) {
    const md5 = f.md5 ? `, md5 ${f.md5}` : ''
    lines.push(`  ${f.action.padEnd(7)} ${oneLine(f.name)} (${formatBytes(f.size)}${md5})`)
  }
  lines.push(`Final file set: ${plan.final.count} file(s), ${formatBytes(plan.final.bytes)}.`)
  lines.push(plan.sendMetadata ? `Metadata to send: ${oneLine(JSON.stringify(plan.metadata))}` : 'Metadata: unchanged.')
  if (plan.publish) {
    lines.push('Publish, after checking that:')
    for (const c of plan.checks) lines.push(`  - ${c}`)
  } else {
    lines.push('Leave the draft unpublished (publish: false).')
  }
  return lines
}

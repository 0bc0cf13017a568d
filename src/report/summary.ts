// The job summary: DOI badge and links, state, and a table of files. Everything that comes from
// a user or from Zenodo is HTML-escaped, since addTable and addRaw insert raw HTML.

import * as core from '@actions/core'
import type { FileOutcome } from '../upload/engine.js'
import { formatBytes } from './format.js'
import type { RemoteRecord } from '../repository/types.js'

export interface SummaryInput {
  dryRun: boolean
  record?: RemoteRecord
  /** Lines describing the plan (a dry run shows what would happen). */
  plan?: string[]
  files: FileOutcome[]
  /** Files the run meant to upload, for "3 of 5 uploaded". */
  plannedUploads: number
  notes: string[]
  error?: string
  serverUrl: string
  /** An open community review of the draft: its request's URL. */
  review?: { url: string; status: string }
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string
  )
}

/**
 * Text from outside in a cell or paragraph: HTML escaped, and also the characters that Markdown
 * or a table would read (`|`, `*`, `_`, `[`, backticks), and newlines, since a blank line would
 * end the HTML block and hand the rest to the Markdown parser.
 */
export function escapeText(text: string): string {
  return escapeHtml(text)
    .replace(/[|*_[\]`\\~]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r\n|\r|\n/g, '<br>')
}

/** A value from outside in an attribute: escaped, and on one line (a blank line ends the block). */
function attribute(text: string): string {
  return escapeHtml(text.replace(/[\r\n]+/g, ' '))
}

function link(href: string, text: string): string {
  return `<a href="${attribute(href)}">${escapeText(text)}</a>`
}

/** Zenodo's DOI badge, linking to the DOI. */
function badge(serverUrl: string, doi: string): string {
  const img = `<img src="${attribute(`${serverUrl}/badge/DOI/${doi}.svg`)}" alt="DOI ${attribute(doi)}">`
  return `<a href="${attribute(`https://doi.org/${doi}`)}">${img}</a>`
}

/** Builds the summary as HTML; pure so tests can check it. */
export function renderSummary(input: SummaryInput): string {
  const parts: string[] = []
  const dep = input.record
  const published = dep ? dep.state !== 'draft' : false
  const inReview = !published && input.review?.status === 'submitted'
  const status = input.error
    ? 'failed'
    : input.dryRun
      ? 'dry run'
      : published
        ? 'published'
        : inReview
          ? 'in review'
          : 'draft'
  parts.push(`<h2>Zenodo upload: ${escapeHtml(status)}</h2>`)
  if (dep) {
    const doi = published ? dep.doi : dep.reservedDoi
    if (doi) {
      parts.push(
        `<p>${badge(input.serverUrl, doi)} ${link(`https://doi.org/${doi}`, doi)}` +
          (published ? '' : ' (reserved; it resolves once the record is published)') +
          '</p>'
      )
    }
    if (dep.conceptDoi) {
      parts.push(
        `<p>Concept DOI (all versions): ${badge(input.serverUrl, dep.conceptDoi)} ${link(`https://doi.org/${dep.conceptDoi}`, dep.conceptDoi)}</p>`
      )
    }
    const page = dep.links.html
    const what = published ? 'Record' : 'Draft'
    parts.push(`<p>${what} ${escapeText(String(dep.id))}${page ? `: ${link(page, page)}` : ''}</p>`)
    if (input.review) {
      parts.push(
        `<p>Community review (${escapeText(input.review.status)}): ${link(input.review.url, input.review.url)}</p>`
      )
    }
  }
  if (input.files.length > 0) {
    const rows = input.files.map((f) => {
      const rate = f.seconds && f.seconds > 0 ? `${formatBytes(f.size / f.seconds)}/s` : ''
      return (
        `<tr><td>${escapeText(f.name)}</td><td>${escapeText(formatBytes(f.size))}</td><td><code>${escapeText(f.md5)}</code></td>` +
        `<td>${escapeText(f.status)}</td><td>${f.seconds !== undefined ? f.seconds.toFixed(1) + ' s' : ''}</td><td>${escapeText(rate)}</td></tr>`
      )
    })
    parts.push(
      '<table><tr><th>File</th><th>Size</th><th>MD5</th><th>Status</th><th>Time</th><th>Throughput</th></tr>' +
        rows.join('') +
        '</table>'
    )
  }
  if (input.plan && input.plan.length > 0) {
    parts.push(
      `<details${input.dryRun ? ' open' : ''}><summary>Plan</summary><pre>${input.plan.map(escapeText).join('<br>')}</pre></details>`
    )
  }
  for (const note of input.notes) parts.push(`<p>${escapeText(note)}</p>`)
  if (input.error) {
    const uploaded = input.files.filter((f) => f.status === 'uploaded').length
    const kept = dep
      ? ` Draft kept at ${dep.links.html ? link(dep.links.html, dep.links.html) : escapeText(String(dep.id))}; a re-run resumes it.`
      : ' Nothing was created on Zenodo.'
    const progress = input.plannedUploads > 0 ? `${uploaded} of ${input.plannedUploads} files uploaded.` : ''
    parts.push(`<p><strong>The run failed.</strong> ${progress}${kept}</p><pre>${escapeText(input.error)}</pre>`)
  }
  return parts.join('\n')
}

export async function writeSummary(input: SummaryInput): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(renderSummary(input), true).write()
}

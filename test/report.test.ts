import { describe, expect, it } from '@jest/globals'
import { formatBytes, formatDuration } from '../src/report/format.js'
import { progressLogger } from '../src/upload/progress.js'
import { escapeHtml, renderSummary } from '../src/report/summary.js'
import { recordOutputs, filesOutput } from '../src/report/outputs.js'
import { toRecord } from '../src/repository/zenodo-legacy.js'
import type { Deposition } from '../src/zenodo/types.js'

const MiB = 1024 * 1024

describe('progress', () => {
  it('logs percent, MiB/s and ETA at most once per interval, never per chunk', () => {
    let now = 0
    const lines: string[] = []
    const onProgress = progressLogger(
      'big.bin',
      1000 * MiB,
      (l) => lines.push(l),
      10_000,
      () => now
    )
    for (let sent = 1; sent <= 1000; sent++) {
      now += 100 // 1 MiB every 100 ms = 10 MiB/s
      onProgress(sent * MiB)
    }
    // 100 s of transfer at one line per 10 s; the final chunk (100%) is not logged.
    expect(lines.length).toBe(9)
    expect(lines[0]).toBe('big.bin: 10% (100.0 MiB of 1000.0 MiB) at 10.0 MiB/s, about 1 min 30 s left')
  })

  it('formats sizes and durations', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(3 * 1024 * MiB)).toBe('3.00 GiB')
    expect(formatDuration(42)).toBe('42 s')
    expect(formatDuration(3725)).toBe('1 h 2 min')
  })
})

const draft: Deposition = {
  id: 12,
  conceptrecid: '11',
  state: 'unsubmitted',
  submitted: false,
  links: { html: 'https://zenodo.org/deposit/12', bucket: 'https://zenodo.org/api/files/abc' },
  metadata: { prereserve_doi: { doi: '10.5281/zenodo.12', recid: 12 } }
}
const published: Deposition = {
  ...draft,
  state: 'done',
  submitted: true,
  doi: '10.5281/zenodo.12',
  conceptdoi: '10.5281/zenodo.11',
  links: { html: 'https://zenodo.org/records/12', bucket: 'https://zenodo.org/api/files/abc' }
}

describe('outputs', () => {
  it('a draft gives its reserved DOI and no concept DOI', () => {
    expect(recordOutputs(toRecord(draft), false)).toEqual({
      'deposition-id': '12',
      'concept-id': '11',
      doi: '10.5281/zenodo.12',
      'doi-url': 'https://doi.org/10.5281/zenodo.12',
      'bucket-url': 'https://zenodo.org/api/files/abc',
      'html-url': 'https://zenodo.org/deposit/12',
      state: 'draft'
    })
  })
  it('a published record gives its DOI and concept DOI', () => {
    const out = recordOutputs(toRecord(published), false)
    expect(out.state).toBe('published')
    expect(out['concept-doi']).toBe('10.5281/zenodo.11')
    expect(out['html-url']).toBe('https://zenodo.org/records/12')
  })
  it('files leave out failed ones', () => {
    expect(
      JSON.parse(
        filesOutput([
          { name: 'a', size: 1, md5: 'x', status: 'uploaded' },
          { name: 'b', size: 1, md5: '', status: 'failed' }
        ])
      )
    ).toEqual([{ name: 'a', size: 1, md5: 'x', status: 'uploaded' }])
  })
})

describe('summary', () => {
  it('escapes HTML everywhere', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;')
    const html = renderSummary({
      dryRun: false,
      record: toRecord(published),
      files: [{ name: '<script>.csv', size: 10, md5: 'm', status: 'uploaded', seconds: 2 }],
      plannedUploads: 1,
      notes: [],
      serverUrl: 'https://zenodo.org'
    })
    expect(html).toContain('&lt;script&gt;.csv')
    expect(html).not.toContain('<script>')
    expect(html).toContain('https://zenodo.org/badge/DOI/10.5281/zenodo.12.svg')
    expect(html).toContain('Concept DOI')
    expect(html).toContain('5 B/s')
  })
  it('says what happened on failure', () => {
    const html = renderSummary({
      dryRun: false,
      record: toRecord(draft),
      files: [
        { name: 'a', size: 1, md5: 'x', status: 'uploaded' },
        { name: 'b', size: 1, md5: '', status: 'failed' }
      ],
      plannedUploads: 5,
      notes: [],
      error: 'boom <b>',
      serverUrl: 'https://zenodo.org'
    })
    expect(html).toContain('1 of 5 files uploaded.')
    expect(html).toContain('Draft kept at <a href="https://zenodo.org/deposit/12">')
    expect(html).toContain('boom &lt;b&gt;')
    expect(html).toContain('(reserved; it resolves once the record is published)')
  })
})

describe('summary escaping', () => {
  it('an error or note with a blank line and Markdown stays inside its HTML block', () => {
    const evil =
      'Bad request\n\n| a | b |\n|---|---|\n| [click](https://evil.example/) | ![t](https://evil.example/t.png) |'
    const html = renderSummary({
      dryRun: false,
      files: [],
      plannedUploads: 0,
      notes: [evil],
      error: evil,
      serverUrl: 'https://zenodo.org'
    })
    expect(html).not.toMatch(/\n\s*\n/)
    expect(html).not.toContain('|')
    expect(html).not.toContain('](')
    expect(html).toContain('Bad request<br><br>&#124; a &#124; b &#124;')
  })
})

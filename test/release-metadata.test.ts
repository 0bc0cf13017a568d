// Zero-config metadata for a release, as Zenodo's GitHub integration builds it.

import { describe, expect, it } from '@jest/globals'
import type { GitHubContributor, GitHubRelease, GitHubRepository } from '../src/github/api.js'
import { NO_DESCRIPTION, releaseMetadata, renderReleaseNotes } from '../src/github/release-metadata.js'

const repository: GitHubRepository = {
  name: 'hello-world',
  fullName: 'octo-org/hello-world',
  description: 'Says hello to the world.',
  htmlUrl: 'https://github.com/octo-org/hello-world',
  owner: { login: 'octo-org', type: 'Organization' },
  license: 'MIT',
  defaultBranch: 'main'
}

const release: GitHubRelease = {
  id: 1,
  tagName: 'v1.2.0',
  name: 'Spring release',
  body: '## Changes\n\n- **faster** start-up\n- fixes #12\n',
  publishedAt: '2024-05-06T23:59:59Z',
  htmlUrl: 'https://github.com/octo-org/hello-world/releases/tag/v1.2.0',
  draft: false,
  prerelease: false
}

const contributors: GitHubContributor[] = [{ login: 'ada', name: 'Ada Lovelace' }, { login: 'grace' }]

describe('releaseMetadata', () => {
  it('builds the metadata of a release with notes', () => {
    expect(releaseMetadata({ repository, release, contributors })).toEqual({
      title: 'octo-org/hello-world: Spring release',
      upload_type: 'software',
      description: '<h2>Changes</h2>\n<ul>\n<li><strong>faster</strong> start-up</li>\n<li>fixes #12</li>\n</ul>',
      creators: [{ name: 'Ada Lovelace' }, { name: 'grace' }],
      publication_date: '2024-05-06',
      version: 'v1.2.0',
      license: 'mit'
    })
  })

  it('titles a release without a name by its tag', () => {
    expect(releaseMetadata({ repository, release: { ...release, name: undefined } }).title).toBe(
      'octo-org/hello-world: v1.2.0'
    )
  })

  it("falls back to the repository's description for a release without notes", () => {
    for (const body of [undefined, '', '  \n'])
      expect(releaseMetadata({ repository, release: { ...release, body } }).description).toBe(
        'Says hello to the world.'
      )
  })

  it('says "No description provided." when there is neither notes nor a description', () => {
    const md = releaseMetadata({
      repository: { ...repository, description: undefined },
      release: { ...release, body: undefined }
    })
    expect(md.description).toBe(NO_DESCRIPTION)
    expect(NO_DESCRIPTION).toBe('No description provided.')
  })

  it('leaves the licence out for a repository without one', () => {
    const md = releaseMetadata({ repository: { ...repository, license: undefined }, release })
    expect(md).not.toHaveProperty('license')
  })

  it('maps SPDX ids to the ids our metadata uses', () => {
    const license = (id: string) => releaseMetadata({ repository: { ...repository, license: id }, release }).license
    expect(license('Apache-2.0')).toBe('apache-2.0')
    expect(license('GPL-3.0')).toBe('gpl-3.0-only')
    expect(license('CC0-1.0')).toBe('cc-zero')
  })

  it('drops bots and keeps at most 30 creators, in order', () => {
    const many: GitHubContributor[] = [
      { login: 'dependabot[bot]' },
      ...Array.from({ length: 40 }, (_, i) => ({ login: `user${i}` }))
    ]
    const creators = releaseMetadata({ repository, release, contributors: many }).creators ?? []
    expect(creators).toHaveLength(30)
    expect(creators[0]).toEqual({ name: 'user0' })
    expect(creators[29]).toEqual({ name: 'user29' })
    expect(creators.some((c) => c.name.includes('[bot]'))).toBe(false)
  })

  it('makes the owner the creator when there are no contributors', () => {
    for (const list of [undefined, [], [{ login: 'github-actions[bot]' }]])
      expect(releaseMetadata({ repository, release, contributors: list }).creators).toEqual([{ name: 'octo-org' }])
  })

  it('handles a plain tag push without a release', () => {
    expect(releaseMetadata({ repository, tag: 'v0.1.0' })).toEqual({
      title: 'octo-org/hello-world: v0.1.0',
      upload_type: 'software',
      description: 'Says hello to the world.',
      creators: [{ name: 'octo-org' }],
      version: 'v0.1.0',
      license: 'mit'
    })
  })

  it('never adds the isSupplementTo link (identity.ts adds it)', () => {
    expect(releaseMetadata({ repository, release, contributors })).not.toHaveProperty('related_identifiers')
  })
})

describe('renderReleaseNotes', () => {
  it('renders GitHub-flavoured Markdown', () => {
    expect(renderReleaseNotes('~~old~~ new, see https://example.org')).toBe(
      '<p><del>old</del> new, see <a href="https://example.org">https://example.org</a></p>'
    )
    expect(renderReleaseNotes('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<table>')
  })

  it('escapes raw HTML, as mistune does upstream', () => {
    expect(renderReleaseNotes('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(renderReleaseNotes('a <b onclick="x()">b</b>')).toBe('<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>')
  })
})

// Default metadata for a release, built the way Zenodo's GitHub integration builds it, so a
// workflow moving off that integration keeps its records' look without a metadata file. Read
// from inveniosoftware/invenio-rdm-records invenio_rdm_records/services/github/metadata.py
// (RDMReleaseMetadata: title, description, version, publication_date, creators, repo_license),
// invenio_rdm_records/services/github/release.py (get_owner: the owner when there are no
// contributors), inveniosoftware/invenio-github invenio_github/api.py (contributors: users only,
// 30 at most, name else login) and zenodo/zenodo-rdm site/zenodo_rdm/github/release.py
// (ZenodoGithubRelease.metadata: the repository's licence).
//
// Left out on purpose: the isSupplementTo link to the tree (identity.ts adds it, as our marker),
// the licence default cc-by-4.0 (Zenodo's legacy API applies that very default to software,
// site/zenodo_rdm/legacy/deserializers/schemas.py; the records API has none: the caller decides),
// and `publisher` (the legacy format has none).

import { Marked, type Tokens } from 'marked'
import { spdxToZenodoLicense } from '../metadata/licenses.js'
import type { ZenodoMetadata } from '../metadata/types.js'
import { MAX_CONTRIBUTORS, type GitHubContributor, type GitHubRelease, type GitHubRepository } from './api.js'

export interface ReleaseMetadataInput {
  repository: GitHubRepository
  /** Undefined for a tag pushed without a release. */
  release?: GitHubRelease
  /** The tag, when there is no release (a release's own tag wins). */
  tag?: string
  /** From the API; none (the event payload has none) makes the owner the creator. */
  contributors?: GitHubContributor[]
}

export const NO_DESCRIPTION = 'No description provided.'

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// Upstream renders with mistune's markdown(), which escapes raw HTML: so do we. GFM (tables,
// strikethrough, autolinks) since release notes are written for GitHub's renderer.
const markdown = new Marked({ gfm: true, async: false }).use({
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text)
    }
  }
})

/** Release notes (Markdown) as the HTML Zenodo stores in a description. */
export function renderReleaseNotes(notes: string): string {
  return (markdown.parse(notes) as string).trim()
}

/** A bot's login ('dependabot[bot]'); the API's contributors are filtered already, the input may not be. */
const isBot = (login: string): boolean => login.endsWith('[bot]')

/** The metadata Zenodo's integration would give this release; plain data in, no I/O. */
export function releaseMetadata(input: ReleaseMetadataInput): ZenodoMetadata {
  const { repository, release } = input
  const tag = release?.tagName ?? input.tag
  const label = release?.name || tag
  const md: ZenodoMetadata = {
    title: label ? `${repository.fullName}: ${label}` : repository.fullName,
    upload_type: 'software',
    description: release?.body?.trim() ? renderReleaseNotes(release.body) : repository.description || NO_DESCRIPTION
  }
  const people = (input.contributors ?? []).filter((c) => !isBot(c.login)).slice(0, MAX_CONTRIBUTORS)
  md.creators =
    people.length > 0 ? people.map((c) => ({ name: c.name?.trim() || c.login })) : [{ name: repository.owner.login }]
  // Upstream's [:10] of the ISO time; a tag without a release leaves the date to the server (today).
  const date = release?.publishedAt?.slice(0, 10)
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) md.publication_date = date
  if (tag) md.version = tag
  if (repository.license) md.license = spdxToZenodoLicense(repository.license)
  return md
}

// The fallback for when GitHub's API is away: the event payload and the runner's variables.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readGitHubEvent, repositoryFromRunner } from '../src/github/event.js'
import { releaseMetadata } from '../src/github/release-metadata.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gh-event-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function payload(name: string, body: unknown): string {
  const file = path.join(dir, name)
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body))
  return file
}

const RUNNER = {
  GITHUB_REPOSITORY: 'octo-org/hello-world',
  GITHUB_REPOSITORY_OWNER: 'octo-org',
  GITHUB_SERVER_URL: 'https://ghe.example.com/'
}

// Trimmed from a real `release: published` payload.
const RELEASE_EVENT = {
  action: 'published',
  release: {
    id: 123456,
    tag_name: 'v1.0.0',
    name: 'One',
    body: 'First *stable* release.',
    draft: false,
    prerelease: false,
    published_at: '2024-01-02T03:04:05Z',
    html_url: 'https://github.com/octo-org/hello-world/releases/tag/v1.0.0',
    assets: []
  },
  repository: {
    id: 1,
    name: 'hello-world',
    full_name: 'octo-org/hello-world',
    description: 'Says hello.',
    html_url: 'https://github.com/octo-org/hello-world',
    owner: { login: 'octo-org', type: 'Organization' },
    license: { key: 'bsd-3-clause', spdx_id: 'BSD-3-Clause' },
    default_branch: 'main'
  }
}

describe('readGitHubEvent', () => {
  it('gives the release and repository of a release event in the API shapes', () => {
    const event = readGitHubEvent({
      ...RUNNER,
      GITHUB_EVENT_NAME: 'release',
      GITHUB_EVENT_PATH: payload('r.json', RELEASE_EVENT)
    })
    expect(event).toEqual({
      name: 'release',
      release: {
        id: 123456,
        tagName: 'v1.0.0',
        name: 'One',
        body: 'First *stable* release.',
        publishedAt: '2024-01-02T03:04:05Z',
        htmlUrl: 'https://github.com/octo-org/hello-world/releases/tag/v1.0.0',
        draft: false,
        prerelease: false
      },
      repository: {
        name: 'hello-world',
        fullName: 'octo-org/hello-world',
        description: 'Says hello.',
        htmlUrl: 'https://github.com/octo-org/hello-world',
        owner: { login: 'octo-org', type: 'Organization' },
        license: 'BSD-3-Clause',
        defaultBranch: 'main'
      },
      problem: undefined
    })
    // Enough for the default metadata without any API call.
    const md = releaseMetadata({ repository: event.repository!, release: event.release })
    expect(md.title).toBe('octo-org/hello-world: One')
    expect(md.description).toBe('<p>First <em>stable</em> release.</p>')
    expect(md.license).toBe('bsd-3-clause')
    expect(md.creators).toEqual([{ name: 'octo-org' }])
  })

  it('gives the repository but no release on a push, whose owner has name and login', () => {
    const push = {
      ref: 'refs/tags/v2',
      repository: {
        name: 'hello-world',
        full_name: 'octo-org/hello-world',
        owner: { name: 'octo-org', login: 'octo-org' },
        license: { spdx_id: 'NOASSERTION' },
        description: null
      }
    }
    const event = readGitHubEvent({ ...RUNNER, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload('p.json', push) })
    expect(event.release).toBeUndefined()
    expect(event.repository).toMatchObject({ fullName: 'octo-org/hello-world', owner: { login: 'octo-org' } })
    expect(event.repository?.license).toBeUndefined()
    expect(event.repository?.description).toBeUndefined()
  })

  it('falls back to the runner variables when the payload is missing, broken or bare', () => {
    const fromRunner = {
      name: 'hello-world',
      fullName: 'octo-org/hello-world',
      htmlUrl: 'https://ghe.example.com/octo-org/hello-world',
      owner: { login: 'octo-org' }
    }
    const none = readGitHubEvent(RUNNER)
    expect(none.repository).toEqual(fromRunner)
    expect(none.problem).toBe('GITHUB_EVENT_PATH is not set')

    const broken = readGitHubEvent({ ...RUNNER, GITHUB_EVENT_PATH: payload('b.json', '{"release": ') })
    expect(broken.repository).toEqual(fromRunner)
    expect(broken.problem).toMatch(/^the event payload .*b\.json could not be read: /)

    const gone = readGitHubEvent({ ...RUNNER, GITHUB_EVENT_PATH: path.join(dir, 'absent.json') })
    expect(gone.problem).toMatch(/ENOENT/)

    const bare = readGitHubEvent({ ...RUNNER, GITHUB_EVENT_PATH: payload('w.json', { inputs: {} }) })
    expect(bare).toEqual({ name: undefined, release: undefined, repository: fromRunner, problem: undefined })

    const list = readGitHubEvent({ ...RUNNER, GITHUB_EVENT_PATH: payload('l.json', []) })
    expect(list.problem).toMatch(/is not a JSON object/)
  })

  it('ignores a release object without id or tag', () => {
    const event = readGitHubEvent({ ...RUNNER, GITHUB_EVENT_PATH: payload('x.json', { release: { name: 'x' } }) })
    expect(event.release).toBeUndefined()
  })
})

describe('repositoryFromRunner', () => {
  it('needs owner/name in GITHUB_REPOSITORY', () => {
    expect(repositoryFromRunner({})).toBeUndefined()
    expect(repositoryFromRunner({ GITHUB_REPOSITORY: 'just-a-name' })).toBeUndefined()
    expect(repositoryFromRunner({ GITHUB_REPOSITORY: 'a/b' })).toEqual({
      name: 'b',
      fullName: 'a/b',
      htmlUrl: 'https://github.com/a/b',
      owner: { login: 'a' }
    })
  })
})

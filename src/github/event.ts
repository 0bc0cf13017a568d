// The fallback when GitHub's API is away or refuses: the event payload (GITHUB_EVENT_PATH holds
// the release and the repository on a release event, the repository on most others) and the
// runner's variables, in the same shapes as the API's, so the caller can take either.

import { readFileSync } from 'node:fs'
import { releaseFromJson, repositoryFromJson, type GitHubRelease, type GitHubRepository } from './api.js'

export interface GitHubEvent {
  /** GITHUB_EVENT_NAME: 'release', 'push', … */
  name?: string
  /** The release of a release event. */
  release?: GitHubRelease
  /**
   * The payload's repository, else one made of GITHUB_REPOSITORY and GITHUB_REPOSITORY_OWNER
   * (without description, licence or owner type). Undefined outside GitHub Actions.
   */
  repository?: GitHubRepository
  /** Why the payload could not be used, for a debug line (the runner variables still are). */
  problem?: string
}

/** Never throws: a missing or broken payload leaves `problem` set and the runner variables. */
export function readGitHubEvent(env: NodeJS.ProcessEnv = process.env): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME?.trim() || undefined
  const path = env.GITHUB_EVENT_PATH?.trim()
  let payload: Record<string, unknown> | undefined
  let problem: string | undefined
  if (!path) problem = 'GITHUB_EVENT_PATH is not set'
  else {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        payload = parsed as Record<string, unknown>
      else problem = `the event payload ${path} is not a JSON object`
    } catch (err) {
      problem = `the event payload ${path} could not be read: ${err instanceof Error ? err.message : String(err)}`
    }
  }
  const release = payload ? releaseFromJson(payload.release) : undefined
  const repository = (payload ? repositoryFromJson(payload.repository) : undefined) ?? repositoryFromRunner(env)
  return { name, release, repository, problem }
}

/** The repository as far as the runner's variables tell it. */
export function repositoryFromRunner(env: NodeJS.ProcessEnv = process.env): GitHubRepository | undefined {
  const fullName = env.GITHUB_REPOSITORY?.trim()
  const [owner, name, extra] = fullName?.split('/') ?? []
  if (!owner || !name || extra !== undefined) return undefined
  const login = env.GITHUB_REPOSITORY_OWNER?.trim() || owner
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '')
  return { name, fullName: `${owner}/${name}`, htmlUrl: `${server}/${owner}/${name}`, owner: { login } }
}

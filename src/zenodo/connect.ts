// Wires the Zenodo client for a run: one transport (with the proxy agents and the shared rate
// limiter) under a client with the retry policy.

import { ACTION_VERSION } from '../constants.js'
import { ZenodoClient, type ClientLog, type ZenodoApi } from './client.js'
import { readKnobs } from '../config.js'
import { HttpTransport, timeoutsFor } from './http.js'
import { createAgents } from './proxy.js'
import { RateLimiter } from './rate-limiter.js'
import { policyFor, type RetryPolicy } from './retry.js'

/** Names the action, its version and repository, and the calling workflow, as Zenodo asks of clients. */
export function userAgent(env: NodeJS.ProcessEnv = process.env): string {
  const repo = env.GITHUB_ACTION_REPOSITORY || 'zenodo-upload/zenodo-upload'
  const caller = env.GITHUB_REPOSITORY ? `; workflow in ${env.GITHUB_REPOSITORY}` : ''
  return `zenodo-upload/${ACTION_VERSION} (GitHub Action; +https://github.com/${repo}${caller}) node/${process.versions.node}`
}

export interface Connection {
  api: ZenodoApi
  /** For other adapters over the same sockets, rate limiter and retry policy. */
  transport: HttpTransport
  policy: RetryPolicy
  /** Frees the sockets kept alive, so the process can exit at once. */
  close(): void
}

export function connect(serverUrl: string, token: string, env: NodeJS.ProcessEnv, log: ClientLog): Connection {
  const knobs = readKnobs(env)
  // One bound for every pause Zenodo asks for, the window's reset and a 429's Retry-After alike.
  const limiter = new RateLimiter(
    (ms, st) =>
      log.info(
        `Rate limit (${st.limit ?? '?'} requests per window) reached; pausing ${(ms / 1000).toFixed(1)} s until the window resets.`
      ),
    Date.now,
    undefined,
    knobs.maxWaitMs
  )
  const transport = new HttpTransport({
    token,
    userAgent: userAgent(env),
    limiter,
    timeouts: timeoutsFor(knobs.idleTimeoutMs),
    ...createAgents(serverUrl, env, log.info)
  })
  const policy = policyFor(knobs.retryBaseMs, knobs.maxWaitMs)
  return {
    api: new ZenodoClient(serverUrl, transport, log, policy),
    transport,
    policy,
    close: () => transport.close()
  }
}

// The release, repository, contributors and assets, read from GitHub's REST API (GITHUB_API_URL,
// so GitHub Enterprise Server too). The look-ups only fill in default metadata: each request is
// bounded, all of them together too, and every failure is a GitHubApiError the caller can log as
// a warning before going on with the event payload (event.ts). Only release assets need the API.
//
// Proxies: @actions/github routes octokit through @actions/http-client's undici ProxyAgent, whose
// rules differ from ours (src/zenodo/proxy.ts): it reads https_proxy before HTTPS_PROXY, never
// falls back to HTTP_PROXY for https targets, splits NO_PROXY on commas only, ignores `*.host`
// entries, and fixes its dispatcher when @actions/github is first imported. So octokit gets our
// own fetch over node:http(s) with our agents (createAgents), like the downloads and every Zenodo
// request: one proxy decision (bypassProxy, proxyFor) and one CONNECT tunnel for the whole run.

import { createHash } from 'node:crypto'
import { getOctokit } from '@actions/github'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import * as http from 'node:http'
import * as https from 'node:https'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { readKnobs } from '../config.js'
import { pool } from '../upload/engine.js'
import { userAgent } from '../zenodo/connect.js'
import { createAgents } from '../zenodo/proxy.js'

export interface GitHubRelease {
  id: number
  tagName: string
  /** The release's title; undefined when empty. */
  name?: string
  /** The release notes (Markdown); undefined when empty. */
  body?: string
  /** ISO 8601 time; undefined for a draft. */
  publishedAt?: string
  htmlUrl?: string
  draft: boolean
  prerelease: boolean
}

export interface GitHubRepository {
  name: string
  /** 'owner/name'. */
  fullName: string
  description?: string
  htmlUrl: string
  /** type: 'User' or 'Organization' (unknown when read from runner variables). */
  owner: { login: string; type?: string }
  /** The SPDX id; undefined for none and for NOASSERTION (a licence GitHub could not identify). */
  license?: string
  defaultBranch?: string
}

export interface GitHubContributor {
  login: string
  /** The profile's name, when set and read in time. */
  name?: string
}

export interface GitHubAsset {
  id: number
  name: string
  size: number
  /** The API URL (…/releases/assets/{id}): downloads go through it, with the token. */
  url: string
  browserDownloadUrl: string
  contentType?: string
  /** `sha256:<hex>`, where GitHub lists one (assets uploaded since mid-2025): checked after download. */
  digest?: string
}

/** What the action reads from GitHub, in its own terms. Every failure is a GitHubApiError. */
export interface GitHubApi {
  /** The published release for a tag; undefined when the tag has none (or it is a draft). */
  release(tag: string): Promise<GitHubRelease | undefined>
  repository(): Promise<GitHubRepository>
  /** Users (no bots), at most MAX_CONTRIBUTORS, in GitHub's order (most commits first). */
  contributors(): Promise<GitHubContributor[]>
  /** Every uploaded asset of a release. */
  assets(releaseId: number): Promise<GitHubAsset[]>
  /** Streams an asset to destPath and checks its size; removes the file on failure. */
  downloadAsset(asset: GitHubAsset, destPath: string): Promise<void>
  /** Frees the sockets kept alive, so the process can exit at once. */
  close(): void
}

/** Zenodo's integration takes 30 (invenio-github's GITHUB_MAX_CONTRIBUTORS_NUMBER). */
export const MAX_CONTRIBUTORS = 30
const CONTRIBUTOR_PAGES = 5
/** GitHub allows 1000 assets per release: 10 pages. A little slack for Enterprise Server. */
const ASSET_PAGES = 20
const PER_PAGE = 100
/** Profile look-ups for contributors' names at once. */
const NAME_CONCURRENCY = 5
const ATTEMPTS = 3
const MAX_REDIRECTS = 5
/** API answers are JSON of a few KB; anything far larger is not GitHub. */
const MAX_BODY = 16 * 1024 * 1024

export type GitHubApiErrorKind =
  | 'no-token'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'timeout'
  | 'network'
  | 'server'
  | 'size-mismatch'
  | 'invalid'

/** GitHub refused, did not answer, or sent something unusable. The message never holds the token. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  constructor(
    message: string,
    readonly kind: GitHubApiErrorKind,
    /** The HTTP status, when GitHub answered. */
    readonly status?: number,
    /** When a rate limit resets, if GitHub said. */
    readonly resetAt?: Date
  ) {
    super(message)
  }

  /** Worth another attempt: a 5xx or a dropped connection (not a timeout: that already cost its wait). */
  get retriable(): boolean {
    return this.kind === 'server' || this.kind === 'network'
  }
}

/** No answer, or the connection failed: octokit wraps it, we find it again in `cause`. */
class TransportError extends Error {
  override name = 'TransportError'
  constructor(
    message: string,
    readonly timedOut: boolean
  ) {
    super(message)
  }
}

export interface GitHubApiOptions {
  /** An empty token makes every call fail with kind 'no-token', without a request. */
  token: string
  /** 'owner/name'; default GITHUB_REPOSITORY. */
  repository?: string
  /** Default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string
  /** Proxy variables and knobs; default process.env. */
  env?: NodeJS.ProcessEnv
  /** Per request, and a download's idle time; default ZENODO_UPLOAD_GITHUB_TIMEOUT_MS. */
  timeoutMs?: number
  /** Release, repository and contributors together, from the first; default ZENODO_UPLOAD_GITHUB_BUDGET_MS. */
  budgetMs?: number
  /** First backoff before a retry, doubled per retry; default ZENODO_UPLOAD_RETRY_BASE_MS, else 1 s. */
  retryBaseMs?: number
  /** Proxy notices and octokit's warnings. */
  log?: (line: string) => void
}

// ---------------------------------------------------------------------------------------
// JSON → domain shapes (also used for the event payload)

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function rec(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** A release object of the REST API or of a release event; undefined if it is none. */
export function releaseFromJson(json: unknown): GitHubRelease | undefined {
  const r = rec(json)
  const tagName = str(r?.tag_name)
  if (!r || typeof r.id !== 'number' || !tagName) return undefined
  return {
    id: r.id,
    tagName,
    name: str(r.name)?.trim(),
    body: str(r.body),
    publishedAt: str(r.published_at),
    htmlUrl: str(r.html_url),
    draft: r.draft === true,
    prerelease: r.prerelease === true
  }
}

/** A repository object of the REST API or of an event payload; undefined if it is none. */
export function repositoryFromJson(json: unknown): GitHubRepository | undefined {
  const r = rec(json)
  const owner = rec(r?.owner)
  const name = str(r?.name)
  const login = str(owner?.login) ?? str(owner?.name)
  if (!r || !name || !login) return undefined
  const spdx = str(rec(r.license)?.spdx_id)
  return {
    name,
    fullName: str(r.full_name) ?? `${login}/${name}`,
    description: str(r.description)?.trim(),
    htmlUrl: str(r.html_url) ?? '',
    owner: { login, type: str(owner?.type) },
    license: spdx && spdx.toUpperCase() !== 'NOASSERTION' ? spdx : undefined,
    defaultBranch: str(r.default_branch)
  }
}

function assetFromJson(json: unknown): GitHubAsset | undefined {
  const a = rec(json)
  const name = str(a?.name)
  const url = str(a?.url)
  if (!a || typeof a.id !== 'number' || !name || !url || typeof a.size !== 'number') return undefined
  // 'open' is an upload still under way (or abandoned): not part of the release yet.
  if (a.state !== undefined && a.state !== 'uploaded') return undefined
  return {
    id: a.id,
    name,
    size: a.size,
    url,
    browserDownloadUrl: str(a.browser_download_url) ?? '',
    contentType: str(a.content_type),
    digest: typeof a.digest === 'string' && /^sha256:[0-9a-f]{64}$/i.test(a.digest) ? a.digest.toLowerCase() : undefined
  }
}

// ---------------------------------------------------------------------------------------
// Status → message

/** GitHub's reason, as far as it gives one, for the messages. */
function githubMessage(data: unknown): string | undefined {
  const m = str(rec(data)?.message)
  return m ? m.slice(0, 300) : undefined
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const v = headers?.[name]
  return Array.isArray(v) ? String(v[0]) : v === undefined || v === null ? undefined : String(v)
}

/** The error for an HTTP status GitHub answered while reading `what`. */
function statusError(
  status: number,
  headers: Record<string, unknown> | undefined,
  data: unknown,
  what: string,
  repository: string
): GitHubApiError {
  const reason = githubMessage(data)
  const said = reason ? ` (GitHub: "${reason}")` : ''
  const permission = `the token (input github-token) needs the permission \`contents: read\` on ${repository}: add \`permissions: contents: read\` to the workflow or job`
  const remaining = header(headers, 'x-ratelimit-remaining')
  const retryAfter = Number(header(headers, 'retry-after'))
  if ((status === 403 || status === 429) && (remaining === '0' || Number.isFinite(retryAfter) || status === 429)) {
    const reset = Number(header(headers, 'x-ratelimit-reset'))
    const resetAt =
      remaining === '0' && Number.isFinite(reset) && reset > 0
        ? new Date(reset * 1000)
        : Number.isFinite(retryAfter)
          ? new Date(Date.now() + retryAfter * 1000)
          : undefined
    const when = resetAt ? `; it resets at ${resetAt.toISOString()}` : ''
    const which = remaining === '0' ? 'rate limit is used up' : 'secondary rate limit was hit'
    return new GitHubApiError(
      `GitHub's API ${which} (${status}) reading ${what}${when}${said}.`,
      'rate-limited',
      status,
      resetAt
    )
  }
  if (status === 401)
    return new GitHubApiError(
      `GitHub refused the token (401) reading ${what}: it is invalid or has expired; pass a valid token in github-token${said}.`,
      'unauthorized',
      status
    )
  if (status === 403)
    return new GitHubApiError(`GitHub refused (403) to let us read ${what}: ${permission}${said}.`, 'forbidden', status)
  if (status === 404)
    return new GitHubApiError(
      `GitHub found no ${what} (404): it does not exist, or the token cannot see it (${permission})${said}.`,
      'not-found',
      status
    )
  if (status >= 500)
    return new GitHubApiError(`GitHub's API failed (${status}) reading ${what}${said}.`, 'server', status)
  return new GitHubApiError(`GitHub answered ${status} reading ${what}${said}.`, 'invalid', status)
}

function transportError(err: TransportError, what: string): GitHubApiError {
  return err.timedOut
    ? new GitHubApiError(`GitHub's API did not answer in time reading ${what}: ${err.message}.`, 'timeout')
    : new GitHubApiError(`GitHub's API could not be reached reading ${what}: ${err.message}.`, 'network')
}

// ---------------------------------------------------------------------------------------
// Transport: node:http(s) through our proxy agents

class AgentPool {
  private readonly byOrigin = new Map<string, http.Agent>()
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: (line: string) => void,
    private readonly connectTimeoutMs: number
  ) {}

  /** The proxy (or direct) agent for a URL's origin: downloads go to another host than the API. */
  for(url: URL): http.Agent {
    let agent = this.byOrigin.get(url.origin)
    if (!agent) {
      const secure = url.protocol === 'https:'
      const proxied = createAgents(url.origin, this.env, this.log, this.connectTimeoutMs)
      agent =
        (secure ? proxied.httpsAgent : proxied.agent) ??
        (secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true }))
      this.byOrigin.set(url.origin, agent)
    }
    return agent
  }

  close(): void {
    for (const agent of this.byOrigin.values()) agent.destroy()
    this.byOrigin.clear()
  }
}

function describeSocketError(err: Error, url: URL): string {
  const code = (err as NodeJS.ErrnoException).code
  return `${url.host}: ${err.message}${code && !err.message.includes(code) ? ` (${code})` : ''}`
}

interface Answer {
  status: number
  statusText: string
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** One request, its whole answer read within timeoutMs. */
function fetchOnce(
  agents: AgentPool,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
  signal: AbortSignal | undefined
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (timeoutMs <= 0) {
      reject(new TransportError('the time for the GitHub look-ups is used up', true))
      return
    }
    let settled = false
    const finish = (err: Error | undefined, answer?: Answer): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (err) {
        req.destroy()
        reject(err)
      } else resolve(answer as Answer)
    }
    const onAbort = (): void => finish(new TransportError('the request was aborted', false))
    const mod = url.protocol === 'https:' ? https : http
    const req = mod.request(url, { method, headers, agent: agents.for(url) }, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_BODY) finish(new TransportError(`${url.host} sent more than ${MAX_BODY} bytes`, false))
        else chunks.push(chunk)
      })
      res.once('end', () =>
        finish(undefined, {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: res.headers,
          body: Buffer.concat(chunks)
        })
      )
      res.on('error', (err) => finish(new TransportError(describeSocketError(err, url), false)))
      res.once('close', () => {
        if (!res.complete) finish(new TransportError(`${url.host} closed the connection mid-answer`, false))
      })
    })
    const timer = setTimeout(
      () => finish(new TransportError(`no answer from ${url.host} within ${timeoutMs / 1000} s`, true)),
      timeoutMs
    )
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
    req.on('error', (err) => finish(new TransportError(describeSocketError(err, url), false)))
    req.end(body)
  })
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const NULL_BODY = new Set([204, 205, 304])

function stripAuthorization(headers: Record<string, string>): void {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name]
}

/**
 * A fetch for octokit over our agents. `timeoutMs()` is asked per request: the look-ups' share
 * of their budget shrinks as it is spent. Redirects are followed; the token stays on the origin.
 */
function nodeFetch(agents: AgentPool, timeoutMs: () => number): typeof fetch {
  const f = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    let url = new URL(input instanceof Request ? input.url : String(input))
    let method = (init.method ?? 'GET').toUpperCase()
    let body = typeof init.body === 'string' ? init.body : undefined
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((value, name) => (headers[name] = value))
    for (let hop = 0; ; hop++) {
      const answer = await fetchOnce(agents, url, method, headers, body, timeoutMs(), init.signal ?? undefined)
      const location = header(answer.headers, 'location')
      if (REDIRECTS.has(answer.status) && location && init.redirect !== 'manual' && hop < MAX_REDIRECTS) {
        const next = new URL(location, url)
        if (next.origin !== url.origin) stripAuthorization(headers)
        if (answer.status === 303 || (answer.status <= 302 && method === 'POST')) {
          method = 'GET'
          body = undefined
        }
        url = next
        continue
      }
      const responseHeaders = new Headers()
      for (const [name, value] of Object.entries(answer.headers)) {
        for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
          responseHeaders.append(name, v)
      }
      const response = new Response(NULL_BODY.has(answer.status) ? null : new Uint8Array(answer.body), {
        status: answer.status,
        statusText: answer.statusText,
        headers: responseHeaders
      })
      Object.defineProperty(response, 'url', { value: url.href })
      return response
    }
  }
  return f as typeof fetch
}

/** Refusals by the download host, which a new signed link may cure. */
const EXPIRED = new WeakSet<GitHubApiError>()

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

// ---------------------------------------------------------------------------------------
// The API

type Octokit = ReturnType<typeof getOctokit>

/** Our octokit pages: page size honoured, `link: rel="next"` (or a full page without any link). */
function hasNext(headers: Record<string, unknown>, count: number): boolean {
  const link = header(headers, 'link')
  return link === undefined ? count >= PER_PAGE : /rel="next"/.test(link)
}

class RestGitHubApi implements GitHubApi {
  private readonly owner: string
  private readonly repo: string
  private readonly fullName: string
  private readonly apiOrigin: string
  private readonly agents: AgentPool
  /** Budgeted look-ups (release, repository, contributors) and unbudgeted listing (assets). */
  private readonly lookups?: Octokit
  private readonly listing?: Octokit
  private readonly problem?: GitHubApiError
  private deadline?: number
  private readonly timeoutMs: number
  private readonly budgetMs: number
  private readonly retryBaseMs: number
  private readonly userAgent: string

  constructor(private readonly options: GitHubApiOptions) {
    const env = options.env ?? process.env
    const knobs = readKnobs(env)
    this.timeoutMs = options.timeoutMs ?? knobs.githubTimeoutMs
    this.budgetMs = options.budgetMs ?? knobs.githubBudgetMs
    this.retryBaseMs = options.retryBaseMs ?? knobs.retryBaseMs ?? 1000
    const log = options.log ?? (() => {})
    const apiUrl = (options.apiUrl ?? (env.GITHUB_API_URL?.trim() || 'https://api.github.com')).replace(/\/+$/, '')
    this.apiOrigin = URL.canParse(apiUrl) ? new URL(apiUrl).origin : ''
    const full = (options.repository ?? env.GITHUB_REPOSITORY ?? '').trim()
    const [owner = '', repo = '', extra] = full.split('/')
    this.owner = owner
    this.repo = repo
    this.fullName = full
    this.agents = new AgentPool(env, log, this.timeoutMs)
    this.userAgent = userAgent(env)
    if (!this.apiOrigin) {
      this.problem = new GitHubApiError(`GITHUB_API_URL is no URL: ${JSON.stringify(apiUrl)}.`, 'invalid')
      return
    }
    if (!owner || !repo || extra !== undefined) {
      this.problem = new GitHubApiError(
        `No repository to read from GitHub: expected owner/name (GITHUB_REPOSITORY), got ${JSON.stringify(full)}.`,
        'invalid'
      )
      return
    }
    if (!options.token) {
      this.problem = new GitHubApiError(
        `No GitHub token (input github-token is empty), so nothing of ${full} is read from GitHub's API.`,
        'no-token'
      )
      return
    }
    const make = (timeout: () => number): Octokit =>
      getOctokit(options.token, {
        baseUrl: apiUrl,
        userAgent: this.userAgent,
        // Replaces @actions/github's defaults.request (its agent and undici fetch) as a whole.
        request: { fetch: nodeFetch(this.agents, timeout) },
        log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) }
      })
    this.lookups = make(() => Math.min(this.timeoutMs, this.remaining()))
    this.listing = make(() => this.timeoutMs)
  }

  /** What is left of the look-ups' budget; its clock starts with the first look-up. */
  private remaining(): number {
    this.deadline ??= Date.now() + this.budgetMs
    return this.deadline - Date.now()
  }

  /** `token` out of a message, should GitHub ever echo it. */
  private scrub(err: GitHubApiError): GitHubApiError {
    const token = this.options.token
    if (!token || !err.message.includes(token)) return err
    return new GitHubApiError(err.message.split(token).join('***'), err.kind, err.status, err.resetAt)
  }

  private map(err: unknown, what: string): GitHubApiError {
    if (err instanceof GitHubApiError) return err
    const e = err as {
      status?: unknown
      cause?: unknown
      response?: { headers?: Record<string, unknown>; data?: unknown }
    }
    if (e?.cause instanceof TransportError) return transportError(e.cause, what)
    if (err instanceof TransportError) return transportError(err, what)
    if (typeof e?.status === 'number' && e.response)
      return statusError(e.status, e.response.headers, e.response.data, what, this.fullName)
    const message = err instanceof Error ? err.message : String(err)
    return new GitHubApiError(`Reading ${what} from GitHub's API failed: ${message}`, 'network')
  }

  /** One API call with bounded retries for 5xx and dropped connections; errors mapped. */
  private async call<T>(
    what: string,
    budgeted: boolean,
    fn: (octokit: Octokit) => Promise<T>,
    attempts = ATTEMPTS
  ): Promise<T> {
    if (this.problem) throw this.problem
    const octokit = (budgeted ? this.lookups : this.listing) as Octokit
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn(octokit)
      } catch (err) {
        const mapped = this.scrub(this.map(err, what))
        const delay = this.retryBaseMs * 2 ** (attempt - 1)
        const fits = !budgeted || this.remaining() > delay + 100
        if (attempt >= attempts || !mapped.retriable || !fits) throw mapped
        await sleep(delay)
      }
    }
  }

  async release(tag: string): Promise<GitHubRelease | undefined> {
    const what = `release for the tag ${tag} of ${this.fullName}`
    try {
      const { data } = await this.call(what, true, (o) =>
        o.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag })
      )
      const release = releaseFromJson(data)
      if (!release) throw new GitHubApiError(`GitHub sent no release object for the ${what}.`, 'invalid')
      return release
    } catch (err) {
      // A tag pushed without a release (drafts do not show here either).
      if (err instanceof GitHubApiError && err.kind === 'not-found') return undefined
      throw err
    }
  }

  async repository(): Promise<GitHubRepository> {
    const what = `repository ${this.fullName}`
    const { data } = await this.call(what, true, (o) => o.rest.repos.get({ owner: this.owner, repo: this.repo }))
    const repository = repositoryFromJson(data)
    if (!repository) throw new GitHubApiError(`GitHub sent no repository object for ${this.fullName}.`, 'invalid')
    return repository
  }

  async contributors(): Promise<GitHubContributor[]> {
    const what = `contributors of ${this.fullName}`
    const logins: string[] = []
    for (let page = 1; page <= CONTRIBUTOR_PAGES && logins.length < MAX_CONTRIBUTORS; page++) {
      const res = await this.call(what, true, (o) =>
        o.rest.repos.listContributors({ owner: this.owner, repo: this.repo, per_page: PER_PAGE, page })
      )
      // 204 without a body for an empty repository.
      const list: unknown[] = Array.isArray(res.data) ? res.data : []
      for (const item of list) {
        const c = rec(item)
        const login = str(c?.login)
        if (login && c?.type === 'User' && !login.endsWith('[bot]') && logins.length < MAX_CONTRIBUTORS)
          logins.push(login)
      }
      if (!hasNext(res.headers as Record<string, unknown>, list.length)) break
    }
    // Names are a nicety: one failure that would repeat (limit, time) stops the look-ups, logins stay.
    let stop = false
    const named = async (login: string): Promise<GitHubContributor> => {
      if (stop) return { login }
      try {
        const { data } = await this.call(
          `user ${login}`,
          true,
          (o) => o.rest.users.getByUsername({ username: login }),
          1
        )
        const name = str(rec(data)?.name)?.trim()
        return name ? { login, name } : { login }
      } catch (err) {
        if (err instanceof GitHubApiError && err.kind !== 'not-found') stop = true
        return { login }
      }
    }
    return pool(logins, NAME_CONCURRENCY, named)
  }

  async assets(releaseId: number): Promise<GitHubAsset[]> {
    const what = `assets of the release ${releaseId} of ${this.fullName}`
    const out: GitHubAsset[] = []
    for (let page = 1; ; page++) {
      if (page > ASSET_PAGES)
        throw new GitHubApiError(`The ${what} run past ${ASSET_PAGES} pages of ${PER_PAGE}.`, 'invalid')
      const res = await this.call(what, false, (o) =>
        o.rest.repos.listReleaseAssets({
          owner: this.owner,
          repo: this.repo,
          release_id: releaseId,
          per_page: PER_PAGE,
          page
        })
      )
      const list: unknown[] = Array.isArray(res.data) ? res.data : []
      for (const item of list) {
        const asset = assetFromJson(item)
        if (asset) out.push(asset)
      }
      if (!hasNext(res.headers as Record<string, unknown>, list.length)) return out
    }
  }

  async downloadAsset(asset: GitHubAsset, destPath: string): Promise<void> {
    if (this.problem) throw this.problem
    const what = `release asset "${asset.name}" of ${this.fullName}`
    // Renamed into place once whole and checked: a failure leaves nothing at destPath.
    const part = `${destPath}.part`
    for (let attempt = 1; ; attempt++) {
      try {
        await this.downloadOnce(asset, part, what)
        await rename(part, destPath)
        return
      } catch (err) {
        await rm(part, { force: true })
        const mapped = this.scrub(this.map(err, what))
        // A stall costs one idle timeout, and a refused signed link may just have expired: both
        // get a new attempt (with a new link), as do 5xx and dropped connections.
        const again = mapped.retriable || mapped.kind === 'timeout' || EXPIRED.has(mapped)
        if (attempt >= ATTEMPTS || !again) throw mapped
        await sleep(this.retryBaseMs * 2 ** (attempt - 1))
      }
    }
  }

  /**
   * GET the API URL with Accept: application/octet-stream; GitHub answers 302 to a presigned URL on
   * another host. The token goes to the API's origin only (the presigned URL is its own credential).
   */
  private async downloadOnce(asset: GitHubAsset, destPath: string, what: string): Promise<void> {
    let url = new URL(asset.url)
    for (let hop = 0; ; hop++) {
      const onApi = url.origin === this.apiOrigin
      const headers: Record<string, string> = {
        accept: 'application/octet-stream',
        'user-agent': this.userAgent,
        ...(onApi ? { authorization: `Bearer ${this.options.token}` } : {})
      }
      const { res, idle } = await this.open(url, headers)
      const location = header(res.headers, 'location')
      const status = res.statusCode ?? 0
      if (REDIRECTS.has(status) && location) {
        res.resume()
        if (hop >= MAX_REDIRECTS) throw new GitHubApiError(`Too many redirects downloading the ${what}.`, 'invalid')
        url = new URL(location, url)
        continue
      }
      if (status !== 200) {
        const text = await readSmall(res)
        if (!onApi && (status === 400 || status === 403)) {
          const err = new GitHubApiError(
            `The download host ${url.host} refused the ${what} (${status}); its signed link may have expired.`,
            'forbidden',
            status
          )
          EXPIRED.add(err)
          throw err
        }
        let data: unknown
        try {
          data = JSON.parse(text)
        } catch {
          // Not JSON (S3 answers XML): no message to quote.
        }
        throw statusError(status, res.headers, data, what, this.fullName)
      }
      const length = header(res.headers, 'content-length')
      if (length !== undefined && Number(length) !== asset.size) {
        res.destroy()
        throw new GitHubApiError(
          `The ${what} has ${length} bytes on ${url.host}, but the release lists ${asset.size}: not using it.`,
          'size-mismatch'
        )
      }
      let bytes = 0
      const sha = createHash('sha256')
      const count = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          bytes += chunk.length
          sha.update(chunk)
          cb(null, chunk)
        }
      })
      try {
        await pipeline(res, count, createWriteStream(destPath))
      } catch (err) {
        const e = err as NodeJS.ErrnoException
        // Our disk, not GitHub: not retried.
        if (e.syscall === 'open' || e.syscall === 'write')
          throw new GitHubApiError(`Writing the ${what} to ${destPath} failed: ${e.message}`, 'invalid')
        throw idle()
          ? new TransportError(`no byte from ${url.host} for ${this.timeoutMs / 1000} s after ${bytes} bytes`, true)
          : new TransportError(`${url.host} broke off after ${bytes} bytes: ${e.message}`, false)
      }
      if (bytes !== asset.size)
        throw new GitHubApiError(
          `The ${what} came with ${bytes} bytes, but the release lists ${asset.size}: not using it.`,
          'size-mismatch'
        )
      const digest = `sha256:${sha.digest('hex')}`
      if (asset.digest !== undefined && digest !== asset.digest)
        throw new GitHubApiError(
          `The ${what} came with SHA-256 ${digest.slice(7)}, but the release lists ${asset.digest.slice(7)}: not using it.`,
          'size-mismatch'
        )
      return
    }
  }

  /** The response head for a download; no byte moving for timeoutMs fails it, body included. */
  private open(url: URL, headers: Record<string, string>): Promise<{ res: http.IncomingMessage; idle: () => boolean }> {
    return new Promise((resolve, reject) => {
      let timedOut = false
      const mod = url.protocol === 'https:' ? https : http
      const req = mod.request(url, { method: 'GET', headers, agent: this.agents.for(url) }, (res) =>
        resolve({ res, idle: () => timedOut })
      )
      req.setTimeout(this.timeoutMs, () => {
        timedOut = true
        req.destroy()
      })
      req.on('error', (err) =>
        reject(
          timedOut
            ? new TransportError(`no answer from ${url.host} within ${this.timeoutMs / 1000} s`, true)
            : new TransportError(describeSocketError(err, url), false)
        )
      )
      req.end()
    })
  }

  close(): void {
    this.agents.close()
  }
}

async function readSmall(res: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= 64 * 1024) chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The API for the repository the workflow runs in (or `options.repository`). Never throws. */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  return new RestGitHubApi(options)
}

// A fake GitHub REST API for tests, on 127.0.0.1 over node:http: the repository, releases by
// tag, contributors and release assets (paged as GitHub pages them: per_page up to 100, a Link
// header), users, and asset downloads that answer 302 to a second host, as GitHub sends them to
// objects.githubusercontent.com. That host refuses any Authorization header (S3 takes one
// credential, and the signed URL is it), and both hosts log every request with the
// Authorization they saw, so tests can tell which token reached which host.

import { createHash } from 'node:crypto'
import { randomUUID } from 'node:crypto'
import * as http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface FakeRelease {
  id: number
  tag_name: string
  name?: string | null
  body?: string | null
  published_at?: string | null
  draft?: boolean
  prerelease?: boolean
}

export interface FakeContributor {
  login: string
  type: 'User' | 'Bot' | 'Organization'
  contributions?: number
}

export interface FakeUser {
  login: string
  name?: string | null
}

export interface FakeAsset {
  id: number
  name: string
  content: Buffer
  content_type?: string
  /** The size the API lists, when it should differ from the content's (a wrong size). */
  size?: number
  /** 'uploaded' unless set ('open': an upload under way). */
  state?: string
  /** Sent without Content-Length (chunked). */
  chunked?: boolean
  /** The listed digest; default the content's SHA-256, null for an asset from before digests. */
  digest?: string | null
}

export type FakeFaultAction =
  /** Never answer (the socket stays open until close()). */
  | 'hang'
  /** 401 Bad credentials. */
  | 'unauthorized'
  /** 403 without rate-limit headers: a missing permission. */
  | 'forbidden'
  /** 403 with x-ratelimit-remaining: 0 and a reset time. */
  | 'rate-limit'
  | 'server-error'
  /** Drop the connection before answering. */
  | 'reset'
  /** Downloads: send the head and half the bytes, then drop the connection. */
  | 'truncate'
  /** Downloads: send the head and half the bytes, then nothing more. */
  | 'stall'
  /** 301 to `location` (a renamed repository; or another host). */
  | 'redirect'

export interface FakeFault {
  host?: 'api' | 'assets'
  /** Matched against the path without the query (a string: equal, or a prefix ending in '/'). */
  path: string | RegExp
  action: FakeFaultAction
  /** How many requests it hits; default all. */
  times?: number
  /** For 'redirect'. */
  location?: string
}

export interface FakeGitHubState {
  owner: string
  repo: string
  /** The repository object as the API returns it; owner, name, full_name and URLs are filled in. */
  repository: Record<string, unknown>
  releases: FakeRelease[]
  contributors: FakeContributor[]
  users: Record<string, FakeUser>
  /** By release id. */
  assets: Record<number, FakeAsset[]>
  /** When set, any other token gets 401 (no token at all reads as anonymous). */
  token?: string
  faults: FakeFault[]
  /** x-ratelimit-reset of the rate-limit fault, in epoch seconds. */
  rateLimitReset: number
}

export interface FakeRequest {
  host: 'api' | 'assets'
  method: string
  /** Path and query. */
  url: string
  authorization?: string
  accept?: string
  userAgent?: string
}

export interface FakeGitHub {
  /** Base URL of the API, as GITHUB_API_URL. */
  apiUrl: string
  /** The download host's origin. */
  assetsUrl: string
  state: FakeGitHubState
  requests: FakeRequest[]
  /** Requests on one host, optionally only those whose path starts with `prefix`. */
  requestsTo(host: 'api' | 'assets', prefix?: string): FakeRequest[]
  close(): Promise<void>
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }

/** Contributors c1…cN: users, with a bot every `botEvery`-th place when set. */
export function seedContributors(n: number, botEvery = 0): FakeContributor[] {
  return Array.from({ length: n }, (_, i) =>
    botEvery > 0 && (i + 1) % botEvery === 0
      ? { login: `bot${i + 1}[bot]`, type: 'Bot' as const, contributions: n - i }
      : { login: `c${i + 1}`, type: 'User' as const, contributions: n - i }
  )
}

/** Assets a1…aN of a few bytes each, ids from `firstId`. */
export function seedAssets(n: number, firstId = 1000): FakeAsset[] {
  return Array.from({ length: n }, (_, i) => ({
    id: firstId + i,
    name: `a${i + 1}.txt`,
    content: Buffer.from(`asset ${i + 1}\n`)
  }))
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
  )
}

function tokenOf(authorization: string | undefined): string | undefined {
  return authorization?.replace(/^(?:token|bearer)\s+/i, '')
}

export async function startFakeGitHub(seed: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const state: FakeGitHubState = {
    owner: 'octo-org',
    repo: 'hello-world',
    repository: {},
    releases: [],
    contributors: [],
    users: {},
    assets: {},
    faults: [],
    rateLimitReset: Math.floor(Date.now() / 1000) + 3600,
    ...seed
  }
  const requests: FakeRequest[] = []
  const sockets = new Set<Socket>()
  const api = http.createServer()
  const assets = http.createServer()
  for (const server of [api, assets])
    server.on('connection', (socket) => {
      sockets.add(socket)
      socket.once('close', () => sockets.delete(socket))
    })
  const apiUrl = await listen(api)
  const assetsUrl = await listen(assets)

  const json = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: http.OutgoingHttpHeaders = {}
  ): void => {
    const text = JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...headers
    })
    res.end(text)
  }

  /** The fault for this request, used up by one; undefined for none. */
  const fault = (host: 'api' | 'assets', path: string): FakeFault | undefined => {
    const f = state.faults.find(
      (x) =>
        (x.host ?? 'api') === host &&
        (x.times === undefined || x.times > 0) &&
        (typeof x.path === 'string'
          ? x.path === path || (x.path.endsWith('/') && path.startsWith(x.path))
          : x.path.test(path))
    )
    if (f && f.times !== undefined) f.times--
    return f
  }

  /** Answers a fault; true when it took the request. */
  const applyFault = (f: FakeFault | undefined, req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    if (!f) return false
    switch (f.action) {
      case 'hang':
        return true
      case 'reset':
        req.socket.destroy()
        return true
      case 'unauthorized':
        json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })
        return true
      case 'forbidden':
        json(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403'
        })
        return true
      case 'rate-limit':
        json(
          res,
          403,
          {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url: 'https://docs.github.com/rest'
          },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(state.rateLimitReset) }
        )
        return true
      case 'server-error':
        json(res, 502, { message: 'Server Error' })
        return true
      case 'redirect':
        json(res, 301, { message: 'Moved Permanently', url: f.location }, { location: f.location ?? '/' })
        return true
      default:
        return false
    }
  }

  const page = (res: http.ServerResponse, url: URL, items: unknown[], emptyStatus = 200): void => {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page')) || 30, 1), 100)
    const n = Math.max(Number(url.searchParams.get('page')) || 1, 1)
    const last = Math.max(Math.ceil(items.length / perPage), 1)
    const slice = items.slice((n - 1) * perPage, n * perPage)
    const link = (p: number, rel: string): string => {
      const u = new URL(url.pathname, apiUrl)
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(p))
      return `<${u.href}>; rel="${rel}"`
    }
    const links: string[] = []
    if (n > 1) links.push(link(n - 1, 'prev'), link(1, 'first'))
    if (n < last) links.push(link(n + 1, 'next'), link(last, 'last'))
    if (items.length === 0 && emptyStatus === 204) {
      res.writeHead(204)
      res.end()
      return
    }
    json(res, 200, slice, links.length > 0 ? { link: links.join(', ') } : {})
  }

  const repoPath = (): string => `/repos/${state.owner}/${state.repo}`

  const repositoryJson = (): Record<string, unknown> => {
    const owner = { login: state.owner, type: 'Organization', ...(state.repository.owner as object | undefined) }
    return {
      id: 1296269,
      name: state.repo,
      full_name: `${state.owner}/${state.repo}`,
      html_url: `https://github.example/${state.owner}/${state.repo}`,
      description: null,
      license: null,
      default_branch: 'main',
      private: false,
      ...state.repository,
      owner
    }
  }

  const assetJson = (releaseId: number, a: FakeAsset): Record<string, unknown> => ({
    id: a.id,
    name: a.name,
    size: a.size ?? a.content.length,
    state: a.state ?? 'uploaded',
    content_type: a.content_type ?? 'application/octet-stream',
    // GitHub lists the SHA-256 of assets uploaded since mid-2025 (null for older ones).
    digest: a.digest === undefined ? `sha256:${createHash('sha256').update(a.content).digest('hex')}` : a.digest,
    url: `${apiUrl}${repoPath()}/releases/assets/${a.id}`,
    browser_download_url: `https://github.example/${state.owner}/${state.repo}/releases/download/${
      state.releases.find((r) => r.id === releaseId)?.tag_name ?? 'x'
    }/${a.name}`
  })

  const releaseJson = (r: FakeRelease): Record<string, unknown> => ({
    url: `${apiUrl}${repoPath()}/releases/${r.id}`,
    html_url: `https://github.example/${state.owner}/${state.repo}/releases/tag/${r.tag_name}`,
    name: null,
    body: null,
    published_at: r.draft ? null : '2024-05-06T07:08:09Z',
    draft: false,
    prerelease: false,
    ...r,
    assets: (state.assets[r.id] ?? []).slice(0, 30).map((a) => assetJson(r.id, a))
  })

  const findAsset = (id: number): FakeAsset | undefined =>
    Object.values(state.assets)
      .flat()
      .find((a) => a.id === id)

  api.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', apiUrl)
    const authorization = req.headers.authorization
    requests.push({
      host: 'api',
      method: req.method ?? '',
      url: req.url ?? '',
      authorization,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent']
    })
    if (applyFault(fault('api', url.pathname), req, res)) return
    const token = tokenOf(authorization)
    if (state.token !== undefined && token !== undefined && token !== state.token) {
      json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })
      return
    }
    if (req.method !== 'GET') return json(res, 404, NOT_FOUND)
    const path = url.pathname
    const base = repoPath()
    let m: RegExpExecArray | null
    if (path === base || path === `/repositories/${String(repositoryJson().id)}`)
      return json(res, 200, repositoryJson())
    if ((m = new RegExp(`^${base}/releases/tags/(.+)$`).exec(path))) {
      const tag = decodeURIComponent(m[1])
      const r = state.releases.find((x) => x.tag_name === tag && !x.draft)
      return r ? json(res, 200, releaseJson(r)) : json(res, 404, NOT_FOUND)
    }
    if (path === `${base}/contributors`) return page(res, url, state.contributors, 204)
    if ((m = /^\/users\/([^/]+)$/.exec(path))) {
      const u = state.users[decodeURIComponent(m[1])]
      return u ? json(res, 200, { type: 'User', name: null, ...u }) : json(res, 404, NOT_FOUND)
    }
    if ((m = new RegExp(`^${base}/releases/(\\d+)/assets$`).exec(path))) {
      const id = Number(m[1])
      if (!state.releases.some((r) => r.id === id)) return json(res, 404, NOT_FOUND)
      return page(
        res,
        url,
        (state.assets[id] ?? []).map((a) => assetJson(id, a))
      )
    }
    if ((m = new RegExp(`^${base}/releases/assets/(\\d+)$`).exec(path))) {
      const a = findAsset(Number(m[1]))
      if (!a) return json(res, 404, NOT_FOUND)
      if (req.headers.accept === 'application/octet-stream') {
        res.writeHead(302, {
          location: `${assetsUrl}/objects/${a.id}?X-Amz-Signature=${randomUUID()}`,
          'content-length': 0
        })
        res.end()
        return
      }
      const releaseId = Number(Object.entries(state.assets).find(([, list]) => list.includes(a))?.[0])
      return json(res, 200, assetJson(releaseId, a))
    }
    json(res, 404, NOT_FOUND)
  })

  assets.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', assetsUrl)
    requests.push({
      host: 'assets',
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent']
    })
    const f = fault('assets', url.pathname)
    if (applyFault(f, req, res)) return
    if (req.headers.authorization) {
      res.writeHead(400, { 'content-type': 'application/xml' })
      res.end('<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>')
      return
    }
    const m = /^\/objects\/(\d+)$/.exec(url.pathname)
    const a = m && url.searchParams.get('X-Amz-Signature') ? findAsset(Number(m[1])) : undefined
    if (!a) {
      res.writeHead(403, { 'content-type': 'application/xml' })
      res.end('<Error><Code>AccessDenied</Code></Error>')
      return
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      ...(a.chunked ? {} : { 'content-length': a.content.length })
    })
    if (f?.action === 'truncate' || f?.action === 'stall') {
      res.write(a.content.subarray(0, Math.floor(a.content.length / 2)))
      if (f.action === 'truncate') setTimeout(() => req.socket.destroy(), 20)
      return
    }
    res.end(a.content)
  })

  return {
    apiUrl,
    assetsUrl,
    state,
    requests,
    requestsTo: (host, prefix = '') => requests.filter((r) => r.host === host && r.url.startsWith(prefix)),
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await Promise.all([api, assets].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
    }
  }
}

// The GitHub API client against the fake GitHub, over real sockets: what it reads, how it pages,
// where the token goes on a download, and that every refusal or silence ends soon in a
// GitHubApiError that says what to do (and never holds the token).

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import * as http from 'node:http'
import * as net from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { createGitHubApi, GitHubApiError, type GitHubApi, type GitHubApiOptions } from '../src/github/api.js'
import { seedAssets, seedContributors, startFakeGitHub, type FakeGitHub } from './support/fake-github/index.js'

const TOKEN = 'ghs_fakeTokenForTests0123456789'
const OWNER = 'octo-org'
const REPO = 'hello-world'

let fake: FakeGitHub
let dir: string
const apis: GitHubApi[] = []

function api(options: Partial<GitHubApiOptions> = {}): GitHubApi {
  const a = createGitHubApi({
    token: TOKEN,
    env: { GITHUB_API_URL: fake.apiUrl, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, ZENODO_UPLOAD_RETRY_BASE_MS: '10' },
    ...options
  })
  apis.push(a)
  return a
}

async function failure(p: Promise<unknown>): Promise<GitHubApiError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(GitHubApiError)
  expect((err as Error).message).not.toContain(TOKEN)
  return err as GitHubApiError
}

beforeEach(async () => {
  fake = await startFakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN })
  dir = mkdtempSync(path.join(tmpdir(), 'gh-api-'))
})

afterEach(async () => {
  for (const a of apis.splice(0)) a.close()
  await fake.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('release and repository', () => {
  it('reads the release for a tag, and none for a tag without one or a draft', async () => {
    fake.state.releases.push(
      { id: 7, tag_name: 'v1.0.0', name: 'First ', body: '## Notes', published_at: '2024-05-06T07:08:09Z' },
      { id: 8, tag_name: 'v2.0.0-draft', draft: true }
    )
    const gh = api()
    expect(await gh.release('v1.0.0')).toEqual({
      id: 7,
      tagName: 'v1.0.0',
      name: 'First',
      body: '## Notes',
      publishedAt: '2024-05-06T07:08:09Z',
      htmlUrl: `https://github.example/${OWNER}/${REPO}/releases/tag/v1.0.0`,
      draft: false,
      prerelease: false
    })
    expect(await gh.release('v0.9')).toBeUndefined()
    expect(await gh.release('v2.0.0-draft')).toBeUndefined()
    const seen = fake.requestsTo('api', `/repos/${OWNER}/${REPO}/releases/tags/`)
    expect(seen.map((r) => r.authorization)).toEqual([`token ${TOKEN}`, `token ${TOKEN}`, `token ${TOKEN}`])
    expect(seen[0].userAgent).toMatch(
      /^zenodo-upload\/\S+ \(GitHub Action; .*workflow in octo-org\/hello-world\) node\/.* octokit-core\.js\//
    )
  })

  it('reads the repository, its licence as an SPDX id and NOASSERTION as none', async () => {
    fake.state.repository = {
      description: ' Says hello. ',
      license: { key: 'apache-2.0', spdx_id: 'Apache-2.0' },
      default_branch: 'trunk'
    }
    const gh = api()
    expect(await gh.repository()).toEqual({
      name: REPO,
      fullName: `${OWNER}/${REPO}`,
      description: 'Says hello.',
      htmlUrl: `https://github.example/${OWNER}/${REPO}`,
      owner: { login: OWNER, type: 'Organization' },
      license: 'Apache-2.0',
      defaultBranch: 'trunk'
    })
    fake.state.repository = { license: { key: 'other', spdx_id: 'NOASSERTION' } }
    expect((await gh.repository()).license).toBeUndefined()
    fake.state.repository = { license: null, description: null }
    const bare = await gh.repository()
    expect(bare.license).toBeUndefined()
    expect(bare.description).toBeUndefined()
  })

  it('follows a renamed repository with the token, and keeps the token off another host', async () => {
    fake.state.faults.push({
      path: `/repos/${OWNER}/${REPO}`,
      action: 'redirect',
      location: '/repositories/1296269',
      times: 1
    })
    expect((await api().repository()).name).toBe(REPO)
    expect(fake.requestsTo('api').map((r) => [r.url, r.authorization])).toEqual([
      [`/repos/${OWNER}/${REPO}`, `token ${TOKEN}`],
      ['/repositories/1296269', `token ${TOKEN}`]
    ])
    fake.state.faults.push({
      path: `/repos/${OWNER}/${REPO}`,
      action: 'redirect',
      location: `${fake.assetsUrl}/elsewhere`
    })
    await failure(api().repository())
    expect(fake.requestsTo('assets').map((r) => [r.url, r.authorization])).toEqual([['/elsewhere', undefined]])
  })

  it('reads GITHUB_API_URL and GITHUB_REPOSITORY from the environment it is given', async () => {
    const other = await startFakeGitHub({ owner: 'someone', repo: 'else' })
    try {
      const gh = api({ env: { GITHUB_API_URL: `${other.apiUrl}/`, GITHUB_REPOSITORY: 'someone/else' } })
      expect((await gh.repository()).fullName).toBe('someone/else')
      expect(other.requestsTo('api')).toHaveLength(1)
      expect(fake.requests).toHaveLength(0)
    } finally {
      await other.close()
    }
  })
})

describe('contributors', () => {
  it('keeps users only, at most 30, in GitHub order, with their names where set', async () => {
    fake.state.contributors = seedContributors(250, 4)
    fake.state.contributors.splice(1, 0, { login: 'renovate[bot]', type: 'User' })
    fake.state.users = { c1: { login: 'c1', name: 'Ada Lovelace' }, c2: { login: 'c2', name: '  ' } }
    const list = await api().contributors()
    expect(list).toHaveLength(30)
    expect(list[0]).toEqual({ login: 'c1', name: 'Ada Lovelace' })
    expect(list[1]).toEqual({ login: 'c2' })
    expect(list.some((c) => c.login.endsWith('[bot]'))).toBe(false)
    const expected = fake.state.contributors.filter((c) => c.type === 'User' && !c.login.endsWith('[bot]'))
    expect(list.map((c) => c.login)).toEqual(expected.slice(0, 30).map((c) => c.login))
    // One page of 100 held 30 users; then one profile look-up each.
    expect(fake.requestsTo('api', `/repos/${OWNER}/${REPO}/contributors`).map((r) => r.url)).toEqual([
      `/repos/${OWNER}/${REPO}/contributors?per_page=100&page=1`
    ])
    expect(fake.requestsTo('api', '/users/')).toHaveLength(30)
  })

  it('pages on when a page holds too few users', async () => {
    fake.state.contributors = [
      ...Array.from({ length: 100 }, (_, i) => ({ login: `b${i}[bot]`, type: 'Bot' as const })),
      { login: 'late', type: 'User' as const }
    ]
    expect(await api().contributors()).toEqual([{ login: 'late' }])
    expect(fake.requestsTo('api', `/repos/${OWNER}/${REPO}/contributors`)).toHaveLength(2)
  })

  it('gives none for an empty repository (204)', async () => {
    expect(await api().contributors()).toEqual([])
  })

  it('stops looking up names after the first that fails, keeping logins', async () => {
    fake.state.contributors = seedContributors(12)
    fake.state.faults.push({ path: '/users/', action: 'rate-limit' })
    const list = await api().contributors()
    expect(list.map((c) => c.login)).toEqual(seedContributors(12).map((c) => c.login))
    expect(list.every((c) => c.name === undefined)).toBe(true)
    // Five at once, then none: not twelve.
    expect(fake.requestsTo('api', '/users/').length).toBeLessThanOrEqual(5)
  })
})

describe('assets', () => {
  it('lists all of more than 100 assets, 100 a page, skipping unfinished uploads', async () => {
    fake.state.releases.push({ id: 9, tag_name: 'v1' })
    fake.state.assets[9] = seedAssets(250)
    fake.state.assets[9].push({ id: 5000, name: 'partial.bin', content: Buffer.from('x'), state: 'open' })
    const list = await api().assets(9)
    expect(list).toHaveLength(250)
    expect(list.map((a) => a.id)).toEqual(seedAssets(250).map((a) => a.id))
    expect(list[0]).toEqual({
      id: 1000,
      name: 'a1.txt',
      size: 8,
      url: `${fake.apiUrl}/repos/${OWNER}/${REPO}/releases/assets/1000`,
      browserDownloadUrl: `https://github.example/${OWNER}/${REPO}/releases/download/v1/a1.txt`,
      contentType: 'application/octet-stream',
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/)
    })
    expect(fake.requestsTo('api', `/repos/${OWNER}/${REPO}/releases/9/assets`).map((r) => r.url)).toEqual(
      [1, 2, 3].map((p) => `/repos/${OWNER}/${REPO}/releases/9/assets?per_page=100&page=${p}`)
    )
  })
})

describe('downloadAsset', () => {
  const seedOne = (content: Buffer, size?: number, chunked?: boolean) => {
    fake.state.releases.push({ id: 3, tag_name: 'v3' })
    fake.state.assets[3] = [{ id: 77, name: 'tool-linux-x64.tar.gz', content, size, chunked }]
  }

  it('follows the redirect to the download host, with the token on the API host only', async () => {
    const content = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
    seedOne(content)
    const gh = api()
    const [asset] = await gh.assets(3)
    const dest = path.join(dir, asset.name)
    await gh.downloadAsset(asset, dest)
    expect(readFileSync(dest).equals(content)).toBe(true)
    const onApi = fake.requestsTo('api', `/repos/${OWNER}/${REPO}/releases/assets/77`)
    expect(onApi).toEqual([
      expect.objectContaining({ authorization: `Bearer ${TOKEN}`, accept: 'application/octet-stream' })
    ])
    const onAssets = fake.requestsTo('assets')
    expect(onAssets).toHaveLength(1)
    expect(onAssets[0].url).toMatch(/^\/objects\/77\?X-Amz-Signature=/)
    expect(onAssets.every((r) => r.authorization === undefined)).toBe(true)
  })

  it('fails naming the asset when its size is not the listed one, and leaves no file', async () => {
    seedOne(Buffer.from('short'), 999)
    const gh = api()
    const [asset] = await gh.assets(3)
    const dest = path.join(dir, asset.name)
    const err = await failure(gh.downloadAsset(asset, dest))
    expect(err.kind).toBe('size-mismatch')
    expect(err.message).toContain('"tool-linux-x64.tar.gz"')
    expect(err.message).toMatch(/ 5 bytes on 127\.0\.0\.1:\d+, but the release lists 999: not using it/)
    expect(existsSync(dest)).toBe(false)
    expect(existsSync(`${dest}.part`)).toBe(false)
  })

  it('checks the SHA-256 that GitHub lists for the asset, and leaves no file on a mismatch', async () => {
    seedOne(Buffer.from('right size'))
    fake.state.assets[3][0].digest = `sha256:${'0'.repeat(64)}`
    const gh = api()
    const [asset] = await gh.assets(3)
    expect(asset.digest).toBe(`sha256:${'0'.repeat(64)}`)
    const dest = path.join(dir, asset.name)
    const err = await failure(gh.downloadAsset(asset, dest))
    expect(err.message).toMatch(/came with SHA-256 [0-9a-f]{64}, but the release lists 0{64}: not using it/)
    expect(existsSync(dest)).toBe(false)
    // The listed digest of the same bytes passes; an asset from before digests (null) is checked by size only.
    fake.state.assets[3][0].digest = undefined
    const [good] = await gh.assets(3)
    await gh.downloadAsset(good, dest)
    expect(readFileSync(dest, 'utf8')).toBe('right size')
    fake.state.assets[3][0].digest = null
    const [old] = await gh.assets(3)
    expect(old.digest).toBeUndefined()
  })

  it('counts the bytes of a download without Content-Length', async () => {
    seedOne(Buffer.from('twelve bytes'), 13, true)
    const gh = api()
    const [asset] = await gh.assets(3)
    const err = await failure(gh.downloadAsset(asset, path.join(dir, asset.name)))
    expect(err.kind).toBe('size-mismatch')
    expect(err.message).toMatch(
      /"tool-linux-x64\.tar\.gz" of octo-org\/hello-world came with 12 bytes, but the release lists 13/
    )
    expect(readdirSync(dir)).toEqual([])
    fake.state.assets[3][0].size = undefined
    await gh.downloadAsset({ ...asset, size: 12 }, path.join(dir, asset.name))
    expect(readdirSync(dir)).toEqual([asset.name])
  })

  it('tries again after a dropped or stalled transfer', async () => {
    const content = Buffer.alloc(64 * 1024, 1)
    seedOne(content)
    fake.state.faults.push(
      { host: 'assets', path: '/objects/77', action: 'truncate', times: 1 },
      { host: 'assets', path: '/objects/77', action: 'stall', times: 1 }
    )
    const gh = api({ timeoutMs: 300 })
    const [asset] = await gh.assets(3)
    const dest = path.join(dir, asset.name)
    await gh.downloadAsset(asset, dest)
    expect(readFileSync(dest).equals(content)).toBe(true)
    expect(fake.requestsTo('assets')).toHaveLength(3)
    // Each attempt asked the API anew, for a fresh signed link.
    expect(fake.requestsTo('api', `/repos/${OWNER}/${REPO}/releases/assets/77`)).toHaveLength(3)
  })

  it('gives up after three stalled attempts, each bounded by the idle timeout', async () => {
    seedOne(Buffer.alloc(1000, 2))
    fake.state.faults.push({ host: 'assets', path: '/objects/77', action: 'stall' })
    const gh = api({ timeoutMs: 200 })
    const [asset] = await gh.assets(3)
    const started = Date.now()
    const err = await failure(gh.downloadAsset(asset, path.join(dir, asset.name)))
    expect(err.kind).toBe('timeout')
    expect(err.message).toMatch(/no byte from 127\.0\.0\.1:\d+ for 0\.2 s after 500 bytes/)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(fake.requestsTo('assets')).toHaveLength(3)
  })
})

describe('refusals and silence', () => {
  it('maps 401 to a token problem without retrying', async () => {
    const gh = api({ token: 'ghs_wrong' })
    const err = await failure(gh.repository())
    expect(err.kind).toBe('unauthorized')
    expect(err.status).toBe(401)
    expect(err.message).toMatch(/GitHub refused the token \(401\) reading repository octo-org\/hello-world/)
    expect(err.message).toContain('github-token')
    expect(err.message).not.toContain('ghs_wrong')
    expect(fake.requests).toHaveLength(1)
  })

  it('maps 403 and 404 to the missing permission', async () => {
    fake.state.faults.push({ path: `/repos/${OWNER}/${REPO}`, action: 'forbidden', times: 1 })
    const forbidden = await failure(api().repository())
    expect(forbidden.kind).toBe('forbidden')
    expect(forbidden.message).toContain('`contents: read`')
    expect(forbidden.message).toContain('Resource not accessible by integration')

    const missing = await failure(api({ repository: 'octo-org/private-thing' }).repository())
    expect(missing.kind).toBe('not-found')
    expect(missing.status).toBe(404)
    expect(missing.message).toMatch(/found no repository octo-org\/private-thing \(404\)/)
    expect(missing.message).toContain('`contents: read` on octo-org/private-thing')
  })

  it('reports a used-up rate limit with its reset time', async () => {
    fake.state.rateLimitReset = 1_900_000_000
    fake.state.faults.push({ path: `/repos/${OWNER}/${REPO}/releases/tags/v1`, action: 'rate-limit' })
    const err = await failure(api().release('v1'))
    expect(err.kind).toBe('rate-limited')
    expect(err.status).toBe(403)
    expect(err.resetAt).toEqual(new Date(1_900_000_000_000))
    expect(err.message).toContain('rate limit is used up')
    expect(err.message).toContain('2030-03-17T17:46:40.000Z')
    expect(fake.requests).toHaveLength(1)
  })

  it('fails at once, without a request, when there is no token', async () => {
    const err = await failure(api({ token: '' }).release('v1'))
    expect(err.kind).toBe('no-token')
    expect(err.message).toContain('github-token is empty')
    expect(fake.requests).toHaveLength(0)
  })

  it('fails at once without owner/name or with a GITHUB_API_URL that is no URL', async () => {
    expect((await failure(api({ repository: 'no-slash' }).repository())).message).toMatch(/expected owner\/name/)
    expect((await failure(api({ apiUrl: 'not a url' }).contributors())).kind).toBe('invalid')
    expect(fake.requests).toHaveLength(0)
  })

  it('tries a 5xx again, a bounded number of times', async () => {
    fake.state.faults.push({ path: `/repos/${OWNER}/${REPO}`, action: 'server-error', times: 2 })
    expect((await api().repository()).name).toBe(REPO)
    expect(fake.requests).toHaveLength(3)
    fake.state.faults.push({ path: `/repos/${OWNER}/${REPO}`, action: 'reset' })
    const err = await failure(api().repository())
    expect(err.kind).toBe('network')
    expect(fake.requests).toHaveLength(6)
  })

  it('gives up on a hanging API after ZENODO_UPLOAD_GITHUB_TIMEOUT_MS', async () => {
    fake.state.faults.push({ path: `/repos/${OWNER}/${REPO}`, action: 'hang' })
    const gh = createGitHubApi({
      token: TOKEN,
      env: {
        GITHUB_API_URL: fake.apiUrl,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        ZENODO_UPLOAD_GITHUB_TIMEOUT_MS: '250'
      }
    })
    apis.push(gh)
    const started = Date.now()
    const err = await failure(gh.repository())
    const elapsed = Date.now() - started
    expect(err.kind).toBe('timeout')
    expect(err.message).toMatch(
      /did not answer in time reading repository octo-org\/hello-world: no answer from 127\.0\.0\.1:\d+ within 0\.25 s/
    )
    expect(elapsed).toBeGreaterThanOrEqual(240)
    expect(elapsed).toBeLessThan(2000)
    // A timeout is not tried again: it already cost its wait.
    expect(fake.requests).toHaveLength(1)
  })

  it('keeps all the look-ups within ZENODO_UPLOAD_GITHUB_BUDGET_MS', async () => {
    fake.state.faults.push({ path: /^\/repos\//, action: 'hang' })
    const gh = createGitHubApi({
      token: TOKEN,
      env: {
        GITHUB_API_URL: fake.apiUrl,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        ZENODO_UPLOAD_GITHUB_TIMEOUT_MS: '300',
        ZENODO_UPLOAD_GITHUB_BUDGET_MS: '500'
      }
    })
    apis.push(gh)
    const started = Date.now()
    const kinds = []
    for (const call of [() => gh.release('v1'), () => gh.repository(), () => gh.contributors()])
      kinds.push((await failure(call())).kind)
    const elapsed = Date.now() - started
    expect(kinds).toEqual(['timeout', 'timeout', 'timeout'])
    expect(elapsed).toBeLessThan(1200)
    // The third found the budget spent and asked nothing.
    expect(fake.requests).toHaveLength(2)
  })
})

describe('proxies', () => {
  /** A CONNECT proxy that knows one name only, so only requests through it can succeed. */
  async function startProxy(
    name: string,
    port: number
  ): Promise<{ url: string; tunnels: string[]; close(): Promise<void> }> {
    const tunnels: string[] = []
    const sockets = new Set<net.Socket>()
    const server = http.createServer((_req, res) => res.writeHead(405).end())
    server.on('connection', (s: net.Socket) => void sockets.add(s))
    server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
      tunnels.push(req.url ?? '')
      if (req.url !== name) return void client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      const upstream = net.connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client)
        client.pipe(upstream)
      })
      sockets.add(upstream)
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return {
      url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
      tunnels,
      close: async () => {
        for (const s of sockets) s.destroy()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
    }
  }

  it('goes through HTTP_PROXY unless NO_PROXY names the host, as the Zenodo requests do', async () => {
    const port = Number(new URL(fake.apiUrl).port)
    const proxy = await startProxy(`github.test:${port}`, port)
    try {
      const env = { HTTP_PROXY: proxy.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` }
      const lines: string[] = []
      const via = api({ env, apiUrl: `http://github.test:${port}`, log: (l) => lines.push(l) })
      expect((await via.repository()).name).toBe(REPO)
      expect(proxy.tunnels).toEqual([`github.test:${port}`])
      expect(lines).toEqual([`Using the proxy ${proxy.url} for github.test:${port}.`])

      // NO_PROXY with our rules (a `*.` entry, which @actions/http-client would not match).
      const direct = api({
        env: { ...env, NO_PROXY: 'example.org *.github.test', ZENODO_UPLOAD_RETRY_BASE_MS: '1' },
        apiUrl: `http://api.github.test:${port}`
      })
      const err = await failure(direct.repository())
      expect(err.kind).toBe('network')
      expect(err.message).toMatch(/could not be reached reading repository .*api\.github\.test/)
      expect(proxy.tunnels).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })
})

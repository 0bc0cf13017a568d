// Proxy support: NO_PROXY and the proxy variables, unit by unit; then the bundled action through a
// CONNECT proxy to a server name only that proxy can reach, over HTTP and over HTTPS.

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as http from 'node:http'
import * as net from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import * as tls from 'node:tls'
import { HttpTransport } from '../src/zenodo/http.js'
import { NetworkError } from '../src/zenodo/errors.js'
import { bypassProxy, createAgents, proxyFor, ProxyAuthError } from '../src/zenodo/proxy.js'
import { RateLimiter } from '../src/zenodo/rate-limiter.js'
import { startFakeZenodo, type FakeZenodo } from './support/fake-zenodo.js'
import { makeWorkspace, runAction } from './support/run-action.js'

const META = JSON.stringify({ title: 'Proxied dataset', upload_type: 'dataset', creators: [{ name: 'Doe, Jane' }] })
const md5 = (data: string | Buffer): string => createHash('md5').update(data).digest('hex')

describe('bypassProxy', () => {
  const bypass = (url: string, noProxy?: string, name = 'NO_PROXY'): boolean =>
    bypassProxy(new URL(url), noProxy === undefined ? {} : { [name]: noProxy })

  it('always goes direct to loopback', () => {
    expect(bypass('http://127.0.0.1:8080')).toBe(true)
    expect(bypass('http://127.1.2.3')).toBe(true)
    expect(bypass('https://localhost/api')).toBe(true)
    expect(bypass('http://[::1]:9000')).toBe(true)
    expect(bypass('https://zenodo.org')).toBe(false)
  })

  it("treats '*' as every host", () => {
    expect(bypass('https://zenodo.org', '*')).toBe(true)
    expect(bypass('https://zenodo.org', 'example.org, *')).toBe(true)
  })

  it('matches a domain and its subdomains, with or without a leading dot or *.', () => {
    for (const entry of ['.zenodo.org', 'zenodo.org', '*.zenodo.org', 'ZENODO.ORG']) {
      expect(bypass('https://zenodo.org', entry)).toBe(true)
      expect(bypass('https://sandbox.zenodo.org', entry)).toBe(true)
    }
    expect(bypass('https://notzenodo.org', 'zenodo.org')).toBe(false)
    expect(bypass('https://zenodo.org.evil.example', 'zenodo.org')).toBe(false)
  })

  it('honours host:port entries against the default or given port', () => {
    expect(bypass('https://zenodo.org', 'zenodo.org:443')).toBe(true)
    expect(bypass('http://zenodo.org', 'zenodo.org:443')).toBe(false)
    expect(bypass('http://zenodo.org:8080', 'zenodo.org:8080')).toBe(true)
    expect(bypass('http://zenodo.org', 'zenodo.org:80')).toBe(true)
  })

  it('splits lists on commas and white space, and reads the lower-case name too', () => {
    expect(bypass('https://zenodo.org', 'example.org,  .zenodo.org\tother')).toBe(true)
    expect(bypass('https://zenodo.org', 'example.org other.org')).toBe(false)
    expect(bypass('https://zenodo.org', '.zenodo.org', 'no_proxy')).toBe(true)
    expect(bypass('https://zenodo.org', '')).toBe(false)
  })

  it('matches IPv6 literals, bracketed or bare, with or without a port', () => {
    expect(bypass('http://[2001:db8::1]:8080', '[2001:db8::1]')).toBe(true)
    expect(bypass('http://[2001:db8::1]:8080', '2001:db8::1')).toBe(true)
    expect(bypass('http://[2001:db8::1]:8080', '[2001:db8::1]:8080')).toBe(true)
    expect(bypass('http://[2001:db8::1]:8080', '[2001:db8::1]:80')).toBe(false)
    expect(bypass('http://[2001:db8::2]:8080', '2001:db8::1')).toBe(false)
  })
})

describe('proxyFor', () => {
  const zenodo = new URL('https://zenodo.org/api')
  const plain = new URL('http://zenodo.internal:5000')

  it('uses HTTPS_PROXY for https, falling back to HTTP_PROXY; HTTP_PROXY only for http', () => {
    expect(proxyFor(zenodo, { HTTPS_PROXY: 'http://secure:3128', HTTP_PROXY: 'http://plain:3128' })?.host).toBe(
      'secure:3128'
    )
    expect(proxyFor(zenodo, { HTTP_PROXY: 'http://plain:3128' })?.host).toBe('plain:3128')
    expect(proxyFor(plain, { HTTPS_PROXY: 'http://secure:3128' })).toBeUndefined()
    expect(proxyFor(plain, { HTTP_PROXY: 'http://plain:3128' })?.host).toBe('plain:3128')
    expect(proxyFor(zenodo, {})).toBeUndefined()
  })

  it('reads lower-case names, skips empty values and defaults the scheme to http', () => {
    expect(proxyFor(zenodo, { https_proxy: 'http://lower:8080' })?.host).toBe('lower:8080')
    expect(proxyFor(zenodo, { HTTPS_PROXY: '', https_proxy: 'lower:8080' })?.href).toBe('http://lower:8080/')
    expect(proxyFor(plain, { http_proxy: 'plain.example:3128' })?.href).toBe('http://plain.example:3128/')
  })

  it('goes direct where NO_PROXY or loopback says so', () => {
    expect(proxyFor(zenodo, { HTTPS_PROXY: 'http://p:1', NO_PROXY: '.zenodo.org' })).toBeUndefined()
    expect(proxyFor(zenodo, { HTTPS_PROXY: 'http://p:1', no_proxy: '*' })).toBeUndefined()
    expect(proxyFor(new URL('http://127.0.0.1:9'), { HTTP_PROXY: 'http://p:1' })).toBeUndefined()
  })
})

describe('createAgents', () => {
  it('makes the agent of the scheme only, and logs the proxy without its credentials', () => {
    const lines: string[] = []
    const env = {
      HTTPS_PROXY: 'http://user:s3cret@proxy.example:3128',
      HTTP_PROXY: 'http://user:s3cret@proxy.example:3128'
    }
    const https = createAgents('https://zenodo.org', env, (l) => lines.push(l))
    expect(https.httpsAgent).toBeDefined()
    expect(https.agent).toBeUndefined()
    const plain = createAgents('http://zenodo.internal', env, (l) => lines.push(l))
    expect(plain.agent).toBeDefined()
    expect(plain.httpsAgent).toBeUndefined()
    expect(createAgents('https://zenodo.org', { ...env, NO_PROXY: 'zenodo.org' }, (l) => lines.push(l))).toEqual({})
    expect(lines).toEqual([
      'Using the proxy http://proxy.example:3128 for zenodo.org.',
      'Using the proxy http://proxy.example:3128 for zenodo.internal.'
    ])
    https.httpsAgent?.destroy()
    plain.agent?.destroy()
  })
})

/** A CONNECT proxy that knows a few names (host:port → local port), counting tunnels and bytes. */
interface TestProxy {
  url: string
  port: number
  /** CONNECT targets in arrival order. */
  tunnels: string[]
  /** Proxy-Authorization header of each CONNECT. */
  auth: Array<string | undefined>
  /** Bytes the clients sent through the tunnels. */
  bytesUp: number
  /** Requests that came as plain proxy requests, not CONNECT. */
  plainRequests: number
  close(): Promise<void>
}

async function startProxy(routes: Record<string, number>, requireAuth?: string): Promise<TestProxy> {
  const sockets = new Set<net.Socket>()
  const server = http.createServer((_req, res) => {
    proxy.plainRequests++
    res.writeHead(405).end()
  })
  server.on('connection', (s: net.Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? ''
    proxy.tunnels.push(target)
    proxy.auth.push(req.headers['proxy-authorization'])
    if (requireAuth !== undefined && req.headers['proxy-authorization'] !== requireAuth) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n')
      return
    }
    const port = routes[target.toLowerCase()]
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    // The name is resolved here, never by the client: it means nothing outside this proxy.
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      client.on('data', (d: Buffer) => (proxy.bytesUp += d.length))
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const proxy: TestProxy = {
    url: `http://127.0.0.1:${port}`,
    port,
    tunnels: [],
    auth: [],
    bytesUp: 0,
    plainRequests: 0,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  return proxy
}

const closers: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

async function fake(publicUrl?: string): Promise<FakeZenodo> {
  const server = await startFakeZenodo(publicUrl === undefined ? {} : { publicUrl })
  closers.push(() => server.close())
  return server
}

async function proxyTo(routes: Record<string, number>, requireAuth?: string): Promise<TestProxy> {
  const proxy = await startProxy(routes, requireAuth)
  closers.push(() => proxy.close())
  return proxy
}

function workspace(files: Record<string, string | Buffer>): string {
  const ws = makeWorkspace(files)
  closers.push(() => rmSync(ws, { recursive: true, force: true }))
  return ws
}

const FILES = { 'data/table.csv': 'x,y\n1,2\n', 'data/blob.bin': randomBytes(3 * 1024 * 1024) }
const TOTAL = FILES['data/table.csv'].length + FILES['data/blob.bin'].length

/** The one deposition holds the workspace's files, byte for byte. */
function expectUploaded(server: FakeZenodo): void {
  const deps = server.depositions()
  expect(deps).toHaveLength(1)
  expect(deps[0].files.map((f) => [f.key, f.md5]).sort()).toEqual([
    ['blob.bin', md5(FILES['data/blob.bin'])],
    ['table.csv', md5(FILES['data/table.csv'])]
  ])
}

describe('the action behind a CONNECT proxy', () => {
  it('reaches an http server only the proxy can resolve, uploads included', async () => {
    const server = await fake('http://zenodo.test')
    const proxy = await proxyTo({ 'zenodo.test:80': server.port })
    const run = await runAction(
      { token: 'owner-token', 'server-url': 'http://zenodo.test', files: 'data/*', metadata: META, publish: 'true' },
      { workspace: workspace(FILES), env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Using the proxy ${proxy.url} for zenodo.test.`)
    // http:// to a host other than loopback: the token would travel unencrypted.
    expect(run.warnings.join('\n')).toMatch(
      /Input 'server-url' uses http:\/\/: the token travels unencrypted to zenodo\.test/
    )
    expectUploaded(server)
    expect(run.outputs.state).toBe('published')
    expect(proxy.tunnels.length).toBeGreaterThan(0)
    expect(new Set(proxy.tunnels)).toEqual(new Set(['zenodo.test:80']))
    expect(proxy.plainRequests).toBe(0)
    // Every byte of the files went up through the tunnels.
    expect(proxy.bytesUp).toBeGreaterThan(TOTAL)
  })

  it('goes direct to a loopback server even with a proxy set', async () => {
    const server = await fake()
    const proxy = await proxyTo({})
    const run = await runAction(
      { token: 'owner-token', 'server-url': server.url, files: 'data/*', metadata: META },
      { workspace: workspace(FILES), env: { HTTP_PROXY: proxy.url, https_proxy: proxy.url } }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expectUploaded(server)
    expect(proxy.tunnels).toEqual([])
    expect(run.stdout).not.toContain('Using the proxy')
    expect(run.warnings.join('\n')).not.toMatch(/unencrypted/)
  })

  it('fails at once, without retrying, when the proxy wants credentials (407)', async () => {
    const server = await fake('http://zenodo.test')
    const proxy = await proxyTo({ 'zenodo.test:80': server.port }, 'Basic nobody')
    const run = await runAction(
      { token: 'owner-token', 'server-url': 'http://zenodo.test', files: 'data/*', metadata: META },
      { workspace: workspace(FILES), env: { HTTP_PROXY: proxy.url } }
    )
    expect(run.code).not.toBe(0)
    // One CONNECT: a proxy setting is not a network error, so nothing is tried again.
    expect(proxy.tunnels).toEqual(['zenodo.test:80'])
    const errors = run.errors.join('\n')
    expect(errors).toContain(
      `The proxy 127.0.0.1:${proxy.port} (from HTTP_PROXY) answered 407 Proxy Authentication Required to CONNECT zenodo.test:80`
    )
    expect(errors).toMatch(/the proxy URL in HTTP_PROXY has none/)
    expect(errors).toMatch(
      /not retried: put the proxy's user name and password in HTTP_PROXY as http:\/\/USER:PASSWORD@/
    )
    expect(run.warnings.join('\n')).not.toMatch(/retrying/)
    expect(server.depositions()).toEqual([])
  })

  it('says the credentials in the proxy URL were refused, without printing them', async () => {
    const server = await fake('http://zenodo.test')
    const proxy = await proxyTo({ 'zenodo.test:80': server.port }, 'Basic nobody')
    const run = await runAction(
      { token: 'owner-token', 'server-url': 'http://zenodo.test', files: 'data/*', metadata: META },
      { workspace: workspace(FILES), env: { http_proxy: `http://bob:hunter2@127.0.0.1:${proxy.port}` } }
    )
    expect(run.code).not.toBe(0)
    expect(proxy.tunnels).toEqual(['zenodo.test:80'])
    expect(proxy.auth).toEqual([`Basic ${Buffer.from('bob:hunter2').toString('base64')}`])
    expect(run.errors.join('\n')).toMatch(
      /\(from http_proxy\) answered 407 .*it refused the user name and password in the proxy URL in http_proxy/
    )
    expect(run.stdout + run.stderr).not.toContain('hunter2')
    expect(run.stdout + run.stderr).not.toContain('bob')
  })
})

// HTTPS the way zenodo.org is reached: TLS inside the tunnel, the name checked against the
// certificate. A TLS front (our test CA's certificate for zenodo.test) forwards to the fake.
const hasOpenssl = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0
;(hasOpenssl ? describe : describe.skip)('the action behind a CONNECT proxy, over HTTPS', () => {
  let dir: string
  let key: Buffer
  let cert: Buffer
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'zu-proxy-tls-'))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=zenodo.test',
        '-addext',
        'subjectAltName=DNS:zenodo.test',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem')
      ],
      { stdio: 'ignore' }
    )
    key = readFileSync(path.join(dir, 'key.pem'))
    cert = readFileSync(path.join(dir, 'cert.pem'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  async function tlsFront(port: number): Promise<{ port: number; servernames: string[] }> {
    const servernames: string[] = []
    const sockets = new Set<net.Socket>()
    const server = tls.createServer({ key, cert }, (socket) => {
      servernames.push(String((socket as tls.TLSSocket & { servername?: string }).servername))
      const upstream = net.connect(port, '127.0.0.1')
      sockets.add(socket).add(upstream)
      socket.pipe(upstream).pipe(socket)
      socket.on('error', () => upstream.destroy())
      upstream.on('error', () => socket.destroy())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    })
    return { port: (server.address() as net.AddressInfo).port, servernames }
  }

  it('tunnels TLS to zenodo.test with proxy credentials, checking the certificate', async () => {
    const server = await fake('https://zenodo.test')
    const front = await tlsFront(server.port)
    const basic = `Basic ${Buffer.from('alice:p@ss word').toString('base64')}`
    const proxy = await proxyTo({ 'zenodo.test:443': front.port }, basic)
    const proxyUrl = `http://alice:p%40ss%20word@127.0.0.1:${proxy.port}`
    const run = await runAction(
      { token: 'owner-token', 'server-url': 'https://zenodo.test', files: 'data/*', metadata: META },
      { workspace: workspace(FILES), env: { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem') } }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expectUploaded(server)
    expect(new Set(proxy.tunnels)).toEqual(new Set(['zenodo.test:443']))
    expect(new Set(proxy.auth)).toEqual(new Set([basic]))
    expect(new Set(front.servernames)).toEqual(new Set(['zenodo.test']))
    expect(proxy.bytesUp).toBeGreaterThan(TOTAL)
    expect(run.stdout).toContain(`Using the proxy http://127.0.0.1:${proxy.port} for zenodo.test.`)
    expect(run.stdout + run.stderr).not.toContain('p@ss')
  })

  it('refuses a certificate that does not check out', async () => {
    const server = await fake('https://zenodo.test')
    const front = await tlsFront(server.port)
    const proxy = await proxyTo({ 'zenodo.test:443': front.port })
    const run = await runAction(
      { token: 'owner-token', 'server-url': 'https://zenodo.test', files: 'data/*', metadata: META },
      { workspace: workspace(FILES), env: { HTTPS_PROXY: proxy.url } }
    )
    expect(run.code).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(/certificate/i)
    expect(server.depositions()).toEqual([])
  })
})

describe('HttpTransport through the proxy agents', () => {
  const transport = (serverUrl: string, env: NodeJS.ProcessEnv, connectTimeoutMs?: number): HttpTransport =>
    new HttpTransport({
      token: 'owner-token',
      userAgent: 'proxy-test',
      limiter: new RateLimiter(),
      ...createAgents(serverUrl, env, () => {}, connectTimeoutMs)
    })

  it('reuses one tunnel for requests in a row (keep-alive)', async () => {
    const server = await fake('http://zenodo.test')
    const proxy = await proxyTo({ 'zenodo.test:80': server.port })
    const t = transport('http://zenodo.test', { HTTP_PROXY: proxy.url })
    closers.push(() => t.close())
    for (let i = 0; i < 3; i++) {
      const res = await t.send({ method: 'GET', url: 'http://zenodo.test/api/deposit/depositions' })
      expect(res.status).toBe(200)
    }
    expect(proxy.tunnels).toEqual(['zenodo.test:80'])
  })

  it('rejects a 407 with a ProxyAuthError, not a NetworkError, after one CONNECT', async () => {
    const proxy = await proxyTo({}, 'Basic nobody')
    const t = transport('https://zenodo.test', { HTTPS_PROXY: proxy.url })
    closers.push(() => t.close())
    const err = await t.send({ method: 'GET', url: 'https://zenodo.test/api/deposit/depositions' }).catch((e) => e)
    expect(err).toBeInstanceOf(ProxyAuthError)
    expect(err).not.toBeInstanceOf(NetworkError)
    expect((err as Error).message).toMatch(/\(from HTTPS_PROXY\) answered 407 .* CONNECT zenodo\.test:443/)
    expect(proxy.tunnels).toEqual(['zenodo.test:443'])
  })

  it('says so when the proxy wants an authentication scheme other than Basic', async () => {
    const sockets = new Set<net.Socket>()
    const ntlm = http.createServer()
    ntlm.on('connect', (_req: http.IncomingMessage, client: net.Socket) => {
      sockets.add(client)
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\nProxy-Authenticate: NTLM\r\n\r\n'
      )
    })
    await new Promise<void>((resolve) => ntlm.listen(0, '127.0.0.1', resolve))
    closers.push(async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => ntlm.close(() => resolve()))
    })
    const { port } = ntlm.address() as net.AddressInfo
    const t = transport('http://zenodo.test', { HTTP_PROXY: `http://127.0.0.1:${port}` })
    closers.push(() => t.close())
    await expect(t.send({ method: 'GET', url: 'http://zenodo.test/api/deposit/depositions' })).rejects.toThrow(
      /asks for Negotiate or NTLM authentication; this action sends only Basic credentials/
    )
  })

  it('asks for an IPv6 literal in brackets', async () => {
    const server = await fake('http://[2001:db8::1]:8080')
    const proxy = await proxyTo({ '[2001:db8::1]:8080': server.port })
    const t = transport('http://[2001:db8::1]:8080', { HTTP_PROXY: proxy.url })
    closers.push(() => t.close())
    const res = await t.send({ method: 'GET', url: 'http://[2001:db8::1]:8080/api/deposit/depositions' })
    expect(res.status).toBe(200)
    expect(proxy.tunnels).toEqual(['[2001:db8::1]:8080'])
  })

  it('gives up on a proxy that never answers the CONNECT', async () => {
    const sockets = new Set<net.Socket>()
    const silent = net.createServer((s) => void sockets.add(s.on('data', () => {})))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    closers.push(async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => silent.close(() => resolve()))
    })
    const { port } = silent.address() as net.AddressInfo
    const t = transport('https://zenodo.test', { HTTPS_PROXY: `http://127.0.0.1:${port}` }, 200)
    closers.push(() => t.close())
    const err = await t.send({ method: 'GET', url: 'https://zenodo.test/api/deposit/depositions' }).catch((e) => e)
    // A network error (retried), with the socket to the proxy closed.
    expect(err).toBeInstanceOf(NetworkError)
    expect((err as Error).message).toBe(
      `the proxy 127.0.0.1:${port} could not be reached: no answer to CONNECT within 0.2 s`
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect([...sockets].every((s) => s.destroyed || s.readableEnded)).toBe(true)
  })

  it('says when the proxy cannot be reached', async () => {
    const closed = await startProxy({})
    await closed.close()
    const t = transport('http://zenodo.test', { HTTP_PROXY: closed.url })
    closers.push(() => t.close())
    await expect(t.send({ method: 'GET', url: 'http://zenodo.test/api/deposit/depositions' })).rejects.toThrow(
      `the proxy 127.0.0.1:${closed.port} could not be reached`
    )
  })
})

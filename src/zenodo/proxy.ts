// Proxy support for self-hosted runners: HTTPS_PROXY / HTTP_PROXY / NO_PROXY, for every request,
// uploads included. One agent per scheme tunnels through the proxy with CONNECT.

import * as http from 'node:http'
import * as https from 'node:https'
import type { Duplex } from 'node:stream'
import * as tls from 'node:tls'

const TUNNEL_TIMEOUT_MS = 30_000

type Callback = (err: Error | null, stream: Duplex) => void

function env(vars: NodeJS.ProcessEnv, name: string): string | undefined {
  return vars[name] || vars[name.toLowerCase()] || undefined
}

/** True when NO_PROXY (or loopback) says to go direct. */
export function bypassProxy(target: URL, vars: NodeJS.ProcessEnv): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host === '::1' || /^127\./.test(host)) return true
  const noProxy = env(vars, 'NO_PROXY')
  if (!noProxy) return false
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  return noProxy
    .split(/[,\s]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true
      const [name, entryPort] = splitHostPort(entry.toLowerCase())
      if (entryPort && entryPort !== port) return false
      const bare = name.replace(/^\*?\./, '')
      return host === bare || host.endsWith(`.${bare}`)
    })
}

/** 'host', 'host:port', '[v6]', '[v6]:port' or a bare IPv6 address (whose colons are no port). */
function splitHostPort(entry: string): [string, string | undefined] {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry)
  if (bracketed) return [bracketed[1], bracketed[2]]
  if (entry.indexOf(':') !== entry.lastIndexOf(':')) return [entry, undefined]
  const [name, port] = entry.split(':')
  return [name, port]
}

/** The proxy URL to use for a target, or undefined to go direct. */
export function proxyFor(target: URL, vars: NodeJS.ProcessEnv): URL | undefined {
  if (bypassProxy(target, vars)) return undefined
  const raw =
    target.protocol === 'https:' ? (env(vars, 'HTTPS_PROXY') ?? env(vars, 'HTTP_PROXY')) : env(vars, 'HTTP_PROXY')
  if (!raw) return undefined
  return new URL(raw.includes('://') ? raw : `http://${raw}`)
}

function tunnel(
  proxy: URL,
  host: string,
  port: number,
  secure: boolean,
  servername: string | undefined,
  cb: Callback
): void {
  const headers: Record<string, string> = { Host: `${host}:${port}` }
  if (proxy.username) {
    const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
    headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`
  }
  const req = (proxy.protocol === 'https:' ? https : http).request({
    host: proxy.hostname,
    port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
    method: 'CONNECT',
    path: `${host}:${port}`,
    headers,
    agent: false
  })
  req.once('connect', (res, socket) => {
    if (res.statusCode !== 200) {
      socket.destroy()
      cb(new Error(`the proxy ${proxy.host} refused to connect to ${host}:${port} (HTTP ${res.statusCode})`), socket)
      return
    }
    cb(null, secure ? tls.connect({ socket, servername: servername ?? host }) : socket)
  })
  // The request's own idle timeout starts only once it has this socket: bound the CONNECT here.
  req.setTimeout(TUNNEL_TIMEOUT_MS, () =>
    req.destroy(new Error(`no answer to CONNECT within ${TUNNEL_TIMEOUT_MS / 1000} s`))
  )
  req.once('error', (err) =>
    cb(new Error(`the proxy ${proxy.host} could not be reached: ${err.message}`), undefined as unknown as Duplex)
  )
  req.end()
}

class HttpTunnelAgent extends http.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true })
  }
  // Node's Agent accepts an asynchronous createConnection through its callback.
  override createConnection(options: http.ClientRequestArgs, cb?: Callback): Duplex | null | undefined {
    if (cb) tunnel(this.proxy, String(options.host), Number(options.port) || 80, false, undefined, cb)
    return undefined
  }
}

class HttpsTunnelAgent extends https.Agent {
  constructor(private readonly proxy: URL) {
    super({ keepAlive: true })
  }
  override createConnection(options: https.RequestOptions, cb?: Callback): Duplex | null | undefined {
    if (cb)
      tunnel(this.proxy, String(options.host), Number(options.port) || 443, true, options.servername ?? undefined, cb)
    return undefined
  }
}

export interface Agents {
  agent?: http.Agent
  httpsAgent?: https.Agent
}

/** Agents for the server, through the proxy the environment names, or undefined for direct. */
export function createAgents(serverUrl: string, vars: NodeJS.ProcessEnv, log: (line: string) => void): Agents {
  const target = new URL(serverUrl)
  const proxy = proxyFor(target, vars)
  if (!proxy) return {}
  log(`Using the proxy ${proxy.protocol}//${proxy.host} for ${target.host}.`)
  return target.protocol === 'https:'
    ? { httpsAgent: new HttpsTunnelAgent(proxy) }
    : { agent: new HttpTunnelAgent(proxy) }
}

// Proxy support for self-hosted runners: HTTPS_PROXY / HTTP_PROXY / NO_PROXY, for every request,
// uploads included. One agent per scheme tunnels through the proxy with CONNECT, sent by node:http.
//
// Why not https-proxy-agent (TooTallNate/proxy-agents, packages/https-proxy-agent)? Measured: +48 KB
// bundled and the same upload speed, so neither rules it out; but it has no CONNECT timeout and no
// hook to close its socket (a silent proxy would keep the run alive), it hands a proxy's refusal to
// the request as if Zenodo had answered, and with DEBUG set it logs the proxy URL, password and all.
// The wrapper that fixes that is about as long as tunnel() below, and NO_PROXY stays ours anyway.
// undici's ProxyAgent is a fetch Dispatcher, not an http.Agent, so it cannot carry these requests.

import * as http from 'node:http'
import * as https from 'node:https'
import * as net from 'node:net'
import type { Duplex } from 'node:stream'
import * as tls from 'node:tls'

/** How long the proxy may take to answer a CONNECT (the request's idle timeout starts after). */
export const TUNNEL_TIMEOUT_MS = 30_000

type Callback = (err: Error | null, stream: Duplex) => void

/** The variable that is set (NAME or name) and its value; empty counts as unset. */
function setting(vars: NodeJS.ProcessEnv, name: string): { variable: string; value: string } | undefined {
  for (const variable of [name, name.toLowerCase()]) {
    const value = vars[variable]
    if (value) return { variable, value }
  }
  return undefined
}

function env(vars: NodeJS.ProcessEnv, name: string): string | undefined {
  return setting(vars, name)?.value
}

/**
 * The proxy answered 407: its credentials are missing or wrong. A configuration problem, not a
 * NetworkError, so the client does not retry it. The message never holds the credentials.
 */
export class ProxyAuthError extends Error {
  override name = 'ProxyAuthError'
  constructor(
    proxy: URL,
    /** The variable the proxy URL came from, e.g. HTTPS_PROXY. */
    readonly variable: string,
    target: string,
    challenge: string | string[] | undefined
  ) {
    // Node joins repeated Proxy-Authenticate headers with ", ": a scheme is a token not followed by "=".
    const text = Array.isArray(challenge) ? challenge.join(', ') : (challenge ?? '')
    const schemes = [...text.matchAll(/(?:^|,)\s*([\w!#$%&'*+.^`|~-]+)(?=\s|,|$)(?!\s*=)/g)].map((m) => m[1])
    const basic = schemes.length === 0 || schemes.some((s) => s.toLowerCase() === 'basic')
    const why = !basic
      ? `it asks for ${schemes.join(' or ')} authentication; this action sends only Basic credentials, from the proxy URL`
      : proxy.username || proxy.password
        ? `it refused the user name and password in the proxy URL in ${variable}`
        : `it wants a user name and password, and the proxy URL in ${variable} has none`
    const fix = basic
      ? `put the proxy's user name and password in ${variable} as ${proxy.protocol}//USER:PASSWORD@${proxy.host} (percent-encode special characters)`
      : 'use a proxy (or proxy account) that accepts Basic authentication'
    super(
      `The proxy ${proxy.host} (from ${variable}) answered 407 Proxy Authentication Required to CONNECT ${target}: ${why}. ` +
        `A proxy setting, so not retried: ${fix}.`
    )
  }
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

/** A proxy URL and the variable it came from (for messages). */
interface ProxySetting {
  url: URL
  variable: string
}

/** The proxy URL to use for a target and the variable that named it, or undefined to go direct. */
function proxySetting(target: URL, vars: NodeJS.ProcessEnv): ProxySetting | undefined {
  if (bypassProxy(target, vars)) return undefined
  const found =
    target.protocol === 'https:'
      ? (setting(vars, 'HTTPS_PROXY') ?? setting(vars, 'HTTP_PROXY'))
      : setting(vars, 'HTTP_PROXY')
  if (!found) return undefined
  const raw = found.value
  return { url: new URL(raw.includes('://') ? raw : `http://${raw}`), variable: found.variable }
}

/** The proxy URL to use for a target, or undefined to go direct. */
export function proxyFor(target: URL, vars: NodeJS.ProcessEnv): URL | undefined {
  return proxySetting(target, vars)?.url
}

function tunnel(
  setting: ProxySetting,
  host: string,
  port: number,
  secure: boolean,
  servername: string | undefined,
  timeoutMs: number,
  cb: Callback
): void {
  const proxy = setting.url
  // Node hands IPv6 literals over without brackets; the authority form needs them.
  const target = `${net.isIPv6(host) ? `[${host}]` : host}:${port}`
  const headers: Record<string, string> = { Host: target }
  if (proxy.username) {
    const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
    headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`
  }
  const req = (proxy.protocol === 'https:' ? https : http).request({
    host: proxy.hostname,
    port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
    method: 'CONNECT',
    path: target,
    headers,
    agent: false
  })
  req.once('connect', (res, socket) => {
    if (res.statusCode !== 200) {
      socket.destroy()
      cb(
        res.statusCode === 407
          ? new ProxyAuthError(proxy, setting.variable, target, res.headers['proxy-authenticate'])
          : new Error(`the proxy ${proxy.host} refused to connect to ${target} (HTTP ${res.statusCode})`),
        socket
      )
      return
    }
    cb(null, secure ? tls.connect({ socket, servername: servername ?? host }) : socket)
  })
  // The request's own idle timeout starts only once it has this socket: bound the CONNECT here.
  req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer to CONNECT within ${timeoutMs / 1000} s`)))
  req.once('error', (err) =>
    cb(new Error(`the proxy ${proxy.host} could not be reached: ${err.message}`), undefined as unknown as Duplex)
  )
  req.end()
}

class HttpTunnelAgent extends http.Agent {
  constructor(
    private readonly proxy: ProxySetting,
    private readonly timeoutMs: number
  ) {
    super({ keepAlive: true })
  }
  // Node's Agent accepts an asynchronous createConnection through its callback.
  override createConnection(options: http.ClientRequestArgs, cb?: Callback): Duplex | null | undefined {
    if (cb) tunnel(this.proxy, String(options.host), Number(options.port) || 80, false, undefined, this.timeoutMs, cb)
    return undefined
  }
}

class HttpsTunnelAgent extends https.Agent {
  constructor(
    private readonly proxy: ProxySetting,
    private readonly timeoutMs: number
  ) {
    super({ keepAlive: true })
  }
  override createConnection(options: https.RequestOptions, cb?: Callback): Duplex | null | undefined {
    const { host, port, servername } = options
    if (cb) tunnel(this.proxy, String(host), Number(port) || 443, true, servername ?? undefined, this.timeoutMs, cb)
    return undefined
  }
}

export interface Agents {
  agent?: http.Agent
  httpsAgent?: https.Agent
}

/** Agents for the server, through the proxy the environment names, or undefined for direct. */
export function createAgents(
  serverUrl: string,
  vars: NodeJS.ProcessEnv,
  log: (line: string) => void,
  connectTimeoutMs = TUNNEL_TIMEOUT_MS
): Agents {
  const target = new URL(serverUrl)
  const proxy = proxySetting(target, vars)
  if (!proxy) return {}
  log(`Using the proxy ${proxy.url.protocol}//${proxy.url.host} for ${target.host}.`)
  return target.protocol === 'https:'
    ? { httpsAgent: new HttpsTunnelAgent(proxy, connectTimeoutMs) }
    : { agent: new HttpTunnelAgent(proxy, connectTimeoutMs) }
}

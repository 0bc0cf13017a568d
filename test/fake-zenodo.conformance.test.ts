// Runs every scenario of Zenodo's own API tests (transcribed as data in
// test/fixtures/zenodo-conformance.json) against a fresh fake server, over real HTTP, following
// the file's `conventions` block to the letter.
import { describe, it, expect, afterEach } from '@jest/globals'
import { request } from 'node:http'
import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { startFakeZenodo, type FakeZenodo } from './support/fake-zenodo.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

interface Step {
  request: {
    method: string
    path: string
    auth: 'owner' | 'other-user' | 'superuser' | 'none'
    json?: Json
    body_bytes?: string | null
    content_type?: string | null
    multipart?: {
      fields: Record<string, string>
      files: Record<string, { filename: string; content: string }>
    }
    headers?: Record<string, string | null>
  }
  expect: Record<string, unknown>
  save?: Record<string, string>
}

interface Scenario {
  name: string
  source: string
  steps: Step[]
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/zenodo-conformance.json', import.meta.url), 'utf8')) as {
  scenarios: Scenario[]
}

const TOKENS: Record<string, string | undefined> = {
  owner: 'owner-token',
  'other-user': 'other-token',
  superuser: 'super-token',
  none: undefined
}
const OWNER_ID = 1
const EXPECT_KEYS = new Set([
  'status',
  'json_has',
  'json_keys',
  'json_absent',
  'json_len',
  'json_type',
  'json_truthy',
  'json_contains',
  'json_set',
  'json_ignore',
  'body_text',
  'note'
])

const MISSING = Symbol('missing')

/** Dot path lookup ("files.0.filename"; "$" = whole value). */
function at(value: unknown, path: string): unknown {
  if (path === '$') return value
  let cur: unknown = value
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return MISSING
    const obj = cur as Record<string, unknown>
    if (!Object.prototype.hasOwnProperty.call(obj, part)) return MISSING
    cur = obj[part]
  }
  return cur
}

/** json_set paths: "*" fans out over an array. */
function fanOut(value: unknown, path: string): unknown[] {
  const parts = path.split('.')
  let current: unknown[] = [value]
  for (const part of parts) {
    const next: unknown[] = []
    for (const v of current) {
      if (part === '*') {
        if (Array.isArray(v)) next.push(...v)
      } else {
        const got = at(v, part)
        if (got !== MISSING) next.push(got)
      }
    }
    current = next
  }
  return current
}

function removePath(value: unknown, path: string): void {
  const parts = path.split('.')
  const last = parts.pop() as string
  const parent = parts.length === 0 ? value : at(value, parts.join('.'))
  if (parent !== null && typeof parent === 'object') {
    delete (parent as Record<string, unknown>)[last]
  }
}

function tomorrow(): string {
  return new Date(Date.now() + 86400000).toISOString().slice(0, 10)
}

/** Placeholder substitution: a string that is exactly one placeholder keeps the value's type. */
function substitute(value: unknown, saved: Record<string, unknown>): unknown {
  const lookup = (name: string): unknown => {
    if (name === '$tomorrow') return tomorrow()
    if (name === '$owner_id') return OWNER_ID
    const [root, ...rest] = name.split('.')
    if (!(root in saved)) throw new Error(`placeholder {${name}}: nothing saved as ${root}`)
    const got = rest.length === 0 ? saved[root] : at(saved[root], rest.join('.'))
    if (got === MISSING) throw new Error(`placeholder {${name}}: no such path`)
    return got
  }
  if (typeof value === 'string') {
    const whole = /^\{(\$?[A-Za-z_][\w]*(?:\.[^{}]+)?)\}$/.exec(value)
    if (whole !== null) return lookup(whole[1])
    return value.replace(/\{(\$?[A-Za-z_][\w]*(?:\.[^{}]+)?)\}/g, (_, name: string) => {
      const v = lookup(name)
      return typeof v === 'string' ? v : JSON.stringify(v)
    })
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, saved))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, saved)]))
  }
  return value
}

interface Reply {
  status: number
  headers: Record<string, unknown>
  raw: Buffer
  json: unknown
}

async function send(server: FakeZenodo, step: Step, saved: Record<string, unknown>): Promise<Reply> {
  const r = substitute(step.request, saved) as Step['request']
  const url = new URL(/^https?:\/\//.test(r.path) ? r.path : server.url + r.path)
  // Zenodo's tests mostly send "Accept: application/json"; a null header must not be sent.
  const headers: Record<string, string> = { Accept: 'application/json' }
  const token = TOKENS[r.auth]
  if (token !== undefined) headers.Authorization = `Bearer ${token}`
  let body: Buffer | undefined
  if (r.multipart !== undefined && r.multipart !== null) {
    const boundary = `----conformance${randomBytes(8).toString('hex')}`
    const parts: Buffer[] = []
    for (const [name, value] of Object.entries(r.multipart.fields)) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"` + `\r\n\r\n${value}\r\n`)
      )
    }
    for (const [name, file] of Object.entries(r.multipart.files)) {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; ` +
            `filename="${file.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`
        )
      )
      parts.push(Buffer.from(file.content, 'utf8'), Buffer.from('\r\n'))
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`))
    body = Buffer.concat(parts)
    headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`
  } else if (r.json !== undefined && r.json !== null) {
    body = Buffer.from(JSON.stringify(r.json))
    headers['Content-Type'] = r.content_type ?? 'application/json'
  } else if (r.body_bytes !== undefined && r.body_bytes !== null) {
    body = Buffer.from(r.body_bytes, 'utf8')
    if (r.content_type !== undefined && r.content_type !== null) {
      headers['Content-Type'] = r.content_type
    }
  } else if (r.content_type !== undefined && r.content_type !== null) {
    headers['Content-Type'] = r.content_type
  }
  for (const [name, value] of Object.entries(r.headers ?? {})) {
    for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k]
    if (value !== null) headers[name] = value
  }
  if (body !== undefined) headers['Content-Length'] = String(body.length)
  return await new Promise<Reply>((resolve, reject) => {
    const req = request(url, { method: r.method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        let json: unknown = MISSING
        try {
          json = JSON.parse(raw.toString('utf8'))
        } catch {}
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, json })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

function check(step: Step, reply: Reply, saved: Record<string, unknown>, where: string): void {
  const e = step.expect
  for (const key of Object.keys(e)) {
    if (!EXPECT_KEYS.has(key)) throw new Error(`${where}: unknown expectation ${key}`)
  }
  const say = (what: string): string =>
    `${where} ${what}; got ${reply.status} ${reply.raw.toString('utf8').slice(0, 800)}`
  if (e.status !== undefined) {
    expect({ at: say('status'), v: reply.status }).toEqual({ at: say('status'), v: e.status })
  }
  const body = reply.json
  const needJson = (): void => {
    if (body === MISSING) throw new Error(say('expected a JSON body'))
  }
  if (e.json_has !== undefined) {
    needJson()
    const copy = structuredClone(body)
    for (const p of (e.json_ignore as string[] | undefined) ?? []) removePath(copy, p)
    for (const [path, want] of Object.entries(e.json_has as Record<string, unknown>)) {
      const got = at(copy, path)
      const expected = substitute(want, saved)
      if (!isDeepStrictEqual(got, expected)) {
        expect({ at: say(`json_has ${path}`), v: got === MISSING ? '<missing>' : got }).toEqual({
          at: say(`json_has ${path}`),
          v: expected
        })
      }
    }
  }
  for (const path of (e.json_keys as string[] | undefined) ?? []) {
    needJson()
    if (at(body, path) === MISSING) throw new Error(say(`json_keys: ${path} missing`))
  }
  for (const path of (e.json_absent as string[] | undefined) ?? []) {
    needJson()
    if (at(body, path) !== MISSING) throw new Error(say(`json_absent: ${path} present`))
  }
  for (const [path, len] of Object.entries((e.json_len as Record<string, number>) ?? {})) {
    needJson()
    const got = at(body, path)
    if (!Array.isArray(got) || got.length !== len) {
      throw new Error(say(`json_len ${path} should be ${len}`))
    }
  }
  for (const [path, type] of Object.entries((e.json_type as Record<string, string>) ?? {})) {
    needJson()
    const got = at(body, path)
    const ok =
      type === 'integer'
        ? Number.isInteger(got)
        : type === 'array'
          ? Array.isArray(got)
          : type === 'object'
            ? got !== null && typeof got === 'object' && !Array.isArray(got)
            : typeof got === type
    if (!ok) throw new Error(say(`json_type ${path} should be ${type}`))
  }
  for (const path of (e.json_truthy as string[] | undefined) ?? []) {
    needJson()
    const got = at(body, path)
    const ok =
      got !== MISSING &&
      Boolean(got) &&
      !(Array.isArray(got) && got.length === 0) &&
      !(got !== null && typeof got === 'object' && Object.keys(got).length === 0)
    if (!ok) throw new Error(say(`json_truthy ${path}`))
  }
  for (const [path, sub] of Object.entries((e.json_contains as Record<string, string>) ?? {})) {
    needJson()
    const got = at(body, path)
    const want = substitute(sub, saved) as string
    if (typeof got !== 'string' || !got.includes(want)) {
      throw new Error(say(`json_contains ${path} should contain ${want}`))
    }
  }
  for (const [path, values] of Object.entries((e.json_set as Record<string, unknown[]>) ?? {})) {
    needJson()
    const got = fanOut(body, path)
    const want = substitute(values, saved) as unknown[]
    const key = (v: unknown): string => JSON.stringify(v)
    expect({ at: say(`json_set ${path}`), v: got.map(key).sort() }).toEqual({
      at: say(`json_set ${path}`),
      v: want.map(key).sort()
    })
  }
  if (e.body_text !== undefined) {
    expect(reply.raw.toString('utf8')).toBe(substitute(e.body_text, saved))
  }
}

describe("fake Zenodo passes Zenodo's own API tests (conformance file)", () => {
  let server: FakeZenodo | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('has the 31 scenarios this harness was written for', () => {
    expect(fixture.scenarios).toHaveLength(31)
  })

  for (const scenario of fixture.scenarios) {
    it(scenario.name, async () => {
      server = await startFakeZenodo()
      const saved: Record<string, unknown> = {}
      for (const [i, step] of scenario.steps.entries()) {
        const reply = await send(server, step, saved)
        // save runs before expect, so a step can assert against what it just saved
        for (const [name, path] of Object.entries(step.save ?? {})) {
          const got = at(reply.json, path)
          if (got === MISSING) {
            throw new Error(`step ${i + 1}: cannot save ${name} from ${path}; got ${reply.status}`)
          }
          saved[name] = got
        }
        check(step, reply, saved, `step ${i + 1} (${step.request.method} ${step.request.path})`)
      }
    })
  }
})

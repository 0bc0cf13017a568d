// Runs the scenarios of InvenioRDM's own HTTP tests (transcribed as data in
// test/fixtures/invenio-rdm-conformance.json: invenio-rdm-records, invenio-records-resources,
// invenio-drafts-resources and docs-invenio-rdm) against a fresh fake server of the 'invenio'
// flavor with the file's server_config, over real HTTP, following the file's `conventions` block.
// The scenarios this fake leaves out are listed in SKIPPED, each with its reason.
import { describe, it, expect, afterEach } from '@jest/globals'
import { request } from 'node:http'
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { startFakeZenodo, type FakeZenodo, type FakeInstanceConfig } from './support/fake-zenodo.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

interface Step {
  request: {
    method: string
    path: string
    auth: 'owner' | 'other-user' | 'superuser' | 'community-owner' | 'none'
    json?: Json
    json_patch?: Record<string, Json>
    json_remove?: string[]
    body_bytes?: string | null
    content_type?: string | null
    headers?: Record<string, string | null>
  }
  expect: Record<string, unknown>
  save?: Record<string, string>
}

interface Precondition {
  community?: {
    slug: string
    owner: string
    access: { visibility?: 'public' | 'restricted'; record_submission_policy?: 'open' | 'closed' }
    metadata: { title: string }
  }
  config?: Record<string, unknown>
  note?: string
}

interface Scenario {
  name: string
  source: string
  preconditions?: Precondition[]
  steps: Step[]
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/invenio-rdm-conformance.json', import.meta.url), 'utf8')
) as { scenarios: Scenario[] }

/**
 * Scenarios left out, by name, and why: none of them concerns what the action does or can meet
 * (it creates, edits, versions and publishes records with files, reserves DOIs, searches its own
 * records and submits to communities).
 */
const SKIPPED: Record<string, string> = {}

/** The test app's configuration (the file's server_config). */
const SERVER = {
  flavor: 'invenio' as const,
  doiPrefix: '10.1234',
  doiLinkBase: 'https://handle.test.datacite.org/',
  // RDM_FILES_DEFAULT_QUOTA_SIZE and RDM_FILES_DEFAULT_MAX_FILE_SIZE of the test app.
  quotaBytes: 1e6,
  maxFileBytes: 1e6,
  maxFiles: 100
}

/** App config keys of preconditions, as the fake's instance configuration. */
const CONFIG_KEYS: Record<string, keyof FakeInstanceConfig> = {
  RDM_ALLOW_RESTRICTED_RECORDS: 'allowRestrictedRecords',
  RDM_ALLOW_METADATA_ONLY_RECORDS: 'allowMetadataOnlyRecords',
  RDM_LOCK_EDIT_PUBLISHED_FILES: 'lockEditPublishedFiles'
}

const TOKENS: Record<string, string | undefined> = {
  owner: 'owner-token',
  'other-user': 'other-token',
  superuser: 'super-token',
  'community-owner': 'community-token',
  none: undefined
}
const OWNER_ID = 1
const COMMUNITY_OWNER_ID = 4
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
  'note',
  'json_endswith',
  'json_nullish',
  'json_has_keys',
  'json_find',
  'header_has',
  'body_nonempty'
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
  let current: unknown[] = [value]
  for (const part of path.split('.')) {
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
  if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[last]
}

/** json_patch: sets path in value, creating intermediate objects. */
function setPath(value: Record<string, unknown>, path: string, v: unknown): void {
  const parts = path.split('.')
  const last = parts.pop() as string
  let cur: Record<string, unknown> = value
  for (const part of parts) {
    if (cur[part] === null || typeof cur[part] !== 'object') cur[part] = {}
    cur = cur[part] as Record<string, unknown>
  }
  cur[last] = v
}

interface Env {
  base: string
  communities: Record<string, string>
}

/** Placeholder substitution: a string that is exactly one placeholder keeps the value's type. */
function substitute(value: unknown, saved: Record<string, unknown>, env: Env): unknown {
  const lookup = (name: string): unknown => {
    if (name === '$base') return env.base
    if (name === '$owner_id') return OWNER_ID
    if (name === '$owner_id_str') return String(OWNER_ID)
    if (name.startsWith('$community.')) {
      const id = env.communities[name.slice('$community.'.length)]
      if (id === undefined) throw new Error(`placeholder {${name}}: no such community`)
      return id
    }
    const [root, ...rest] = name.split('.')
    if (!(root in saved)) throw new Error(`placeholder {${name}}: nothing saved as ${root}`)
    const got = rest.length === 0 ? saved[root] : at(saved[root], rest.join('.'))
    if (got === MISSING) throw new Error(`placeholder {${name}}: no such path`)
    return got
  }
  const re = /\{(\$?[A-Za-z_][\w]*(?:\.[^{}]+)?)\}/g
  if (typeof value === 'string') {
    const whole = /^\{(\$?[A-Za-z_][\w]*(?:\.[^{}]+)?)\}$/.exec(value)
    if (whole !== null) return structuredClone(lookup(whole[1]))
    return value.replace(re, (_, name: string) => {
      const v = lookup(name)
      return typeof v === 'string' ? v : JSON.stringify(v)
    })
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, saved, env))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, saved, env)]))
  }
  return value
}

interface Reply {
  status: number
  headers: Record<string, unknown>
  raw: Buffer
  json: unknown
}

async function send(server: FakeZenodo, step: Step, saved: Record<string, unknown>, env: Env): Promise<Reply> {
  const r = substitute(step.request, saved, env) as Step['request']
  const url = new URL(/^https?:\/\//.test(r.path) ? r.path : server.url + r.path)
  // The tests' headers fixture: Accept application/json unless a step says otherwise.
  const headers: Record<string, string> = { Accept: 'application/json' }
  const token = TOKENS[r.auth]
  if (token !== undefined) headers.Authorization = `Bearer ${token}`
  let body: Buffer | undefined
  if (r.json !== undefined && r.json !== null) {
    const json = structuredClone(r.json) as Record<string, unknown>
    for (const [path, v] of Object.entries(r.json_patch ?? {})) setPath(json, path, v)
    for (const path of r.json_remove ?? []) removePath(json, path)
    body = Buffer.from(JSON.stringify(json))
    headers['Content-Type'] = r.content_type ?? 'application/json'
  } else if (r.body_bytes !== undefined && r.body_bytes !== null) {
    body = Buffer.from(r.body_bytes, 'utf8')
    if (r.content_type !== undefined && r.content_type !== null) headers['Content-Type'] = r.content_type
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

function check(step: Step, reply: Reply, saved: Record<string, unknown>, env: Env, where: string): void {
  const e = step.expect
  for (const key of Object.keys(e)) {
    if (!EXPECT_KEYS.has(key)) throw new Error(`${where}: unknown expectation ${key}`)
  }
  const say = (what: string): string =>
    `${where} ${what}; got ${reply.status} ${reply.raw.toString('utf8').slice(0, 1500)}`
  const sub = (v: unknown): unknown => substitute(v, saved, env)
  if (e.status !== undefined) {
    expect({ at: say('status'), v: reply.status }).toEqual({ at: say('status'), v: e.status })
  }
  const body = reply.json
  const needJson = (): void => {
    if (body === MISSING) throw new Error(say('expected a JSON body'))
  }
  const has = (root: unknown, want: Record<string, unknown>, label: string): void => {
    for (const [path, w] of Object.entries(want)) {
      const got = at(root, path)
      const expected = sub(w)
      if (!isDeepStrictEqual(got, expected)) {
        expect({ at: say(`${label} ${path}`), v: got === MISSING ? '<missing>' : got }).toEqual({
          at: say(`${label} ${path}`),
          v: expected
        })
      }
    }
  }
  if (e.json_has !== undefined) {
    needJson()
    const copy = structuredClone(body)
    for (const p of (e.json_ignore as string[] | undefined) ?? []) removePath(copy, p)
    has(copy, e.json_has as Record<string, unknown>, 'json_has')
  }
  for (const path of (e.json_keys as string[] | undefined) ?? []) {
    needJson()
    if (at(body, path) === MISSING) throw new Error(say(`json_keys: ${path} missing`))
  }
  for (const path of (e.json_absent as string[] | undefined) ?? []) {
    needJson()
    if (at(body, path) !== MISSING) throw new Error(say(`json_absent: ${path} present`))
  }
  for (const path of (e.json_nullish as string[] | undefined) ?? []) {
    needJson()
    const got = at(body, path)
    if (got !== MISSING && got !== null) throw new Error(say(`json_nullish: ${path} is ${JSON.stringify(got)}`))
  }
  for (const [path, len] of Object.entries((e.json_len as Record<string, number>) ?? {})) {
    needJson()
    const got = at(body, path)
    if (!Array.isArray(got) || got.length !== len) throw new Error(say(`json_len ${path} should be ${len}`))
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
  for (const [path, s] of Object.entries((e.json_contains as Record<string, string>) ?? {})) {
    needJson()
    const got = at(body, path)
    const want = sub(s) as string
    if (typeof got !== 'string' || !got.includes(want))
      throw new Error(say(`json_contains ${path} should contain ${want}`))
  }
  for (const [path, s] of Object.entries((e.json_endswith as Record<string, string>) ?? {})) {
    needJson()
    const got = at(body, path)
    const want = sub(s) as string
    if (typeof got !== 'string' || !got.endsWith(want))
      throw new Error(say(`json_endswith ${path} should end with ${want}`))
  }
  for (const [path, keys] of Object.entries((e.json_has_keys as Record<string, string[]>) ?? {})) {
    needJson()
    const got = at(body, path)
    if (got === null || typeof got !== 'object') throw new Error(say(`json_has_keys: ${path} is no object`))
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(got, k)) throw new Error(say(`json_has_keys: ${path} lacks ${k}`))
    }
  }
  for (const f of (e.json_find as Array<{
    in: string
    where: Record<string, unknown>
    has: Record<string, unknown>
  }>) ?? []) {
    needJson()
    const list = at(body, f.in)
    if (!Array.isArray(list)) throw new Error(say(`json_find: ${f.in} is no array`))
    const where = sub(f.where) as Record<string, unknown>
    const found = list.find((x) => Object.entries(where).every(([k, v]) => isDeepStrictEqual(at(x, k), v)))
    if (found === undefined) throw new Error(say(`json_find: no element of ${f.in} with ${JSON.stringify(where)}`))
    has(found, f.has, `json_find ${f.in}`)
  }
  for (const [path, values] of Object.entries((e.json_set as Record<string, unknown[]>) ?? {})) {
    needJson()
    const key = (v: unknown): string => JSON.stringify(v)
    const got = [...new Set(fanOut(body, path).map(key))].sort()
    const want = [...new Set((sub(values) as unknown[]).map(key))].sort()
    expect({ at: say(`json_set ${path}`), v: got }).toEqual({ at: say(`json_set ${path}`), v: want })
  }
  for (const [name, value] of Object.entries((e.header_has as Record<string, string>) ?? {})) {
    const got = reply.headers[name.toLowerCase()]
    expect({ at: say(`header ${name}`), v: got }).toEqual({ at: say(`header ${name}`), v: sub(value) })
  }
  if (e.body_nonempty === true && reply.raw.length === 0) throw new Error(say('body_nonempty'))
  if (e.body_text !== undefined) expect(reply.raw.toString('utf8')).toBe(sub(e.body_text))
}

async function prepare(scenario: Scenario): Promise<{ server: FakeZenodo; env: Env }> {
  const server = await startFakeZenodo(SERVER)
  const env: Env = { base: server.publicUrl, communities: {} }
  for (const p of scenario.preconditions ?? []) {
    if (p.community !== undefined) {
      const c = p.community
      if (c.owner !== 'community-owner') throw new Error(`precondition: community owner ${c.owner}`)
      const made = server.addCommunity({
        slug: c.slug,
        title: c.metadata.title,
        owner: COMMUNITY_OWNER_ID,
        visibility: c.access.visibility ?? 'public',
        submissionPolicy: c.access.record_submission_policy ?? 'open'
      })
      env.communities[c.slug] = made.id
    }
    for (const [key, value] of Object.entries(p.config ?? {})) {
      const name = CONFIG_KEYS[key]
      if (name === undefined || typeof value !== 'boolean') throw new Error(`precondition: config ${key} unsupported`)
      server.configure({ [name]: value })
    }
  }
  return { server, env }
}

describe("fake InvenioRDM ('invenio' flavor) passes InvenioRDM's own API tests (conformance file)", () => {
  let server: FakeZenodo | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('has the 83 scenarios this harness was written for, and skips only scenarios it has', () => {
    expect(fixture.scenarios).toHaveLength(83)
    const names = new Set(fixture.scenarios.map((s) => s.name))
    expect(names.size).toBe(83)
    for (const name of Object.keys(SKIPPED)) expect({ name, known: names.has(name) }).toEqual({ name, known: true })
  })

  for (const scenario of fixture.scenarios) {
    const skip = SKIPPED[scenario.name]
    if (skip !== undefined) {
      it.skip(`${scenario.name} (left out: ${skip})`, () => undefined)
      continue
    }
    it(scenario.name, async () => {
      const prepared = await prepare(scenario)
      server = prepared.server
      const saved: Record<string, unknown> = {}
      for (const [i, step] of scenario.steps.entries()) {
        const reply = await send(server, step, saved, prepared.env)
        // save runs before expect, so a step can assert against what it just saved
        for (const [name, path] of Object.entries(step.save ?? {})) {
          const got = at(reply.json, path)
          if (got === MISSING) throw new Error(`step ${i + 1}: cannot save ${name} from ${path}; got ${reply.status}`)
          saved[name] = got
        }
        check(step, reply, saved, prepared.env, `step ${i + 1} (${step.request.method} ${step.request.path})`)
      }
    })
  }
})

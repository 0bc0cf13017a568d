// The set-up the end-to-end and regression tests share: a fresh fake Zenodo for every test, the
// inputs that point the bundled action at it, and the list of what a run wrote.

import { afterEach, beforeEach, it } from '@jest/globals'
import { startFakeZenodo, type FakeZenodo, type FakeZenodoOptions, type RequestLogEntry } from './fake-zenodo.js'

/** The fake's token of user 1, who owns what the tests seed. */
export const TOKEN = 'owner-token'

/** Metadata Zenodo publishes as it is: a title, an upload type and one creator. */
export const META = { title: 'Survey data', upload_type: 'dataset', creators: [{ name: 'Doe, Jane' }] }

/**
 * Starts a fake Zenodo before each test of the calling file (or describe block) and closes it after
 * the test. Returns a getter for the running fake: call it inside hooks and tests only.
 */
export function useFakeZenodo(options?: FakeZenodoOptions): () => FakeZenodo {
  let server: FakeZenodo | undefined
  beforeEach(async () => {
    server = await startFakeZenodo(options)
  })
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  return () => {
    if (server === undefined) throw new Error('useFakeZenodo: the fake runs only inside a test')
    return server
  }
}

/**
 * The action's inputs for a run against this fake as the owner: the token and server-url, the
 * legacy API (so that request counts and faults on the deposit routes are not shifted by the
 * `api: auto` probe; test/e2e/rdm.test.ts covers auto), the metadata input when meta is given (as
 * JSON), then extra, which may override any of them.
 */
export function inputsFor(
  server: FakeZenodo,
  extra: Record<string, string> = {},
  meta?: Record<string, unknown>
): Record<string, string> {
  return {
    token: TOKEN,
    'server-url': server.url,
    // E2E_API=rdm runs the same scenarios through the native records API of the zenodo flavor.
    api: process.env.E2E_API ?? 'legacy',
    ...(meta === undefined ? {} : { metadata: JSON.stringify(meta) }),
    ...extra
  }
}

/**
 * Every request that writes (all but GET), as "METHOD path", from the index from of the fake's
 * request log on; the fake's own /__fake inspection routes left out.
 */
export function writesSince(server: FakeZenodo, from = 0): string[] {
  return server.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !r.path.startsWith('/__fake'))
    .map((r) => `${r.method} ${r.path}`)
}

/** The keys of the files a deposition on the fake holds, in the fake's order. */
export function fileKeys(server: FakeZenodo, id: number): string[] {
  const dep = server.deposition(id)
  if (dep === undefined) throw new Error(`fileKeys: the fake holds no deposition ${id}`)
  return dep.files.map((f) => f.key)
}

/** A request that sends a file's bytes: a bucket PUT (legacy API) or a native `…/content` PUT. */
const CONTENT_PUT = /^\/api\/(?:files\/[^/]+\/([^/?]+)|records\/[^/]+\/draft\/files\/([^/?]+)\/content)(?:\?|$)/

/** The file-content PUTs of the fake's request log, whichever API sent them, with their decoded keys. */
export function contentPuts(server: FakeZenodo, from = 0): Array<RequestLogEntry & { key: string }> {
  return server.requests.slice(from).flatMap((r) => {
    const m = r.method === 'PUT' ? CONTENT_PUT.exec(r.path) : null
    return m ? [{ ...r, key: decodeURIComponent(m[1] ?? m[2]) }] : []
  })
}

/** A fault path that matches the upload of this key on either API. */
export function uploadPath(key: string): RegExp {
  const k = encodeURIComponent(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`/${k}(?:/content)?$`)
}

/** What the bucket-url output is for a draft on the fake: its bucket, or the native draft's files URL. */
export function bucketUrlOf(server: FakeZenodo, dep: { id: number; bucketId: string }): string {
  return process.env.E2E_API === 'rdm'
    ? `${server.url}/api/records/${dep.id}/draft/files`
    : `${server.url}/api/files/${dep.bucketId}`
}

/** Scenarios about one API's own routes (e.g. the legacy newversion action's answers). */
export const legacyOnly = process.env.E2E_API === 'rdm' ? it.skip : it

// The HTTP client of InvenioRDM's native API (inveniosoftware/invenio-rdm-records
// `resources/config.py`), shared by the native adapter and by the community requests that both
// adapters make (zenodo.org takes them on its native routes whichever API did the upload).

import { ApiClient, json, type CallOptions, type ClientLog } from '../zenodo/api-client.js'
import type { HttpTransport, SendResult } from '../zenodo/http.js'
import { DEFAULT_RETRY, type RetryPolicy } from '../zenodo/retry.js'

/** Zenodo answers plain application/json on /api/records with a legacy-like shape (zenodo-rdm `site/zenodo_rdm/resources.py`). */
export const NATIVE_JSON = 'application/vnd.inveniordm.v1+json'

export class RdmClient extends ApiClient {
  readonly api: string

  constructor(
    serverUrl: string,
    transport: HttpTransport,
    log: ClientLog,
    private readonly accept: string,
    policy: RetryPolicy = DEFAULT_RETRY,
    sleep?: (ms: number) => Promise<void>
  ) {
    super(transport, log, policy, sleep)
    this.api = `${serverUrl}/api`
  }

  request<T>(opts: Omit<CallOptions<T>, 'headers'>): Promise<T> {
    // The files endpoints answer plain JSON on Zenodo too; only records and searches need the
    // vendor type there.
    const accept = /\/files(\/|$|\?)/.test(new URL(opts.url).pathname) ? 'application/json' : this.accept
    return this.call({ ...opts, headers: { Accept: accept } })
  }

  get<T>(path: string, action: string, ok = [200]): Promise<T> {
    return this.request({ method: 'GET', url: `${this.api}${path}`, context: { action }, ok, parse: json<T> })
  }

  /** GET that tells "not there" (404, 410) from a failure. */
  async find<T>(path: string, action: string): Promise<T | undefined> {
    const r = await this.request<SendResult>({
      method: 'GET',
      url: `${this.api}${path}`,
      context: { action },
      ok: [200],
      parse: (x) => x,
      alreadyDone: (x) => (x.status === 404 || x.status === 410 ? x : undefined)
    })
    return r.status === 200 ? json<T>(r) : undefined
  }

  /**
   * A GET of a record that may redirect (a parent id redirects to its latest version,
   * invenio-rdm-records `resources/resources.py`, `read`): the record, the id it redirects to,
   * or nothing (404, 410).
   */
  async record<T>(id: string, action: string): Promise<{ body?: T; redirect?: string }> {
    const r = await this.request<SendResult>({
      method: 'GET',
      url: `${this.api}/records/${encodeURIComponent(id)}`,
      context: { action },
      ok: [200, 301, 302, 303, 307, 308],
      parse: (x) => x,
      alreadyDone: (x) => (x.status === 404 || x.status === 410 ? x : undefined)
    })
    if (r.status === 200) return { body: json<T>(r) }
    const value = r.headers.location
    const location = Array.isArray(value) ? value[0] : value
    const target = location ? /\/records\/([^/?#]+)/.exec(location)?.[1] : undefined
    return target && target !== id ? { redirect: target } : {}
  }

  send<T>(
    method: string,
    path: string,
    action: string,
    body: unknown,
    ok: number[],
    extra: Partial<CallOptions<T>> = {}
  ): Promise<T> {
    return this.request({
      method,
      url: `${this.api}${path}`,
      json: body,
      context: { action },
      ok,
      parse: (r) => (r.body.trim() === '' ? (undefined as T) : json<T>(r)),
      ...extra
    })
  }
}

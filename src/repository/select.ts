// Which API this run speaks: the legacy deposit API exists only on Zenodo (zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/`), and Zenodo has announced its deprecation; every InvenioRDM
// instance, Zenodo included, has the native records API.

import { Inputs } from '../constants.js'
import type { Log } from '../log.js'
import type { Connection } from '../zenodo/connect.js'
import { InvenioRdmRepository, type RdmOptions } from './invenio-rdm.js'
import { RdmCommunities } from './communities.js'
import { NATIVE_JSON, RdmClient } from './rdm-client.js'
import type { Repository } from './types.js'
import { ZenodoLegacyRepository } from './zenodo-legacy.js'

export enum ApiChoice {
  auto = 'auto',
  legacy = 'legacy',
  rdm = 'rdm'
}

export interface RepositoryOptions {
  api: ApiChoice
  serverUrl: string
  /** The access inputs: sent as `access` on the native API; the legacy one gets them as metadata (see mergeMetadata). */
  access?: RdmOptions['access']
  /** The concurrency input: multipart parts in flight at once. */
  concurrency?: number
}

function legacyRepository(conn: Connection, options: RepositoryOptions, log: Log): Repository {
  if (options.access?.embargo?.reason !== undefined) {
    log.warning(
      `Input '${Inputs.EmbargoReason}' is dropped: the legacy deposit API has no field for it ` +
        `(the embargo itself is set, as embargo_date). With api: rdm the reason is sent.`
    )
  }
  const native = new RdmClient(options.serverUrl, conn.transport, log, NATIVE_JSON, conn.policy)
  return new ZenodoLegacyRepository(conn.api, new RdmCommunities(native), nativeRepository(conn, options, log, true))
}

export async function openRepository(conn: Connection, options: RepositoryOptions, log: Log): Promise<Repository> {
  if (options.api === ApiChoice.legacy) return legacyRepository(conn, options, log)
  const host = new URL(options.serverUrl).hostname
  // One read-only probe. 2xx, 401 and 403 mean the route exists; 404 and 410 mean it does not,
  // so `auto` moves to the native API by itself the day Zenodo removes the legacy one.
  const status = await conn.api.probe()
  const legacy = status !== 404 && status !== 410
  const zenodo = legacy || /(^|\.)zenodo\.org$/i.test(host)
  if (options.api === ApiChoice.auto) {
    log.info(
      `api: auto chose ${legacy ? 'the legacy deposit API' : 'the InvenioRDM records API'} ` +
        `(GET /api/deposit/depositions answered ${status}).`
    )
    if (legacy) return legacyRepository(conn, options, log)
  }
  return nativeRepository(conn, options, log, zenodo)
}

function nativeRepository(
  conn: Connection,
  options: RepositoryOptions,
  log: Log,
  zenodo: boolean
): InvenioRdmRepository {
  const host = new URL(options.serverUrl).hostname
  return new InvenioRdmRepository(
    options.serverUrl,
    conn.transport,
    log,
    {
      zenodo,
      publisherDefault: zenodo ? 'Zenodo' : host,
      access: options.access,
      warn: log.warning,
      partConcurrency: options.concurrency
    },
    conn.policy
  )
}

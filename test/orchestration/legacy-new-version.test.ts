// The legacy adapter's `created` flag for newversion, which execute's concurrent-run guard
// trusts. The memory repository reports it truthfully; the adapter infers it from times.

import { expect, it } from '@jest/globals'
import { ZenodoLegacyRepository } from '../../src/repository/zenodo-legacy.js'
import type { ZenodoApi } from '../../src/zenodo/client.js'
import type { Deposition } from '../../src/zenodo/types.js'

function api(pending: Deposition, lastAnswer: number): ZenodoApi {
  const no = (): never => {
    throw new Error('not used')
  }
  return {
    serverTime: () => lastAnswer,
    newVersion: async () => pending,
    listDepositions: async () => [pending],
    getDeposition: async () => pending,
    latestRecordId: no,
    createDeposition: no,
    updateMetadata: no,
    deleteDraft: no,
    publish: no,
    deleteFile: no,
    uploadFile: no
  }
}

const record = { id: '10', conceptId: '5', state: 'published' as const, title: 't', files: [], metadata: {}, links: {} }

// Another run's new version, emptied by its delete-old-files, made after this run's latest
// answer (gather, then minutes of hashing) and before its newversion request: Zenodo would hand
// it back as if new. The adapter looks for the pending draft right before the request.
it("a pending draft that another run made after this run's latest answer is not reported as created", async () => {
  const other: Deposition = {
    id: 11,
    conceptrecid: '5',
    state: 'unsubmitted',
    submitted: false,
    created: '2024-05-01T10:00:40.000Z',
    files: [],
    links: { bucket: 'https://zenodo.org/api/files/b' },
    metadata: {}
  }
  const repo = new ZenodoLegacyRepository(api(other, Date.parse('2024-05-01T10:00:10Z')))
  expect((await repo.newVersion(record)).created).toBe(false)
})

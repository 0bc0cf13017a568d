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
    edit: no,
    discardEdit: no,
    deleteFileById: no,
    deleteFile: no,
    uploadFile: no,
    probe: no
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

it('a pending draft that newversion hands back already emptied or versioned is not reported as created', async () => {
  // Made in the same second as this run's last answer (the Date header counts whole seconds),
  // but another run already deleted its inherited files: not the draft this request made.
  const emptied: Deposition = {
    id: 12,
    conceptrecid: '5',
    state: 'unsubmitted',
    submitted: false,
    created: '2024-05-01T10:00:10.200Z',
    files: [],
    links: { bucket: 'https://zenodo.org/api/files/c' },
    metadata: {}
  }
  const inherited = { ...record, files: [{ key: 'a.csv', size: 1, md5: 'x' }] }
  const repo = new ZenodoLegacyRepository({
    ...api(emptied, Date.parse('2024-05-01T10:00:10Z')),
    listDepositions: async () => []
  })
  expect((await repo.newVersion(inherited)).created).toBe(false)
  const fresh = { ...emptied, files: [{ id: 'f', filename: 'a.csv', filesize: 1, checksum: 'x' }] }
  const repo2 = new ZenodoLegacyRepository({
    ...api(fresh, Date.parse('2024-05-01T10:00:10Z')),
    listDepositions: async () => []
  })
  expect((await repo2.newVersion(inherited)).created).toBe(true)
})

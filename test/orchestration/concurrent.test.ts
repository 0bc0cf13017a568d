// Concurrent runs of one identity, interleaved through the memory server's hooks; and create
// recovery after a request that got no answer.

import { describe, expect, it } from '@jest/globals'
import { ConcurrentRunError } from '../../src/errors.js'
import { execute, type Outcome } from '../../src/plan/execute.js'
import { plan } from '../../src/plan/plan.js'
import { MemoryRepository } from '../support/memory-repository.js'
import {
  collectLog,
  executeOptions,
  identityOf,
  keysOf,
  metadataOf,
  prepare,
  runOnce,
  seedFiles,
  useHarness,
  type RunSpec
} from '../support/orchestration.js'

useHarness()

const v1 = identityOf('refs/tags/v1')
const main = identityOf('refs/heads/main')
const files = { 'a.csv': 'a' }

/** gather + plan for one client, then a function that executes it. */
async function planned(spec: RunSpec): Promise<{ kind: string; run: () => Promise<Outcome> }> {
  const input = await prepare(spec)
  const p = plan(input)
  return { kind: p.target.kind, run: () => execute(p, input, executeOptions(spec, collectLog())) }
}

function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void
  const wait = new Promise<void>((r) => (open = r))
  return { wait, open }
}

/** Records of the identity still on the server. */
const survivors = (repo: MemoryRepository) =>
  repo.all().filter((r) => r.metadata.related_identifiers?.some((x) => x.identifier === v1.marker))

describe('(4) two runs of one identity', () => {
  // The settle check runs beside the uploads; its verdict comes before any publish.
  it('both gather before either creates: the first draft wins, the other discards its own and never publishes', async () => {
    const repo = new MemoryRepository()
    const A = repo.connect('A')
    const B = repo.connect('B')
    const a = await planned({ repo: A, files })
    const b = await planned({ repo: B, files })
    expect([a.kind, b.kind]).toEqual(['create', 'create'])
    const bCreated = gate()
    repo.afterNext('create', () => bCreated.wait, 'A')
    repo.afterNext('create', () => void repo.tick(300).then(bCreated.open), 'B')
    const [oa, ob] = await Promise.all([a.run(), b.run()])

    expect(oa.error).toBeUndefined()
    expect(oa.published).toBe(true)
    expect(ob.error).toBeInstanceOf(ConcurrentRunError)
    expect(ob.error!.message).toMatch(new RegExp(`Another run made (draft|record) ${oa.record!.id} .* first`))
    expect(ob.record).toBeUndefined()
    const lost = repo.writesBy('B')
    const own = lost[1].split(' ')[1]
    expect(lost).toEqual(['create', `put-metadata ${own}`, `upload ${own} a.csv`, `discard ${own}`])
    expect(survivors(repo).map((r) => r.id)).toEqual([oa.record!.id])
    expect(repo.conceptIds()).toHaveLength(1)
  })

  it("one creates during the other's index lag: still one survivor", async () => {
    const repo = new MemoryRepository({ indexLagMs: 1000 })
    const A = repo.connect('A')
    const B = repo.connect('B')
    const a = await planned({ repo: A, files })
    let runB: Promise<Outcome> | undefined
    repo.afterNext(
      'create',
      async () => {
        await repo.tick(200)
        const b = await planned({ repo: B, files })
        // A's fresh draft is not in the search yet.
        expect(b.kind).toBe('create')
        runB = b.run()
      },
      'A'
    )
    const oa = await a.run()
    const ob = await runB!
    expect(oa.error).toBeUndefined()
    expect(ob.error).toBeInstanceOf(ConcurrentRunError)
    expect(repo.writesBy('B')).toEqual([
      'create',
      expect.stringMatching(/^put-metadata /),
      expect.stringMatching(/^upload /),
      expect.stringMatching(/^discard /)
    ])
    expect(survivors(repo)).toHaveLength(1)
  })

  it('a fresh draft the search never shows is not published, and not left behind with files', async () => {
    const repo = new MemoryRepository({ indexLagMs: 60_000 })
    const r = await runOnce({ repo, files })
    expect(r.error).toBeInstanceOf(ConcurrentRunError)
    expect(r.error!.message).toMatch(/did not show the new draft \d+ .* discarded the draft/)
    expect(r.outcome!.published).toBe(false)
    expect(r.writes).toEqual([
      'create',
      expect.stringMatching(/^put-metadata /),
      expect.stringMatching(/^upload \d+ a\.csv$/),
      expect.stringMatching(/^discard /)
    ])
    expect(repo.all()).toEqual([])
  })

  it.each([{ deleteOldFiles: false }, { deleteOldFiles: true }])(
    "two new versions at once (delete-old-files $deleteOldFiles): the second run leaves the first one's draft alone",
    async ({ deleteOldFiles }) => {
      const repo = new MemoryRepository()
      const r1 = repo.seedPublished({ metadata: metadataOf(main), files: seedFiles({ 'a.csv': 'old' }) })
      const spec = { ref: 'refs/heads/main', files: { 'b.csv': 'b' }, deleteOldFiles }
      const a = await planned({ repo: repo.connect('A'), ...spec })
      const b = await planned({ repo: repo.connect('B'), ...spec })
      expect([a.kind, b.kind]).toEqual(['new-version', 'new-version'])
      let ob: Outcome | undefined
      // B asks for its new version once A made its own (and, with delete-old-files, emptied it).
      repo.afterNext(deleteOldFiles ? 'delete-file' : 'new-version', async () => void (ob = await b.run()), 'A')
      const oa = await a.run()
      expect(ob!.error).toBeInstanceOf(ConcurrentRunError)
      expect(ob!.error!.message).toMatch(/Another run opened new version/)
      // B is handed A's draft (not created by it), stops, and writes into it nothing.
      expect(repo.writesBy('B')).toEqual([`new-version ${r1.id}`])
      const n = oa.record!.id
      if (!deleteOldFiles) {
        expect(oa.error).toBeUndefined()
        expect(repo.peek(n)!.state).toBe('published')
        expect(keysOf(repo.peek(n))).toEqual(['a.csv', 'b.csv'])
        return
      }
      // B's newversion imported the inherited files again into A's emptied draft (the legacy
      // adapter avoids asking when a pending draft exists; this repository models the server):
      // A must not publish a file it deleted. A re-run deletes it again and publishes.
      expect(keysOf(repo.peek(n))).toEqual(['a.csv', 'b.csv'])
      expect(oa.published).toBe(false)
      expect(oa.error!.message).toMatch(new RegExp(`Not publishing: 'a\\.csv'.* deleted.* is in draft ${n} again`))
      expect(repo.peek(n)!.state).toBe('draft')
      const again = await runOnce({ repo, ...spec })
      expect(again.error).toBeUndefined()
      expect(again.writes).toEqual([`delete-file ${n} a.csv`, `publish ${n}`])
      expect(keysOf(repo.peek(n))).toEqual(['b.csv'])
    }
  )

  it.each([
    { name: 'into a draft an earlier run left: left as it was', create: false },
    { name: 'into a draft this run made: discarded', create: true }
  ])('the pre-publish check stops when a record of the identity was published meanwhile, $name', async ({ create }) => {
    const repo = new MemoryRepository()
    const d = create ? undefined : repo.seedDraft({ metadata: metadataOf(v1, {}, 'v1') })
    // Another run publishes this version while this one uploads.
    repo.afterNext('upload', () => {
      repo.seedPublished({
        metadata: metadataOf(v1, {}, 'v1'),
        files: seedFiles({ 'a.csv': 'other build' }),
        created: repo.now()
      })
    })
    const r = await runOnce({ repo, files })
    expect(r.error).toBeInstanceOf(ConcurrentRunError)
    expect(r.error!.message).toMatch(/was published by another run while this run was uploading/)
    expect(r.outcome!.published).toBe(false)
    expect(r.writes.some((w) => w.startsWith('publish'))).toBe(false)
    if (d) {
      expect(r.error!.message).toMatch(new RegExp(`draft ${d.id} is left as it was`))
      expect(r.writes).toEqual([`upload ${d.id} a.csv`])
      expect(repo.peek(d.id)!.state).toBe('draft')
    } else {
      expect(r.writes).toEqual([
        'create',
        expect.stringMatching(/^put-metadata /),
        expect.stringMatching(/^upload \d+ a\.csv$/),
        expect.stringMatching(/^discard /)
      ])
      expect(repo.all().filter((x) => x.state === 'draft')).toEqual([])
    }
  })
})

describe('two runs sharing one draft, the other publishing it first', () => {
  it('with the same files: success, nothing published twice', async () => {
    const repo = new MemoryRepository()
    const d = repo.seedDraft({ metadata: metadataOf(v1, {}, 'v1'), files: seedFiles({ 'a.csv': 'a' }) })
    const b = await planned({ repo: repo.connect('B'), files })
    expect(b.kind).toBe('draft')
    expect((await runOnce({ repo, files })).outcome!.published).toBe(true)
    const ob = await b.run()
    expect(ob.error).toBeUndefined()
    expect(ob.published).toBe(true)
    expect(ob.record!.doi).toBe(`10.5281/zenodo.${d.id}`)
    // B's publish request was refused; no second record.
    expect(repo.writesBy('B')).toEqual([`publish ${d.id}`])
    expect(repo.all()).toHaveLength(1)
  })

  it('with other files: stops and says so', async () => {
    const repo = new MemoryRepository()
    const d = repo.seedDraft({ metadata: metadataOf(v1, {}, 'v1') })
    // Just before B publishes, A replaces the file and publishes.
    repo.beforeNext('publish', async () => void (await runOnce({ repo, files: { 'a.csv': 'other build' } })), 'B')
    const b = await planned({ repo: repo.connect('B'), files })
    const ob = await b.run()
    expect(ob.published).toBe(false)
    expect(ob.error).toBeInstanceOf(ConcurrentRunError)
    expect(ob.error!.message).toMatch(new RegExp(`Another run published draft ${d.id} .* with other files`))
  })
})

describe('(5) create recovery after a request that got no answer', () => {
  it('finds the draft its own request made', async () => {
    const repo = new MemoryRepository({ indexLagMs: 1000 })
    repo.failCreates({ tookEffect: true })
    const r = await runOnce({ repo, files })
    expect(r.error).toBeUndefined()
    const d = r.outcome!.record!.id
    expect(r.writes).toEqual(['create', `put-metadata ${d}`, `upload ${d} a.csv`, `publish ${d}`])
    expect(repo.all()).toHaveLength(1)
  })

  it("takes no sibling's draft (another dataset) made meanwhile", async () => {
    const repo = new MemoryRepository()
    const sibling = identityOf('refs/tags/v1', 'figures')
    repo.failCreates({ tookEffect: false })
    let s: string | undefined
    repo.beforeNext(
      'create',
      () => void (s = repo.seedDraft({ metadata: metadataOf(sibling, {}, 'v1'), created: repo.now() }).id)
    )
    const r = await runOnce({ repo, files })
    expect(r.error).toBeUndefined()
    const d = r.outcome!.record!.id
    expect(d).not.toBe(s)
    expect(keysOf(repo.peek(s!))).toEqual([])
    expect(repo.peek(s!)!.state).toBe('draft')
  })

  it('takes no draft of the identity created before the request', async () => {
    const repo = new MemoryRepository({ start: Date.parse('2024-05-01T10:00:10.200Z'), indexLagMs: 1500 })
    const other = repo.connect('other')
    // Another run's draft, made just before this run gathered: the search does not show it yet.
    const x = other.seedDraft({ metadata: metadataOf(v1, {}, 'v1'), created: repo.now() })
    await repo.tick(1000)
    repo.failCreates({ tookEffect: false })
    const r = await runOnce({ repo, files })
    expect(r.input!.remote.own).toEqual([])
    // Recovery ignores x (older than the server time before the request); the retry makes a
    // draft, and the settle step finds x first.
    expect(r.error).toBeInstanceOf(ConcurrentRunError)
    expect(r.error!.message).toContain(`Another run made draft ${x.id}`)
    expect(r.writes).toEqual([
      'create',
      expect.stringMatching(/^put-metadata /),
      expect.stringMatching(/^upload /),
      expect.stringMatching(/^discard /)
    ])
    expect(repo.all().map((d) => d.id)).toEqual([x.id])
  })

  it("a concurrent run's draft with the same metadata, made in the same second: only the nonce tells them apart", async () => {
    const repo = new MemoryRepository()
    const other = repo.connect('other')
    repo.failCreates({ tookEffect: true })
    let x: string | undefined
    repo.beforeNext(
      'create',
      () => void (x = other.seedDraft({ metadata: metadataOf(v1, {}, 'v1'), created: repo.now() }).id)
    )
    const r = await runOnce({ repo, files })
    // Recovery takes its own draft (it carries the run's nonce), never x; the settle step then
    // finds x first, and the run discards its own.
    expect(r.error).toBeInstanceOf(ConcurrentRunError)
    expect(r.error!.message).toContain(`Another run made draft ${x} for octo/data@v1 first`)
    expect(r.log.infos.join('\n')).toMatch(/Took over draft \d+, which this run's unanswered create request had made/)
    expect(repo.all().map((d) => d.id)).toEqual([x])
    expect(keysOf(repo.peek(x!))).toEqual([])
  })
})

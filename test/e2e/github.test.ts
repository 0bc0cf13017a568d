// Replacing Zenodo's GitHub integration, end to end through the bundled action against the fake
// Zenodo and a fake GitHub API (GITHUB_API_URL): zero-config release metadata, release assets
// with tokens kept to their hosts, the source archive of a real git tag, back-fill of an older
// tag, deposition-id: repository, and update-metadata on both APIs.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { META, TOKEN, contentPuts, inputsFor, useFakeZenodo, writesSince } from '../support/e2e.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const md5 = (s: string | Buffer): string => createHash('md5').update(s).digest('hex')
const GH_TOKEN = 'gh-token-123'

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }
  ).trim()
}

/** A workspace that is a git repository with these files committed and tagged. */
function gitWorkspace(files: Record<string, string>, tag: string): string {
  const ws = makeWorkspace(files)
  git(ws, 'init', '-q')
  git(ws, 'add', '.')
  git(ws, 'commit', '-qm', tag)
  git(ws, 'tag', tag)
  return ws
}

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'dataset',
    token: GH_TOKEN,
    repository: { description: 'Counts of things, as a repository.', license: { spdx_id: 'MIT' } },
    contributors: [
      { login: 'jane', type: 'User' },
      { login: 'dependabot[bot]', type: 'Bot' },
      { login: 'sam', type: 'User' }
    ],
    users: { jane: { login: 'jane', name: 'Jane Doe' }, sam: { login: 'sam', name: null } },
    releases: [
      {
        id: 7,
        tag_name: 'v1.0',
        name: 'First light',
        body: 'Adds **counts**.\n\n- one\n- two',
        published_at: '2024-03-04T05:06:07Z'
      }
    ],
    assets: {
      7: [
        { id: 70, name: 'data.csv', content: Buffer.from('a,b\n1,2\n') },
        { id: 71, name: 'report.pdf', content: Buffer.from('%PDF-1.4 fake') }
      ]
    }
  })
})
afterEach(async () => gh.close())

const ghEnv = (): Record<string, string> => ({ GITHUB_API_URL: gh.apiUrl })

describe('a zero-config release (no metadata file)', () => {
  const server = useFakeZenodo()

  it('takes title, notes, creators, licence, date and version from the release, as the integration does', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const run = await runAction(inputsFor(server(), { files: 'a.csv', publish: 'true', 'github-token': GH_TOKEN }), {
      workspace: ws,
      ref: 'refs/tags/v1.0',
      env: ghEnv()
    })
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    expect(run.outputs.state).toBe('published')
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.metadata).toMatchObject({
      title: 'octo-org/dataset: First light',
      upload_type: 'software',
      creators: [{ name: 'Jane Doe' }, { name: 'sam' }],
      publication_date: '2024-03-04',
      version: 'v1.0'
    })
    expect(String(dep.metadata.description)).toContain('<strong>counts</strong>')
    expect(String(dep.metadata.description)).toContain('<li>one</li>')
    expect(JSON.stringify(dep.metadata.license)).toMatch(/mit/i)
  })

  it("without release notes uses the repository's description; without a licence sends none", async () => {
    gh.state.releases[0].body = null
    gh.state.repository = { description: 'Counts of things, as a repository.', license: null }
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const run = await runAction(inputsFor(server(), { files: 'a.csv', 'github-token': GH_TOKEN }), {
      workspace: ws,
      ref: 'refs/tags/v1.0',
      env: ghEnv()
    })
    expect(run.errors).toEqual([])
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.metadata.description).toBe('Counts of things, as a repository.')
    // The run sends none; Zenodo's legacy API gives software its own default, as for the webhook.
    expect(dep.metadata.license).toBe('cc-by-4.0')
  })

  it('a metadata file wins field by field, and a GitHub that hangs costs a warning, not the run', async () => {
    gh.state.faults.push({ path: /.*/, action: 'hang' })
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const started = Date.now()
    const run = await runAction(
      inputsFor(
        server(),
        { files: 'a.csv', publish: 'true', 'github-token': GH_TOKEN },
        { ...META, description: 'Mine.' }
      ),
      {
        workspace: ws,
        ref: 'refs/tags/v1.0',
        env: { ...ghEnv(), ZENODO_UPLOAD_GITHUB_TIMEOUT_MS: '300', ZENODO_UPLOAD_GITHUB_BUDGET_MS: '1000' }
      }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.warnings.join('\n')).toMatch(/GitHub's API could not be read/)
    // Bounded: well under the default timeouts (10 s per request, 30 s in all).
    expect(Date.now() - started).toBeLessThan(20_000)
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.metadata.title).toBe('Survey data')
    expect(dep.metadata.description).toBe('Mine.')
  })
})

describe('release-assets', () => {
  const server = useFakeZenodo()

  it('uploads every asset; the GitHub token reaches only the API host, the Zenodo token never GitHub', async () => {
    const ws = makeWorkspace({})
    const inputs = inputsFor(server(), { 'release-assets': 'true', publish: 'true', 'github-token': GH_TOKEN }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1.0', env: ghEnv() })
    expect(run.errors).toEqual([])
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(Object.fromEntries(dep.files.map((f) => [f.key, f.md5]))).toEqual({
      'data.csv': md5('a,b\n1,2\n'),
      'report.pdf': md5('%PDF-1.4 fake')
    })
    expect(gh.requestsTo('assets').length).toBe(2)
    for (const r of gh.requestsTo('assets')) expect(r.authorization).toBeUndefined()
    for (const r of gh.requestsTo('api')) expect(r.authorization).toMatch(new RegExp(`^(token|Bearer) ${GH_TOKEN}$`))
    for (const r of gh.requests) expect(r.authorization ?? '').not.toContain(TOKEN)
    for (const r of server().requests) expect(r.headers.authorization ?? '').not.toContain(GH_TOKEN)
    // A re-run downloads again but sends nothing: the same bytes are already archived.
    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1.0', env: ghEnv() })
    expect(again.code).toBe(0)
    expect(writesSince(server(), before)).toEqual([])
  })

  it('a dry run lists the assets and downloads nothing', async () => {
    const run = await runAction(
      inputsFor(server(), { 'release-assets': 'true', 'dry-run': 'true', 'github-token': GH_TOKEN }, META),
      { workspace: makeWorkspace({}), ref: 'refs/tags/v1.0', env: ghEnv() }
    )
    expect(run.errors).toEqual([])
    expect(run.stdout).toMatch(/data\.csv/)
    expect(run.stdout).toMatch(/report\.pdf/)
    expect(gh.requestsTo('assets')).toEqual([])
    expect(writesSince(server())).toEqual([])
  })

  it('a tag without a release fails clearly (if-no-files-found: error), and only warns with warn', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = inputsFor(server(), { files: 'a.csv', 'release-assets': 'true', 'github-token': GH_TOKEN }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v9', env: ghEnv() })
    expect(run.code).toBe(1)
    expect(run.errors.join('\n')).toMatch(/Tag v9 has no published GitHub release/)
    expect(writesSince(server())).toEqual([])
    const warn = await runAction(
      { ...inputs, 'if-no-files-found': 'warn' },
      { workspace: ws, ref: 'refs/tags/v9', env: ghEnv() }
    )
    expect(warn.code).toBe(0)
    expect(warn.warnings.join('\n')).toMatch(/no published GitHub release/)
  })
})

describe('source-archive, tag back-fill and deposition-id: repository', () => {
  const server = useFakeZenodo()

  it('adds a reproducible {repo}-{tag}.zip of the tag; a re-run skips it', async () => {
    const ws = gitWorkspace({ 'README.md': '# hi\n', 'src/x.py': 'print(1)\n' }, 'v1.0')
    const inputs = inputsFor(server(), { 'source-archive': 'zip', publish: 'true' }, META)
    const run = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1.0' })
    expect(run.errors).toEqual([])
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.files.map((f) => f.key)).toEqual(['dataset-v1.0.zip'])
    const before = server().requests.length
    const again = await runAction(inputs, { workspace: ws, ref: 'refs/tags/v1.0' })
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/Already archived/)
    expect(writesSince(server(), before)).toEqual([])
  })

  it('back-fills an older tag while the checkout is at a later commit: metadata as at the tag', async () => {
    const ws = gitWorkspace(
      { '.zenodo.json': JSON.stringify({ ...META, title: 'Old title' }), 'data.csv': 'new data' },
      'v0.9'
    )
    writeFileSync(path.join(ws, '.zenodo.json'), JSON.stringify({ ...META, title: 'New title' }))
    git(ws, 'commit', '-qam', 'later')
    const run = await runAction(inputsFor(server(), { files: 'data.csv', tag: 'v0.9', 'source-archive': 'tar.gz' }), {
      workspace: ws,
      ref: 'refs/heads/main'
    })
    expect(run.errors).toEqual([])
    expect(run.warnings.join('\n')).toMatch(/The checkout is not at tag v0\.9/)
    const dep = server().deposition(Number(run.outputs['deposition-id']))!
    expect(dep.metadata.title).toBe('Old title')
    expect(dep.metadata.version).toBe('v0.9')
    expect(JSON.stringify(dep.metadata.related_identifiers)).toContain('https://github.com/octo-org/dataset/tree/v0.9')
    expect(dep.files.map((f) => f.key).sort()).toEqual(['data.csv', 'dataset-v0.9.tar.gz'])
  })

  it('deposition-id: repository makes the concept on the first tag and continues it on the next', async () => {
    const inputs = (files: string) =>
      inputsFor(server(), { files, publish: 'true', 'deposition-id': 'repository' }, META)
    const v1 = await runAction(inputs('a.csv'), { workspace: makeWorkspace({ 'a.csv': '1' }), ref: 'refs/tags/v1' })
    expect(v1.errors).toEqual([])
    const v2 = await runAction(inputs('a.csv'), { workspace: makeWorkspace({ 'a.csv': '2' }), ref: 'refs/tags/v2' })
    expect(v2.errors).toEqual([])
    expect(v2.outputs['concept-id']).toBe(v1.outputs['concept-id'])
    expect(v2.outputs['deposition-id']).not.toBe(v1.outputs['deposition-id'])
  })

  it("deletes the webhook's owner/repo-tag.zip file of an inherited version by its file id", async () => {
    const webhook = await server().seedPublished({
      metadata: {
        ...META,
        upload_type: 'software',
        // As the webhook writes it: the tag as the version, the tree at the tag as the link.
        version: 'v0.1',
        related_identifiers: [
          { identifier: 'https://github.com/octo-org/dataset/tree/v0.1', relation: 'isSupplementTo', scheme: 'url' }
        ]
      },
      files: [{ key: 'octo-org/dataset-v0.1.zip', content: 'zipball' }]
    })
    const run = await runAction(
      inputsFor(
        server(),
        { files: 'a.csv', publish: 'true', 'deposition-id': 'repository', 'delete-old-files': 'true' },
        META
      ),
      { workspace: makeWorkspace({ 'a.csv': 'a' }), ref: 'refs/tags/v0.2' }
    )
    expect(run.errors).toEqual([])
    const v2 = server().deposition(Number(run.outputs['deposition-id']))!
    expect(v2.conceptrecid).toBe(webhook.conceptrecid)
    expect(v2.files.map((f) => f.key)).toEqual(['a.csv'])
    expect(writesSince(server()).some((w) => /^DELETE \/api\/deposit\/depositions\/\d+\/files\/[^/]+$/.test(w))).toBe(
      true
    )
  })
})

describe.each([
  ['legacy', 'zenodo'],
  ['rdm', 'zenodo'],
  ['auto', 'invenio']
] as const)('update-metadata (api: %s, %s flavor)', (api, flavor) => {
  const server = useFakeZenodo({ flavor })

  it('edits the published record in place: same record, DOI and files; a re-run settles', async () => {
    const ws = makeWorkspace({ 'a.csv': 'a' })
    const inputs = (extra: Record<string, string>, meta: Record<string, unknown>) =>
      inputsFor(server(), { files: 'a.csv', publish: 'true', api, ...extra }, meta)
    const v1 = await runAction(inputs({}, { ...META, description: 'Frist draft.' }), {
      workspace: ws,
      ref: 'refs/tags/v1'
    })
    expect(v1.errors).toEqual([])
    const fixed = { ...META, description: 'First draft.' }
    const told = await runAction(inputs({}, fixed), { workspace: ws, ref: 'refs/tags/v1' })
    expect(told.code).toBe(0)
    expect(told.warnings.join('\n')).toMatch(/differs from the metadata input in: description.*update-metadata: true/s)
    const before = server().requests.length
    const edited = await runAction(inputs({ 'update-metadata': 'true' }, fixed), { workspace: ws, ref: 'refs/tags/v1' })
    expect(edited.errors).toEqual([])
    expect(edited.outputs['deposition-id']).toBe(v1.outputs['deposition-id'])
    expect(edited.outputs.doi).toBe(v1.outputs.doi)
    expect(edited.outputs.state).toBe('published')
    expect(contentPuts(server(), before)).toEqual([])
    const deps = server().depositions()
    expect(deps).toHaveLength(1)
    expect(deps[0].metadata.description).toBe('First draft.')
    expect(deps[0].files.map((f) => f.key)).toEqual(['a.csv'])
    // What the owner added natively, that the user's format lacks, survives the next edit.
    const id = v1.outputs['deposition-id']
    const headers = {
      Authorization: `Bearer ${TOKEN}`,
      Accept: 'application/vnd.inveniordm.v1+json',
      'Content-Type': 'application/json'
    }
    const base = `${server().url}/api/records/${id}/draft`
    expect((await fetch(base, { method: 'POST', headers })).status).toBe(201)
    const current = (await (await fetch(base, { headers })).json()) as Record<string, Record<string, unknown>>
    const patched = {
      ...current,
      metadata: {
        ...current.metadata,
        additional_titles: [{ title: 'Also known as', type: { id: 'alternative-title' } }]
      }
    }
    expect((await fetch(base, { method: 'PUT', headers, body: JSON.stringify(patched) })).status).toBe(200)
    expect((await fetch(`${base}/actions/publish`, { method: 'POST', headers })).status).toBe(202)
    const third = await runAction(inputs({ 'update-metadata': 'true' }, { ...fixed, description: 'Second.' }), {
      workspace: ws,
      ref: 'refs/tags/v1'
    })
    expect(third.errors).toEqual([])
    const record = (await (await fetch(`${server().url}/api/records/${id}`, { headers })).json()) as {
      metadata: { description?: string; additional_titles?: unknown[] }
    }
    expect(record.metadata.description).toBe('Second.')
    expect(record.metadata.additional_titles).toHaveLength(1)
    const settled = server().requests.length
    const again = await runAction(inputs({ 'update-metadata': 'true' }, { ...fixed, description: 'Second.' }), {
      workspace: ws,
      ref: 'refs/tags/v1'
    })
    expect(again.code).toBe(0)
    expect(writesSince(server(), settled)).toEqual([])
  })
})

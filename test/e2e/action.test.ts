// End to end: the bundled action as the runner runs it, against the fake Zenodo over HTTP.
// Issue "The action": inputs, file search, create/reuse, streaming with MD5, errors, outputs.

import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { bucketUrlOf, contentPuts, fileKeys, inputsFor, useFakeZenodo, writesSince } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const META = JSON.stringify({ title: 'Test dataset', upload_type: 'dataset', creators: [{ name: 'Doe, Jane' }] })
const md5 = (s: string | Buffer): string => createHash('md5').update(s).digest('hex')

const server = useFakeZenodo()

describe('uploading', () => {
  it('creates a deposition, streams the matched files, verifies them and sets every output', async () => {
    const ws = makeWorkspace({
      'dist/pkg-1.0.tar.gz': 'tarball bytes',
      'data/2024/a.csv': 'x,y\n1,2\n',
      'data/2024/scratch-tmp.csv': 'excluded',
      'data/b.csv': 'b,c\n3,4\n',
      'README.md': 'not matched'
    })
    const run = await runAction(
      inputsFor(server(), {
        metadata: META,
        files: 'dist/*.tar.gz\ndata/**/*.csv\ndata/b.csv\n!data/**/scratch-*'
      }),
      { workspace: ws }
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const deps = server().depositions()
    expect(deps).toHaveLength(1)
    const dep = deps[0]
    expect(dep.state).toBe('unsubmitted')
    // b.csv matched by two patterns counts once; scratch excluded.
    expect(dep.files.map((f) => [f.key, f.md5]).sort()).toEqual(
      [
        ['a.csv', md5('x,y\n1,2\n')],
        ['b.csv', md5('b,c\n3,4\n')],
        ['pkg-1.0.tar.gz', md5('tarball bytes')]
      ].sort()
    )
    expect(run.outputs['deposition-id']).toBe(String(dep.id))
    expect(run.outputs['concept-id']).toBe(dep.conceptrecid)
    expect(run.outputs.doi).toBe(`10.5281/zenodo.${dep.id}`)
    expect(run.outputs['doi-url']).toBe(`https://doi.org/10.5281/zenodo.${dep.id}`)
    expect(run.outputs['bucket-url']).toBe(bucketUrlOf(server(), dep))
    // The draft's page: /deposit/<id> on the legacy API, /uploads/<id> on the native one.
    expect(run.outputs['html-url']).toMatch(new RegExp(`/(?:deposit|uploads)/${dep.id}$`))
    expect(run.outputs.state).toBe('draft')
    expect(run.outputs['concept-doi']).toBeUndefined()
    const files = JSON.parse(run.outputs.files) as Array<{ name: string; size: number; md5: string; status: string }>
    expect(files.map((f) => f.status)).toEqual(['uploaded', 'uploaded', 'uploaded'])
    expect(files.find((f) => f.name === 'b.csv')).toEqual({
      name: 'b.csv',
      size: 8,
      md5: md5('b,c\n3,4\n'),
      status: 'uploaded'
    })
    // Log sections.
    for (const group of ['Inputs', 'Files', 'Metadata', 'Plan', 'Uploads'])
      expect(run.stdout).toContain(`::group::${group}`)
    expect(run.summary).toContain('10.5281/zenodo.')
    expect(run.summary).toContain('b.csv')
  })

  it('sends the token only as a Bearer header, with a descriptive User-Agent, and never prints it', async () => {
    const ws = makeWorkspace({ 'a.txt': 'hello' })
    const run = await runAction(inputsFor(server(), { files: 'a.txt' }), { workspace: ws })
    expect(run.code).toBe(0)
    const api = server().requests.filter((r) => !r.path.startsWith('/__fake'))
    expect(api.length).toBeGreaterThan(0)
    for (const r of api) {
      expect(r.path).not.toContain('access_token')
      expect(r.headers.authorization).toBe('Bearer owner-token')
      expect(r.headers['user-agent']).toMatch(
        /^zenodo-upload\/\d+\.\d+\.\d+ \(GitHub Action; \+https:\/\/github\.com\//
      )
    }
    const upload = contentPuts(server())[0]
    expect(upload?.headers['content-type']).toBe('application/octet-stream')
    expect(upload?.headers['content-length']).toBe('5')
    const printed = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(printed.join('\n')).not.toContain('owner-token')
  })

  it('uploads under the NFC base name, percent-encoded in the URL', async () => {
    const nfd = 'cafe\u0301 data (1) #2.csv'
    const ws = makeWorkspace({ [nfd]: 'accent' })
    const run = await runAction(inputsFor(server(), { files: '*.csv' }), { workspace: ws })
    expect(run.code).toBe(0)
    const [dep] = server().depositions()
    expect(dep.files.map((f) => f.key)).toEqual(['caf\u00e9 data (1) #2.csv'])
    const put = contentPuts(server())[0]
    expect(put?.path).toContain(encodeURIComponent('caf\u00e9 data (1) #2.csv'))
  })

  it('uploads a symlink and its target as two names, and a path matched by two patterns once', async () => {
    const ws = makeWorkspace({ 'data/real.csv': '1,2' })
    symlinkSync(path.join(ws, 'data/real.csv'), path.join(ws, 'data/link.csv'))
    const run = await runAction(inputsFor(server(), { files: 'data/*.csv\ndata/real.csv' }), { workspace: ws })
    expect(run.code).toBe(0)
    const [dep] = server().depositions()
    expect(dep.files.map((f) => f.key).sort()).toEqual(['link.csv', 'real.csv'])
  })

  it('uploads into an existing draft given by deposition-id', async () => {
    const ws = makeWorkspace({ 'one.txt': 'one' })
    const first = await runAction(inputsFor(server(), { files: 'one.txt' }), { workspace: ws })
    const id = first.outputs['deposition-id']
    writeFileSync(path.join(ws, 'two.txt'), 'two')
    const second = await runAction(inputsFor(server(), { files: 'two.txt', 'deposition-id': id }), {
      workspace: ws,
      repository: 'someone/else'
    })
    expect(second.code).toBe(0)
    expect(second.outputs['deposition-id']).toBe(id)
    expect(server().depositions()).toHaveLength(1)
    expect(fileKeys(server(), Number(id)).sort()).toEqual(['one.txt', 'two.txt'])
  })

  it('with an empty files input still creates the deposition and sets the outputs', async () => {
    const ws = makeWorkspace({})
    const run = await runAction(inputsFor(server(), { files: '', metadata: META }), { workspace: ws })
    expect(run.code).toBe(0)
    expect(server().depositions()).toHaveLength(1)
    expect(run.outputs['deposition-id']).toBe(String(server().depositions()[0].id))
    expect(run.outputs.files).toBe('[]')
  })
})

describe('if-no-files-found', () => {
  it('error (default) fails naming the pattern, before any request that writes', async () => {
    const ws = makeWorkspace({ 'a.csv': '1' })
    const run = await runAction(inputsFor(server(), { files: 'a.csv\nmissing/*.bin' }), { workspace: ws })
    expect(run.code).toBe(1)
    expect(run.errors.join('\n')).toMatch(/No files were found with the provided path: 'missing\/\*\.bin'/)
    expect(server().requests).toHaveLength(0)
    expect(run.outputs).toEqual({})
  })

  it('warn with nothing matched creates nothing and succeeds', async () => {
    const ws = makeWorkspace({})
    const run = await runAction(inputsFor(server(), { files: 'nothing/*', 'if-no-files-found': 'warn' }), {
      workspace: ws
    })
    expect(run.code).toBe(0)
    expect(run.warnings.join('\n')).toMatch(/No files were found/)
    expect(server().depositions()).toHaveLength(0)
    expect(writesSince(server())).toEqual([])
    expect(run.outputs).toEqual({})
  })

  it('ignore with a deposition-id only reads it, to set its outputs', async () => {
    const ws = makeWorkspace({ 'a.txt': 'a' })
    const first = await runAction(inputsFor(server(), { files: 'a.txt' }), { workspace: ws })
    const before = server().requests.length
    const run = await runAction(
      inputsFor(server(), {
        files: 'nothing/*',
        'if-no-files-found': 'ignore',
        'deposition-id': first.outputs['deposition-id']
      }),
      { workspace: ws }
    )
    expect(run.code).toBe(0)
    expect(run.warnings).toEqual([])
    expect(writesSince(server(), before)).toEqual([])
    expect(run.outputs['deposition-id']).toBe(first.outputs['deposition-id'])
    expect(run.outputs['bucket-url']).toBe(first.outputs['bucket-url'])
    expect(run.outputs.state).toBe('draft')
  })
})

describe('fails early and clearly, leaving nothing behind', () => {
  const cases: Array<[string, Record<string, string>, Record<string, string>, RegExp]> = [
    [
      'a non-numeric deposition-id',
      { 'deposition-id': 'my-dataset' },
      { 'a.txt': 'a' },
      /Input 'deposition-id': 'my-dataset' is not a record/
    ],
    ['a malformed server-url', { 'server-url': 'htp:/nowhere' }, { 'a.txt': 'a' }, /Input 'server-url'/],
    ['another scheme', { 'server-url': 'ftp://zenodo.org' }, { 'a.txt': 'a' }, /Input 'server-url'.*https:\/\//],
    [
      'a bad if-no-files-found',
      { 'if-no-files-found': 'fail' },
      { 'a.txt': 'a' },
      /Input 'if-no-files-found': 'fail' is not one of error, warn, ignore/
    ],
    [
      'two files with one base name',
      { files: '**/same.csv' },
      { 'x/same.csv': '1', 'y/same.csv': '2' },
      /'x\/same\.csv' and 'y\/same\.csv' would both be uploaded as 'same\.csv'/
    ],
    [
      'an empty file',
      { files: '*.txt' },
      { 'a.txt': 'a', 'empty.txt': '' },
      /'empty\.txt' is empty \(0 bytes\); Zenodo rejects empty files/
    ],
    [
      'a malformed metadata file',
      { metadata: 'broken.json' },
      { 'a.txt': 'a', 'broken.json': '{\n  "title": "x",\n  oops\n}' },
      /broken\.json.*3/
    ]
  ]
  it.each(cases)('%s', async (_name, inputs, files, pattern) => {
    const ws = makeWorkspace(files)
    const run = await runAction(inputsFor(server(), { files: '*.txt', ...inputs }), { workspace: ws })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(pattern)
    // No stack trace in the annotation; details only as debug.
    expect(run.errors[0]).not.toMatch(/\n\s+at /)
    expect(writesSince(server())).toEqual([])
    expect(server().depositions()).toHaveLength(0)
    expect(run.outputs).toEqual({})
  })

  it('refuses more than 100 files in the final set before uploading any', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 101; i++) files[`f${i}.txt`] = `file ${i}`
    const ws = makeWorkspace(files)
    const run = await runAction(inputsFor(server(), { files: '*.txt' }), { workspace: ws })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/101 files; Zenodo allows at most 100/)
    expect(writesSince(server())).toEqual([])
  })

  it("explains a 403: wrong token or someone else's deposition", async () => {
    const ws = makeWorkspace({ 'a.txt': 'a' })
    const run = await runAction(inputsFor(server(), { token: 'wrong-token', files: 'a.txt' }), { workspace: ws })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/Permission denied/)
    expect(run.errors[0]).toMatch(/token/)
    expect(run.errors[0]).toMatch(/another account/)
    expect(server().depositions()).toHaveLength(0)
  })

  it('names the id when the deposition does not exist', async () => {
    const ws = makeWorkspace({ 'a.txt': 'a' })
    const run = await runAction(inputsFor(server(), { files: 'a.txt', 'deposition-id': '987654' }), { workspace: ws })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/987654/)
    expect(writesSince(server())).toEqual([])
  })

  it('reports a server refusal with one line per field and keeps the outputs of the draft', async () => {
    const ws = makeWorkspace({ 'a.txt': 'a' })
    server().addFault({
      method: 'POST',
      path: /\/actions\/publish$/,
      action: {
        kind: 'status',
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          status: 400,
          message: 'A validation error occurred.',
          errors: [
            { field: 'metadata.creators', messages: ['Missing data for required field.'] },
            { field: 'metadata.title', messages: ['Shorter than minimum length 3.'] }
          ]
        })
      }
    })
    const run = await runAction(inputsFor(server(), { files: 'a.txt', metadata: META, publish: 'true' }), {
      workspace: ws
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toContain('\nmetadata.creators: Missing data for required field.')
    expect(run.errors[0]).toContain('\nmetadata.title: Shorter than minimum length 3.')
    // What to do, and that nothing was lost.
    expect(run.errors[0]).toMatch(
      /Fix these fields in the metadata \(the metadata input\) and re-run; draft \d+ is kept/
    )
    const [dep] = server().depositions()
    expect(dep.published).toBe(false)
    expect(dep.files).toHaveLength(1)
    expect(run.outputs['deposition-id']).toBe(String(dep.id))
    expect(run.outputs.state).toBe('draft')
    expect(run.summary).toMatch(/failed/i)
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadMetadata } from '../../src/metadata/load.js'
import { MetadataError } from '../../src/metadata/types.js'

const SAMPLES = resolve('test/fixtures/samples')
const FIXTURES = resolve('test/fixtures/metadata')
const CFF = readFileSync(join(SAMPLES, 'cff/sharkdp__hyperfine.cff'), 'utf8')
const ZENODO = readFileSync(join(SAMPLES, 'zenodo-json/scikit-hep__pyhf.json'), 'utf8')

let root: string
let n = 0
/** A fresh workspace holding the given files. */
function workspace(files: Record<string, string>): string {
  const dir = join(root, `ws${n++}`)
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

async function loadError(input: string, ws: string): Promise<MetadataError> {
  try {
    await loadMetadata(input, ws)
  } catch (e) {
    expect(e).toBeInstanceOf(MetadataError)
    return e as MetadataError
  }
  throw new Error(`expected loadMetadata(${input}) to fail`)
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zenodo-metadata-'))
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('.zenodo.json samples', () => {
  const files = readdirSync(join(SAMPLES, 'zenodo-json'))

  it.each(files)('%s loads unchanged', async (file) => {
    const loaded = await loadMetadata(`zenodo-json/${file}`, SAMPLES)
    expect(loaded.source).toBe('zenodo-json')
    expect(loaded.path).toBe(join('zenodo-json', file))
    const raw = JSON.parse(readFileSync(join(SAMPLES, 'zenodo-json', file), 'utf8')) as unknown
    expect(loaded.metadata).toEqual(raw)
    expect(loaded.warnings).toEqual([])
  })

  it("keeps nibabel's old licence id 'mit-license' as given (Zenodo accepts the alias)", async () => {
    const loaded = await loadMetadata('zenodo-json/nipy__nibabel.json', SAMPLES)
    expect(loaded.metadata.license).toBe('mit-license')
    expect(loaded.metadata.creators).toHaveLength(109)
  })

  it('keeps licence objects and upper-case ids as given', async () => {
    const esmval = await loadMetadata('zenodo-json/ESMValGroup__ESMValCore.json', SAMPLES)
    expect(esmval.metadata.license).toEqual({ id: 'Apache-2.0' })
    expect(esmval.metadata.communities).toHaveLength(5)
  })
})

describe('default file choice', () => {
  it('.zenodo.json wins over CITATION.cff, as in Zenodo', async () => {
    const ws = workspace({ '.zenodo.json': ZENODO, 'CITATION.cff': CFF })
    const loaded = await loadMetadata('', ws)
    expect(loaded.source).toBe('zenodo-json')
    expect(loaded.path).toBe('.zenodo.json')
    expect(loaded.metadata.title).toBe('scikit-hep/pyhf: v0.6.2')
  })

  it('falls back to CITATION.cff', async () => {
    const loaded = await loadMetadata('  ', workspace({ 'CITATION.cff': CFF }))
    expect(loaded.source).toBe('cff')
    expect(loaded.path).toBe('CITATION.cff')
    expect(loaded.metadata.title).toBe('hyperfine')
  })

  it('an empty .zenodo.json does not count', async () => {
    for (const empty of ['', '  \n', '{}\n']) {
      const loaded = await loadMetadata('', workspace({ '.zenodo.json': empty, 'CITATION.cff': CFF }))
      expect(loaded.source).toBe('cff')
      expect(loaded.warnings[0]).toBe('.zenodo.json is empty; ignored.')
    }
  })

  it('nothing there → source none, empty metadata', async () => {
    expect(await loadMetadata('', workspace({}))).toEqual({
      source: 'none',
      metadata: {},
      warnings: []
    })
  })

  it('a broken .zenodo.json is an error, not a silent fallback', async () => {
    const ws = workspace({ '.zenodo.json': '{"title": }', 'CITATION.cff': CFF })
    const e = await loadError('', ws)
    expect(e.message).toMatch(/^\.zenodo\.json:1:11: invalid JSON/)
  })
})

describe('explicit paths', () => {
  it('relative and absolute paths; a JSON file with cff-version is read as CFF', async () => {
    const ws = workspace({ 'meta.yml': 'title: From YAML\ncreators:\n  - name: Doe, Jane\n' })
    const rel = await loadMetadata('meta.yml', ws)
    expect(rel).toMatchObject({ source: 'zenodo-json', path: 'meta.yml' })
    expect(rel.metadata).toEqual({ title: 'From YAML', creators: [{ name: 'Doe, Jane' }] })
    const abs = await loadMetadata(join(ws, 'meta.yml'), '/somewhere/else')
    expect(abs.path).toBe(join(ws, 'meta.yml'))
    const cffJson = JSON.stringify({
      'cff-version': '1.2.0',
      title: 'JSON CFF',
      authors: [{ name: 'X Org' }]
    })
    const asCff = await loadMetadata('c.json', workspace({ 'c.json': cffJson }))
    expect(asCff.source).toBe('cff')
    expect(asCff.metadata.creators).toEqual([{ name: 'X Org' }])
  })

  it('a wrapped {"metadata": …} file is unwrapped', async () => {
    const ws = workspace({ 'w.json': JSON.stringify({ metadata: { title: 'Wrapped' } }) })
    expect((await loadMetadata('w.json', ws)).metadata).toEqual({ title: 'Wrapped' })
  })

  it('a missing file names the path', async () => {
    const e = await loadError('docs/zenodo.json', workspace({}))
    expect(e.message).toContain('docs/zenodo.json')
    expect(e.message).toContain('not found')
  })

  it('a directory or an empty file is an error', async () => {
    const ws = workspace({ 'empty.json': '' })
    mkdirSync(join(ws, 'dir'))
    expect((await loadError('dir', ws)).message).toContain('is a directory')
    expect((await loadError('empty.json', ws)).message).toContain('empty.json is empty')
  })

  it('warns about keys Zenodo would silently drop', async () => {
    const ws = workspace({ 'm.json': JSON.stringify({ title: 'Typo', licence: 'MIT', authors: [] }) })
    const loaded = await loadMetadata('m.json', ws)
    expect(loaded.warnings).toHaveLength(1)
    expect(loaded.warnings[0]).toContain('"licence", "authors"')
    expect(loaded.warnings[0]).toContain('cff-version')
  })

  it('accepts upload subtype keys without a warning', async () => {
    const md = { upload_type: 'publication', publication_type: 'article' }
    const ws = workspace({ 'm.json': JSON.stringify(md) })
    expect((await loadMetadata('m.json', ws)).warnings).toEqual([])
  })
})

describe('inline JSON', () => {
  it('plain metadata object', async () => {
    const loaded = await loadMetadata('{"title": "Inline", "upload_type": "dataset"}', '/nowhere')
    expect(loaded).toEqual({
      source: 'inline',
      metadata: { title: 'Inline', upload_type: 'dataset' },
      warnings: []
    })
  })

  it('wrapped in {"metadata": …}, with surrounding whitespace', async () => {
    const loaded = await loadMetadata('\n  {"metadata": {"title": "Wrapped"}}\n', '/nowhere')
    expect(loaded.metadata).toEqual({ title: 'Wrapped' })
  })

  it('no other top-level key next to metadata', async () => {
    const e = await loadError('{"metadata": {"title": "x"}, "files": []}', '/nowhere')
    expect(e.message).toMatch(/^the metadata input \(line 1, column \d+\): files: Unknown field/)
  })

  it('a syntax error names the metadata input and the line and column', async () => {
    const e = await loadError('{\n  "title": "x",\n  "version": 1.0.0\n}', '/nowhere')
    expect(e.message).toMatch(/^the metadata input \(line 3, column 17\): invalid JSON/)
  })
})

describe('malformed files', () => {
  it('JSON: file name and line of the error', async () => {
    const e = await loadError('malformed.json', FIXTURES)
    expect(e.message).toMatch(/^malformed\.json:4:3: invalid JSON: expected "," or "}"/)
  })

  it('JSON that YAML would read is still refused, at the place JSON fails', async () => {
    const ws = workspace({
      'comma.json': '{\n  "title": "x",\n  "upload_type": "software",\n}\n',
      'quotes.json': "{\n  'title': 'x'\n}\n",
      'comment.json': '{\n  "title": "x" # the title\n}\n'
    })
    expect((await loadError('comma.json', ws)).message).toBe('comma.json:4:1: invalid JSON: trailing comma before "}".')
    expect((await loadError('quotes.json', ws)).message).toMatch(/^quotes\.json:2:3: invalid JSON: .*double quotes/)
    expect((await loadError('comment.json', ws)).message).toMatch(/^comment\.json:2:16: invalid JSON/)
  })

  it('YAML: file name and line of the error', async () => {
    const e = await loadError('malformed.cff', FIXTURES)
    // The unclosed quote opens on line 6; yaml itself only notices at the end of the file.
    expect(e.message).toMatch(/^malformed\.cff:6:19: invalid YAML: Missing closing "quote/)
  })

  it('YAML duplicate keys and second documents are errors', async () => {
    const ws = workspace({
      'dup.cff': 'cff-version: 1.2.0\ntitle: a\ntitle: b\n',
      'two.cff': 'cff-version: 1.2.0\ntitle: a\n---\ntitle: b\n'
    })
    expect((await loadError('dup.cff', ws)).message).toMatch(/^dup\.cff:3:1: invalid YAML.*unique/)
    expect((await loadError('two.cff', ws)).message).toMatch(/^two\.cff:4:1: a second YAML document/)
  })

  it('a top level that is not a mapping is an error', async () => {
    const ws = workspace({ 'list.json': '[1, 2]', 'scalar.yml': 'just text\n' })
    expect((await loadError('list.json', ws)).message).toContain('top level must be a mapping')
    expect((await loadError('scalar.yml', ws)).message).toContain('top level must be a mapping')
  })
})

describe('wrong-typed fields', () => {
  it('every problem is named with its field and line', async () => {
    const e = await loadError('wrong-types.json', FIXTURES)
    const lines = e.message.split('\n')
    expect(lines).toEqual([
      expect.stringMatching(/^wrong-types\.json:6:5: metadata\.creators\.1\.name: Missing data/),
      expect.stringMatching(/^wrong-types\.json:8:24: metadata\.keywords\.1: must be a string, got number 42/),
      expect.stringMatching(/^wrong-types\.json:9:14: metadata\.license: Invalid license value provided/)
    ])
    expect(e.fieldPath).toEqual(['creators', 1, 'name'])
  })

  it('title that is not a string, in a YAML metadata file', async () => {
    const ws = workspace({ 'm.yaml': 'upload_type: software\ntitle:\n  - one\n  - two\n' })
    const e = await loadError('m.yaml', ws)
    expect(e.message).toMatch(/^m\.yaml:3:3: metadata\.title: must be a string, got a list/)
  })

  it('wrapped file: paths include metadata once', async () => {
    const ws = workspace({ 'w.json': '{"metadata": {\n  "related_identifiers": {"a": 1}\n}}' })
    const e = await loadError('w.json', ws)
    expect(e.message).toMatch(/^w\.json:2:26: metadata\.related_identifiers: related_identifiers must be a list/)
  })

  it('CITATION.cff type errors point at the CFF line', async () => {
    const cff = 'cff-version: 1.2.0\ntitle: x\nauthors:\n  family-names: Doe\n'
    const ws = workspace({ 'CITATION.cff': cff })
    const e = await loadError('', ws)
    expect(e.message).toMatch(/^CITATION\.cff:4:3: authors: must be a list/)
  })

  it('CITATION.cff warnings are prefixed with the file', async () => {
    const loaded = await loadMetadata('bad-orcid.cff', FIXTURES)
    expect(loaded.warnings[0]).toMatch(/^bad-orcid\.cff: ORCID/)
  })
})

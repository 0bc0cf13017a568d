// Finds and reads the deposition metadata: .zenodo.json, CITATION.cff, another file, or
// inline JSON from the action input. Returns Zenodo legacy metadata plus warnings.

import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { LineCounter, Parser, isNode, isScalar, parseAllDocuments, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import { cffToZenodo } from './cff.js'
import { jsonSyntaxError, linePos } from './json-syntax.js'
import { sanitizeMetadata } from './sanitize.js'
import { MetadataError, describeValue, isPlainObject } from './types.js'
import type { FieldPath, ZenodoMetadata } from './types.js'
import { formatProblems, shapeProblems } from './validate.js'
import { KNOWN_FIELDS, UPLOAD_TYPES } from './vocabulary.js'

export interface LoadedMetadata {
  source: 'zenodo-json' | 'cff' | 'inline' | 'none'
  /** The file read: relative to the workspace when inside it, else absolute. */
  path?: string
  metadata: ZenodoMetadata
  warnings: string[]
}

const INLINE = 'the metadata input'
// Zenodo's GitHub integration reads .zenodo.json and, only without it, CITATION.cff.
const DEFAULT_FILES = ['.zenodo.json', 'CITATION.cff']

/**
 * `input` empty: the workspace's .zenodo.json, else its CITATION.cff, else nothing.
 * `input` starting with "{": inline JSON (plain or wrapped in {"metadata": …}).
 * Otherwise a path, relative to the workspace or absolute.
 */
/** Reads a metadata file's text; undefined when there is none (the default reads the disk). */
export type TextReader = (absolutePath: string) => Promise<string | undefined>

/** `read` reads the files from elsewhere, e.g. from a tag that is not checked out (github/git.ts). */
export async function loadMetadata(input: string, workspace: string, read?: TextReader): Promise<LoadedMetadata> {
  const loaded = await findMetadata(input, workspace, read)
  // After the choice of file: a .zenodo.json left empty by sanitizing still wins, as in Zenodo.
  // CITATION.cff was sanitized in parseFile, where its own field names are known.
  if (loaded.source === 'cff') return loaded
  const clean = sanitizeMetadata(loaded.metadata, loaded.path ?? INLINE)
  return { ...loaded, metadata: clean.metadata, warnings: [...loaded.warnings, ...clean.warnings] }
}

async function findMetadata(input: string, workspace: string, read?: TextReader): Promise<LoadedMetadata> {
  const readText = async (abs: string, display: string): Promise<string | undefined> => {
    const text = read ? await read(abs) : await readDisk(abs, display)
    return text !== undefined && text.startsWith('\uFEFF') ? text.slice(1) : text
  }
  const trimmed = input.trim()
  if (trimmed.startsWith('{')) return loadInline(input)
  if (trimmed !== '') {
    const abs = resolve(workspace, trimmed)
    const text = await readText(abs, displayPath(abs, workspace))
    if (text === undefined) {
      throw new MetadataError(
        `Metadata file ${displayPath(abs, workspace)} not found ` +
          `(looked for ${abs}). Check the metadata input: a path is relative to the workspace.`
      )
    }
    return parseFile(text, abs, workspace)
  }
  const skipped: string[] = []
  for (const name of DEFAULT_FILES) {
    const abs = resolve(workspace, name)
    const text = await readText(abs, name)
    if (text === undefined) continue
    const loaded = text.trim() === '' ? undefined : parseFile(text, abs, workspace)
    if (!loaded || (loaded.source === 'zenodo-json' && Object.keys(loaded.metadata).length === 0)) {
      // An empty .zenodo.json does not count, as in Zenodo's GitHub integration.
      skipped.push(`${name} is empty; ignored.`)
      continue
    }
    loaded.warnings.unshift(...skipped)
    return loaded
  }
  return { source: 'none', metadata: {}, warnings: skipped }
}

async function readDisk(abs: string, display: string): Promise<string | undefined> {
  try {
    return await readFile(abs, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    if (code === 'EISDIR') {
      throw new MetadataError(
        `Metadata file ${display} is a directory; give the path of a ` + '.zenodo.json or CITATION.cff file.'
      )
    }
    throw new MetadataError(`Metadata file ${display} cannot be read: ` + `${(e as Error).message}`, { cause: e })
  }
}

function parseFile(text: string, abs: string, workspace: string): LoadedMetadata {
  const display = displayPath(abs, workspace)
  const warnings: string[] = []
  if (text.trim() === '') {
    throw new MetadataError(
      `Metadata file ${display} is empty; fill it in or leave the ` +
        'metadata input empty to use .zenodo.json or CITATION.cff.'
    )
  }
  const at = (line: number, col: number): string => `${display}:${line}:${col}`
  let value: unknown
  let doc: Document | undefined
  if (abs.toLowerCase().endsWith('.json')) {
    value = parseJson(text, at)
  } else {
    doc = parseYaml(text, at, warnings)
    value = doc.toJS({ maxAliasCount: 100 })
  }
  const locate = locator(text, at, doc)
  if (!isPlainObject(value)) {
    throw new MetadataError(
      `${display}: the top level must be a mapping of metadata fields, ` + `got ${describeValue(value)}.`
    )
  }
  if ('cff-version' in value) {
    // YAML reads `version: 1.10` as the number 1.1: keep the text as written instead.
    const node = doc?.get('version', true)
    if (isScalar(node) && typeof node.value === 'number' && node.source) {
      value.version = node.source
    }
    let metadata: ZenodoMetadata
    try {
      metadata = cffToZenodo(value, (w) => warnings.push(`${display}: ${w}`))
    } catch (e) {
      if (e instanceof MetadataError) {
        const where = (e.fieldPath && locate(e.fieldPath)) ?? display
        throw new MetadataError(`${where}: ${e.message}`, { fieldPath: e.fieldPath, cause: e })
      }
      throw e
    }
    const problems = shapeProblems(metadata)
    if (problems.length > 0) {
      throw new MetadataError(formatProblems(`${display} (converted)`, problems))
    }
    const clean = sanitizeMetadata(metadata, display, value)
    return { source: 'cff', path: display, metadata: clean.metadata, warnings: [...warnings, ...clean.warnings] }
  }
  const metadata = checkZenodoFormat(value, display, locate, warnings)
  return { source: 'zenodo-json', path: display, metadata, warnings }
}

function loadInline(input: string): LoadedMetadata {
  const at = (line: number, col: number): string => `${INLINE} (line ${line}, column ${col})`
  const value = parseJson(input, at)
  const warnings: string[] = []
  if (!isPlainObject(value)) {
    throw new MetadataError(`${INLINE} must be a JSON object of metadata fields.`)
  }
  const metadata = checkZenodoFormat(value, INLINE, locator(input, at), warnings)
  return { source: 'inline', metadata, warnings }
}

/** Validates .zenodo.json-format content and unwraps {"metadata": …}. */
function checkZenodoFormat(
  value: Record<string, unknown>,
  where: string,
  locate: (path: FieldPath) => string | undefined,
  warnings: string[]
): ZenodoMetadata {
  const problems = shapeProblems(value)
  if (problems.length > 0) {
    throw new MetadataError(formatProblems(where, problems, locate), { fieldPath: problems[0].path })
  }
  const metadata = ('metadata' in value ? value.metadata : value) as ZenodoMetadata
  const unknown = Object.keys(metadata).filter((k) => !KNOWN_FIELDS.has(k) && !isSubtypeKey(k))
  if (unknown.length > 0) {
    const looksCff = unknown.some((k) => k === 'authors' || k === 'abstract')
    warnings.push(
      `${where}: Zenodo ignores unknown field(s) ` +
        `${unknown.map((k) => `"${k}"`).join(', ')}` +
        (looksCff ? '. This looks like CITATION.cff content: add "cff-version" to read it so.' : '.')
    )
  }
  return metadata
}

function isSubtypeKey(key: string): boolean {
  return key.endsWith('_type') && key.slice(0, -'_type'.length) in UPLOAD_TYPES
}

// ---------------------------------------------------------------------------------------
// Parsing with positions

type At = (line: number, col: number) => string

function parseJson(text: string, at: At): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (e) {
    const { line, column, message } = jsonSyntaxError(text, e)
    throw new MetadataError(`${at(line, column)}: invalid JSON: ${message}.`, { cause: e })
  }
}

function parseYaml(text: string, at: At, warnings: string[]): Document {
  const lineCounter = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false })
  const pos = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset)
    return at(line, col)
  }
  const list = Array.isArray(docs) ? docs : []
  for (const doc of list) {
    const error = doc.errors[0]
    if (!error) continue
    // yaml reports an unclosed quote at the end of the file; point at where it opens.
    const opened = error.code === 'MISSING_CHAR' ? quoteStart(text, error.pos[0]) : undefined
    const message =
      opened === undefined ? error.message : `${error.message}: the quoted string starting here is never closed`
    throw new MetadataError(`${pos(opened ?? error.pos[0])}: invalid YAML: ${message}`)
  }
  const nonEmpty = list.filter((d) => d.contents !== null)
  if (nonEmpty.length > 1) {
    const second = nonEmpty[1].contents
    const offset = isNode(second) && second.range ? second.range[0] : 0
    throw new MetadataError(
      `${pos(offset)}: a second YAML document starts here; a metadata ` +
        'file must hold exactly one (remove the extra "---" section).'
    )
  }
  const doc = nonEmpty[0] ?? list[0] ?? parseDocument('')
  for (const w of doc.warnings) warnings.push(`${pos(w.pos[0])}: ${w.message}`)
  return doc
}

/** Offset of the quoted scalar that runs up to `offset`, if there is one. */
function quoteStart(text: string, offset: number): number | undefined {
  let found: number | undefined
  const walk = (token: unknown): void => {
    if (typeof token !== 'object' || token === null) return
    if (Array.isArray(token)) {
      token.forEach(walk)
      return
    }
    const t = token as { type?: unknown; offset?: unknown; source?: unknown }
    if (
      (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') &&
      typeof t.offset === 'number' &&
      typeof t.source === 'string' &&
      t.offset <= offset &&
      offset <= t.offset + t.source.length
    ) {
      found = t.offset
    }
    Object.values(token).forEach(walk)
  }
  for (const token of new Parser().parse(text)) walk(token)
  return found
}

/** Maps a field path to "file:line:col" (lazily parsing a JSON text as YAML for positions). */
function locator(text: string, at: At, parsed?: Document): (path: FieldPath) => string | undefined {
  let doc = parsed
  return (path) => {
    doc ??= parseDocument(text, { uniqueKeys: false, prettyErrors: false })
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
      if (isNode(node) && node.range) {
        const { line, column } = linePos(text, node.range[0])
        return at(line, column)
      }
    }
    return undefined
  }
}

function displayPath(abs: string, workspace: string): string {
  const rel = relative(resolve(workspace), abs)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs
}

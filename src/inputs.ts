import * as path from 'node:path'
import * as core from '@actions/core'
import { Inputs, NoFileOptions, SANDBOX_URL, ZENODO_URL } from './constants.js'
import { UserError } from './errors.js'
import { addSecret } from './log.js'

/** A bad input value. The message names the input and says what to do. */
export class InputError extends UserError {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
    this.name = 'InputError'
  }
}

export interface Settings {
  token: string
  /** Glob lines as given; `!` lines exclude. Empty means "no files this run". */
  patterns: string[]
  /** The record the run targets, from `deposition-id`; undefined means create or find our own draft. */
  depositionId?: number
  /** `deposition-id` as given (for messages). */
  depositionInput: string
  /** Base URL without a trailing `/` or `/api`, e.g. https://zenodo.org. */
  serverUrl: string
  ifNoFilesFound: NoFileOptions
  concurrency: number
  publish: boolean
  deleteOldFiles: boolean
  /** `metadata` as given: a path, inline JSON, or empty for the workspace default. */
  metadata: string
  /** `version` input; undefined when empty (the tag name is used then, see main). */
  version?: string
  dryRun: boolean
  /** Archive file name to pack matched files into, or undefined. */
  archive?: string
  /** Tells apart several datasets from one tag; undefined means the tag's one record. */
  dataset?: string
  workspace: string
}

const ZENODO_DOI = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?10\.5281\/zenodo\.(\d+)$/i
const RECORD_URL = /^https?:\/\/[^/]+\/(?:records?|deposit|uploads)\/(\d+)\/?(?:[?#].*)?$/i
const MAX_CONCURRENCY = 16

/**
 * Turns `deposition-id` into a record id. Accepts an id, a Zenodo DOI in any usual spelling,
 * or a record/deposit page URL; whether it names a draft, a version or a concept is found
 * out later from the server.
 */
export function parseDepositionId(value: string): number | undefined {
  const text = value.trim()
  if (text === '') return undefined
  const match = /^\d+$/.test(text) ? [text, text] : (ZENODO_DOI.exec(text) ?? RECORD_URL.exec(text))
  const id = match ? Number(match[1]) : NaN
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new InputError(
      Inputs.DepositionId,
      `'${text}' is not a Zenodo record. Give a numeric id (e.g. 1234567), a Zenodo DOI ` +
        `(10.5281/zenodo.1234567) or a record URL (https://zenodo.org/records/1234567).`
    )
  }
  return id
}

/** Normalises the base URL: tolerates a trailing `/` or `/api`; only http(s). */
export function parseServerUrl(serverUrl: string, sandbox: boolean): string {
  const given = serverUrl.trim()
  if (given === '') return sandbox ? SANDBOX_URL : ZENODO_URL
  let url: URL
  try {
    url = new URL(given)
  } catch {
    throw new InputError(Inputs.ServerUrl, `'${given}' is not a valid URL (e.g. https://zenodo.org).`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(Inputs.ServerUrl, `'${given}' must start with https:// (or http:// for a local test server).`)
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(Inputs.ServerUrl, `'${given}' must be a plain base URL such as https://zenodo.org.`)
  }
  const base = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '')
  return `${url.protocol}//${url.host}${base}`
}

export function isLoopback(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

function parseBoolean(name: Inputs, fallback: boolean): boolean {
  const value = core.getInput(name).trim()
  if (value === '') return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new InputError(name, `'${value}' is not a boolean; use true or false.`)
}

function parseIfNoFilesFound(): NoFileOptions {
  const value = core.getInput(Inputs.IfNoFilesFound).trim() || NoFileOptions.error
  if (!Object.values<string>(NoFileOptions).includes(value)) {
    throw new InputError(Inputs.IfNoFilesFound, `'${value}' is not one of error, warn, ignore.`)
  }
  return value as NoFileOptions
}

function parseConcurrency(): number {
  const value = core.getInput(Inputs.Concurrency).trim()
  if (value === '') return 3
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) {
    throw new InputError(Inputs.Concurrency, `'${value}' must be a whole number from 1 to ${MAX_CONCURRENCY}.`)
  }
  return n
}

function parseArchive(): string | undefined {
  const value = core.getInput(Inputs.Archive).trim()
  if (value === '') return undefined
  if (value.includes('/') || value.includes('\\') || !/\.(zip|tar\.gz|tgz)$/i.test(value)) {
    throw new InputError(
      Inputs.Archive,
      `'${value}' must be a file name ending in .zip, .tar.gz or .tgz (no directories).`
    )
  }
  return value.normalize('NFC')
}

function parseDataset(): string | undefined {
  const value = core.getInput(Inputs.Dataset).trim()
  if (value === '') return undefined
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value) || value.length > 100) {
    throw new InputError(Inputs.Dataset, 'must be one line of at most 100 characters, e.g. figures or raw-data.')
  }
  return value
}

/** Reads and validates every input. Throws InputError on the first bad value. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const token = core.getInput(Inputs.Token).trim()
  // Mask before anything else can print it.
  if (token) {
    core.setSecret(token)
    addSecret(token)
  }
  if (!token) {
    throw new InputError(
      Inputs.Token,
      'is required. Pass a Zenodo personal access token from a secret: token: ${{ secrets.ZENODO_TOKEN }}'
    )
  }
  if (/\s/.test(token))
    throw new InputError(Inputs.Token, 'contains whitespace; check the secret for a stray newline or space.')

  const sandbox = parseBoolean(Inputs.Sandbox, false)
  const serverUrl = parseServerUrl(core.getInput(Inputs.ServerUrl), sandbox)
  const filesInput = core.getInput(Inputs.Files)
  // Lines starting with # are comments, as in @actions/glob.
  const patterns = filesInput
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  if (patterns.length === 0 && filesInput.trim() !== '') {
    throw new InputError(
      Inputs.Files,
      'has only comment lines (starting with #). Leave it empty for "no files this run"; ' +
        'to match a name that starts with #, write [#] (e.g. [#]1-results.csv).'
    )
  }
  const depositionInput = core.getInput(Inputs.DepositionId).trim()
  const settings: Settings = {
    token,
    patterns,
    depositionId: parseDepositionId(depositionInput),
    depositionInput,
    serverUrl,
    ifNoFilesFound: parseIfNoFilesFound(),
    concurrency: parseConcurrency(),
    publish: parseBoolean(Inputs.Publish, false),
    deleteOldFiles: parseBoolean(Inputs.DeleteOldFiles, false),
    metadata: core.getInput(Inputs.Metadata).trim(),
    version: core.getInput(Inputs.Version).trim() || undefined,
    dryRun: parseBoolean(Inputs.DryRun, false),
    archive: parseArchive(),
    dataset: parseDataset(),
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  }
  const urlHost = RECORD_URL.test(depositionInput) ? new URL(depositionInput).host : undefined
  if (urlHost && urlHost !== new URL(serverUrl).host) {
    // Record numbers differ between servers: the same id on another server is another record.
    throw new InputError(
      Inputs.DepositionId,
      `'${depositionInput}' is a record on ${urlHost}, but the server is ${new URL(serverUrl).host}. ` +
        `Set server-url (or sandbox: true) to match, or give the id or DOI.`
    )
  }
  if (settings.deleteOldFiles && patterns.length === 0) {
    throw new InputError(
      Inputs.DeleteOldFiles,
      "is true but 'files' is empty: that would delete every file in the deposition. Set files, or turn delete-old-files off."
    )
  }
  return settings
}

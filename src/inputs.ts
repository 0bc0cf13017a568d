import * as path from 'node:path'
import * as core from '@actions/core'
import { Inputs, NoFileOptions, REPOSITORY_CONCEPT, SANDBOX_URL, SourceArchiveOption, ZENODO_URL } from './constants.js'
import { UserError } from './errors.js'
import { CONTROL } from './files/search.js'
import { addSecret } from './log.js'
import type { FileAccess } from './metadata/merge.js'
import { ApiChoice } from './repository/select.js'

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
  depositionId?: string
  /** `deposition-id: repository`: a new version of this repository's newest published concept. */
  repositoryConcept: boolean
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
  /** Which API to speak: decided by a probe (auto), or forced. */
  api: ApiChoice
  /**
   * The `access`, `embargo-until` and `embargo-reason` inputs; undefined when none is given, so
   * that the metadata file's `access_right` decides. Files are restricted under an embargo.
   */
  access?: FileAccess
  /** Community slugs or ids, one per line: the first reviews a first version, the rest include it. */
  communities: string[]
  /** For the GitHub REST API (release metadata, assets); empty outside Actions or when unset. */
  githubToken: string
  sourceArchive: SourceArchiveOption
  submodules: boolean
  releaseAssets: boolean
  /** The tag to archive (`tag` input); undefined means the tag the workflow runs for. */
  tag?: string
  updateMetadata: boolean
  workspace: string
}

const ZENODO_DOI = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?10\.5281\/zenodo\.(\d+)$/i
const OTHER_DOI = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i
const RECORD_URL = /^https?:\/\/[^/]+\/(?:records?|deposit|uploads)\/([A-Za-z0-9-]+)\/?(?:[?#].*)?$/i
/** InvenioRDM's record ids: five and five characters of Crockford base32 (`abcde-12345`). */
const NATIVE_ID = /^[a-z0-9]{5}-[a-z0-9]{5}$/i
const MAX_CONCURRENCY = 16

/**
 * Turns `deposition-id` into what names a record: a numeric Zenodo id, an InvenioRDM id
 * (`abcde-12345`), a DOI (Zenodo's give their id; others are resolved through the instance's
 * search), or a record or deposit page URL. Whether it names a draft, a version or a concept is
 * found out later from the server.
 */
export function parseDepositionId(value: string): string | undefined {
  const text = value.trim()
  if (text === '') return undefined
  if (/^\d+$/.test(text) && Number(text) > 0 && Number.isSafeInteger(Number(text))) return String(Number(text))
  if (NATIVE_ID.test(text)) return text.toLowerCase()
  const zenodo = ZENODO_DOI.exec(text)
  if (zenodo) return String(Number(zenodo[1]))
  const url = RECORD_URL.exec(text)
  if (url && (/^\d+$/.test(url[1]) ? Number(url[1]) > 0 : NATIVE_ID.test(url[1]))) return url[1]
  const doi = OTHER_DOI.exec(text)
  if (doi) return doi[1]
  throw new InputError(
    Inputs.DepositionId,
    `'${text}' is not a record. Give a numeric Zenodo id (e.g. 1234567), an InvenioRDM id (abcde-12345), a DOI ` +
      `(10.5281/zenodo.1234567) or a record URL (https://zenodo.org/records/1234567).`
  )
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

function parseApi(): ApiChoice {
  const value = core.getInput(Inputs.Api).trim() || ApiChoice.auto
  if (!Object.values<string>(ApiChoice).includes(value)) {
    throw new InputError(Inputs.Api, `'${value}' is not one of auto, legacy, rdm.`)
  }
  return value as ApiChoice
}

function parseDataset(): string | undefined {
  const value = core.getInput(Inputs.Dataset).trim()
  if (value === '') return undefined
  if (CONTROL.test(value) || value.length > 100) {
    throw new InputError(Inputs.Dataset, 'must be one line of at most 100 characters, e.g. figures or raw-data.')
  }
  return value
}

/** A real calendar date, YYYY-MM-DD, after `today` (servers refuse an embargo that ends today or earlier). */
function parseEmbargoUntil(today: string): string | undefined {
  const value = core.getInput(Inputs.EmbargoUntil).trim()
  if (value === '') return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new InputError(Inputs.EmbargoUntil, `'${value}' is not a date; write it as YYYY-MM-DD, e.g. 2030-01-31.`)
  }
  if (value <= today) {
    throw new InputError(
      Inputs.EmbargoUntil,
      `${value} is not in the future (today is ${today}, UTC): an embargo must end after today.`
    )
  }
  return value
}

/** `access`, `embargo-until` and `embargo-reason`: undefined when none is given. */
export function parseAccess(today: string): FileAccess | undefined {
  const given = core.getInput(Inputs.Access).trim()
  if (given !== '' && given !== 'public' && given !== 'restricted') {
    throw new InputError(Inputs.Access, `'${given}' is not one of public, restricted.`)
  }
  const until = parseEmbargoUntil(today)
  const reason = core.getInput(Inputs.EmbargoReason).trim()
  if (reason !== '' && until === undefined) {
    throw new InputError(
      Inputs.EmbargoReason,
      `is set but '${Inputs.EmbargoUntil}' is empty: a reason needs an embargo date.`
    )
  }
  if (until !== undefined) {
    return { files: 'restricted', embargo: reason === '' ? { until } : { until, reason } }
  }
  return given === '' ? undefined : { files: given as FileAccess['files'] }
}

/** `community`: slugs (`my-lab`) or ids (UUIDs), one per line, duplicates dropped. */
function parseCommunities(): string[] {
  const lines = core
    .getInput(Inputs.Community)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
  for (const l of lines) {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(l)) {
      throw new InputError(
        Inputs.Community,
        `'${l.slice(0, 100)}' is not a community slug or id: give the last part of the community's address ` +
          `(https://zenodo.org/communities/<slug>), one per line.`
      )
    }
  }
  return [...new Set(lines)]
}

function parseSourceArchive(): SourceArchiveOption {
  const value = core.getInput(Inputs.SourceArchive).trim() || SourceArchiveOption.none
  if (!Object.values<string>(SourceArchiveOption).includes(value)) {
    throw new InputError(Inputs.SourceArchive, `'${value}' is not one of none, zip, tar.gz.`)
  }
  return value as SourceArchiveOption
}

/** A git tag name (git check-ref-format's rules, roughly); `refs/tags/` is tolerated. */
function parseTag(): string | undefined {
  const value = core
    .getInput(Inputs.Tag)
    .trim()
    .replace(/^refs\/tags\//, '')
  if (value === '') return undefined
  if (
    /[\u0000-\u0020\u007f~^:?*[\\]/.test(value) ||
    value.startsWith('-') ||
    value.startsWith('/') ||
    value.endsWith('/') ||
    value.endsWith('.') ||
    value.includes('..') ||
    value.includes('@{') ||
    value.length > 200
  ) {
    throw new InputError(Inputs.Tag, `'${value.slice(0, 100)}' is not a git tag name (e.g. v1.2.0).`)
  }
  return value
}

/** Reads and validates every input. Throws InputError on the first bad value. */
export function getInputs(
  env: NodeJS.ProcessEnv = process.env,
  today = new Date().toISOString().slice(0, 10)
): Settings {
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
  const repositoryConcept = depositionInput === REPOSITORY_CONCEPT
  const githubToken = core.getInput(Inputs.GithubToken).trim()
  if (githubToken) {
    core.setSecret(githubToken)
    addSecret(githubToken)
  }
  const settings: Settings = {
    token,
    patterns,
    depositionId: repositoryConcept ? undefined : parseDepositionId(depositionInput),
    repositoryConcept,
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
    api: parseApi(),
    access: parseAccess(today),
    communities: parseCommunities(),
    githubToken,
    sourceArchive: parseSourceArchive(),
    submodules: parseBoolean(Inputs.Submodules, false),
    releaseAssets: parseBoolean(Inputs.ReleaseAssets, false),
    tag: parseTag(),
    updateMetadata: parseBoolean(Inputs.UpdateMetadata, false),
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
  if (settings.submodules && settings.sourceArchive === SourceArchiveOption.none) {
    throw new InputError(
      Inputs.Submodules,
      "is true but 'source-archive' is none: submodules are added to the source archive. Set source-archive: zip (or tar.gz)."
    )
  }
  const generated = settings.sourceArchive !== SourceArchiveOption.none || settings.releaseAssets
  if (settings.deleteOldFiles && patterns.length === 0 && !generated) {
    throw new InputError(
      Inputs.DeleteOldFiles,
      "is true but 'files' is empty: that would delete every file in the deposition. Set files, or turn delete-old-files off."
    )
  }
  return settings
}

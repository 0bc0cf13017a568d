// Input and output names live here once, so action.yml, the parser and the tests agree.
export enum Inputs {
  Token = 'token',
  Files = 'files',
  DepositionId = 'deposition-id',
  ServerUrl = 'server-url',
  Sandbox = 'sandbox',
  IfNoFilesFound = 'if-no-files-found',
  Concurrency = 'concurrency',
  Publish = 'publish',
  DeleteOldFiles = 'delete-old-files',
  Metadata = 'metadata',
  Version = 'version',
  DryRun = 'dry-run',
  Archive = 'archive',
  Dataset = 'dataset',
  Api = 'api',
  Access = 'access',
  EmbargoUntil = 'embargo-until',
  EmbargoReason = 'embargo-reason',
  Community = 'community',
  GithubToken = 'github-token',
  SourceArchive = 'source-archive',
  Submodules = 'submodules',
  ReleaseAssets = 'release-assets',
  Tag = 'tag',
  UpdateMetadata = 'update-metadata'
}

export enum SourceArchiveOption {
  none = 'none',
  zip = 'zip',
  targz = 'tar.gz'
}

/** The `deposition-id` value that means "the concept of this repository's newest published record". */
export const REPOSITORY_CONCEPT = 'repository'

export enum Outputs {
  DepositionId = 'deposition-id',
  ConceptId = 'concept-id',
  Doi = 'doi',
  ConceptDoi = 'concept-doi',
  DoiUrl = 'doi-url',
  BucketUrl = 'bucket-url',
  HtmlUrl = 'html-url',
  State = 'state',
  Files = 'files',
  ReviewUrl = 'review-url'
}

export enum NoFileOptions {
  /** Fail the run: a pattern that matches nothing is usually a typo or a failed build. */
  error = 'error',
  warn = 'warn',
  ignore = 'ignore'
}

export const ZENODO_URL = 'https://zenodo.org'
export const SANDBOX_URL = 'https://sandbox.zenodo.org'

/** Zenodo's per-record limits (zenodo/zenodo-rdm `invenio.cfg`: RDM_FILES_DEFAULT_QUOTA_SIZE, RDM_RECORDS_MAX_FILES_COUNT). */
export const MAX_FILES = 100
export const QUOTA_BYTES = 50e9
export const MAX_KEY_LENGTH = 255

/** Kept equal to package.json's version by a test; sent in the User-Agent. */
export const ACTION_VERSION = '1.0.0'

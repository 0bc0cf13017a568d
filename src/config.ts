// Knobs read from the environment, all in one place. Tests and benchmarks set them to shrink
// waits; users never need to (action.yml does not mention them).

export interface Knobs {
  /** ZENODO_UPLOAD_RETRY_BASE_MS: the first backoff, doubled per retry (default 1 s). */
  retryBaseMs?: number
  /** ZENODO_UPLOAD_IDLE_TIMEOUT_MS: no byte moving for this long fails an attempt (default 2 min). */
  idleTimeoutMs?: number
  /** ZENODO_UPLOAD_PROGRESS_INTERVAL_MS: how often a long upload logs its progress. */
  progressIntervalMs: number
  /**
   * ZENODO_UPLOAD_SETTLE_MS: once its fresh draft shows in the search, how much longer the run
   * waits before it compares drafts with a concurrent run: one refresh of the search index
   * (OpenSearch's default `index.refresh_interval`), for a draft created a moment earlier whose
   * request reached the index a moment later.
   */
  settleMs: number
  /** ZENODO_UPLOAD_MAX_WAIT_MS: the longest single pause for a rate limit or Retry-After. */
  maxWaitMs: number
  /**
   * ZENODO_UPLOAD_MULTIPART_MIB: on the InvenioRDM records API, files above this many MiB go up
   * in parts of this size (default and cap MULTIPART_MIB; fractions allowed for tests).
   * ZENODO_UPLOAD_CHECKSUM_WAIT_MS: how long a multipart file may wait for its MD5 after the commit.
   */
  multipartBytes: number
  checksumWaitMs: number
  /**
   * ZENODO_UPLOAD_GITHUB_TIMEOUT_MS: one GitHub API request, or a release asset's download sitting
   * idle, may take this long (default 10 s). ZENODO_UPLOAD_GITHUB_BUDGET_MS: the metadata look-ups
   * (release, repository, contributors) end within this from the first (default 30 s). They only
   * fill in defaults, so a GitHub that is away must cost a run seconds, not minutes.
   */
  githubTimeoutMs: number
  githubBudgetMs: number
}

export const DEFAULT_SETTLE_MS = 1000
export const DEFAULT_MAX_WAIT_MS = 300_000
/** Multipart threshold and part size: upstream's parts may be up to 5 GiB, we keep them at 100 MiB. */
export const MULTIPART_MIB = 100
/** The background task recomputing a multipart file's MD5 usually runs within seconds. */
export const DEFAULT_CHECKSUM_WAIT_MS = 300_000
export const DEFAULT_GITHUB_TIMEOUT_MS = 10_000
export const DEFAULT_GITHUB_BUDGET_MS = 30_000

function positive(value: string | undefined): number | undefined {
  const n = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined
}

function nonNegative(value: string | undefined): number | undefined {
  const n = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined
}

export function readKnobs(env: NodeJS.ProcessEnv = process.env): Knobs {
  return {
    retryBaseMs: positive(env.ZENODO_UPLOAD_RETRY_BASE_MS),
    idleTimeoutMs: positive(env.ZENODO_UPLOAD_IDLE_TIMEOUT_MS),
    progressIntervalMs: positive(env.ZENODO_UPLOAD_PROGRESS_INTERVAL_MS) ?? 10_000,
    settleMs: nonNegative(env.ZENODO_UPLOAD_SETTLE_MS) ?? DEFAULT_SETTLE_MS,
    maxWaitMs: positive(env.ZENODO_UPLOAD_MAX_WAIT_MS) ?? DEFAULT_MAX_WAIT_MS,
    multipartBytes: Math.ceil(
      Math.min(positive(env.ZENODO_UPLOAD_MULTIPART_MIB) ?? MULTIPART_MIB, MULTIPART_MIB) * 2 ** 20
    ),
    checksumWaitMs: nonNegative(env.ZENODO_UPLOAD_CHECKSUM_WAIT_MS) ?? DEFAULT_CHECKSUM_WAIT_MS,
    githubTimeoutMs: positive(env.ZENODO_UPLOAD_GITHUB_TIMEOUT_MS) ?? DEFAULT_GITHUB_TIMEOUT_MS,
    githubBudgetMs: positive(env.ZENODO_UPLOAD_GITHUB_BUDGET_MS) ?? DEFAULT_GITHUB_BUDGET_MS
  }
}

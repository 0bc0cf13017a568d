// The GitHub context, read from the runner's environment (no @actions/github needed).

export interface GitHubContext {
  serverUrl: string
  repository: string
  ref: string
  sha: string
  refType: 'tag' | 'branch' | 'other'
  refName: string
}

/** Undefined when GITHUB_REPOSITORY is unset, i.e. not running under GitHub Actions. */
export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext | undefined {
  const repository = env.GITHUB_REPOSITORY?.trim()
  if (!repository) return undefined
  const serverUrl = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '')
  const ref = env.GITHUB_REF?.trim() ?? ''
  const sha = env.GITHUB_SHA?.trim() ?? ''
  let refType: GitHubContext['refType'] = 'other'
  let refName = env.GITHUB_REF_NAME?.trim() ?? ''
  if (ref.startsWith('refs/tags/')) {
    refType = 'tag'
    refName = ref.slice('refs/tags/'.length)
  } else if (ref.startsWith('refs/heads/')) {
    refType = 'branch'
    refName = ref.slice('refs/heads/'.length)
  } else if (!ref && (env.GITHUB_REF_TYPE === 'tag' || env.GITHUB_REF_TYPE === 'branch')) {
    refType = env.GITHUB_REF_TYPE
  }
  return { serverUrl, repository, ref, sha, refType, refName }
}

/** 'v1.2.0' for refs/tags/v1.2.0; undefined for branches and other refs. */
export function tagName(ctx?: GitHubContext): string | undefined {
  return ctx?.refType === 'tag' && ctx.refName ? ctx.refName : undefined
}

/**
 * The tree URL Zenodo's GitHub integration links (`…/tree/<tag>`). Branches use the branch
 * name; other refs (pull-request merge refs such as `1/merge`) have no tree page, so the
 * commit sha is used for them.
 */
export function treeUrl(ctx: GitHubContext): string {
  const target = ctx.refType === 'other' ? ctx.sha || ctx.refName : ctx.refName || ctx.sha
  // '#' and '%' are legal in ref names but would break the URL.
  const path = target.replace(/%/g, '%25').replace(/#/g, '%23')
  return `${ctx.serverUrl}/${ctx.repository}/tree/${path}`
}

/** The context as if the workflow ran for this tag (the `tag` input): the marker and version follow it. */
export function atTag(ctx: GitHubContext, tag: string | undefined): GitHubContext {
  if (tag === undefined) return ctx
  return { ...ctx, ref: `refs/tags/${tag}`, refType: 'tag', refName: tag }
}

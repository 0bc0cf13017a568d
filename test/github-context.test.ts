import { describe, expect, it } from '@jest/globals'
import { readGitHubContext, tagName, treeUrl } from '../src/github/context.js'

const BASE = { GITHUB_REPOSITORY: 'octo/proj', GITHUB_SHA: 'f00dfeed' }

describe('readGitHubContext', () => {
  it('undefined outside GitHub Actions', () => {
    expect(readGitHubContext({})).toBeUndefined()
    expect(readGitHubContext({ GITHUB_REF: 'refs/tags/v1' })).toBeUndefined()
  })

  it('tag ref', () => {
    const ctx = readGitHubContext({ ...BASE, GITHUB_REF: 'refs/tags/v1.2.0' })
    expect(ctx).toEqual({
      serverUrl: 'https://github.com',
      repository: 'octo/proj',
      ref: 'refs/tags/v1.2.0',
      sha: 'f00dfeed',
      refType: 'tag',
      refName: 'v1.2.0'
    })
    expect(tagName(ctx)).toBe('v1.2.0')
    expect(treeUrl(ctx!)).toBe('https://github.com/octo/proj/tree/v1.2.0')
  })

  it('branch ref with a slash, on GitHub Enterprise', () => {
    const ctx = readGitHubContext({
      ...BASE,
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_REF: 'refs/heads/release/2.x'
    })!
    expect(ctx).toMatchObject({
      refType: 'branch',
      refName: 'release/2.x',
      serverUrl: 'https://ghe.example.com'
    })
    expect(tagName(ctx)).toBeUndefined()
    expect(treeUrl(ctx)).toBe('https://ghe.example.com/octo/proj/tree/release/2.x')
  })

  it('pull-request refs link the commit', () => {
    const env = { ...BASE, GITHUB_REF: 'refs/pull/7/merge', GITHUB_REF_NAME: '7/merge' }
    const ctx = readGitHubContext(env)!
    expect(ctx).toMatchObject({ refType: 'other', refName: '7/merge' })
    expect(tagName(ctx)).toBeUndefined()
    expect(treeUrl(ctx)).toBe('https://github.com/octo/proj/tree/f00dfeed')
  })

  it('no ref at all: the sha', () => {
    const ctx = readGitHubContext(BASE)!
    expect(ctx).toMatchObject({ ref: '', refType: 'other', refName: '' })
    expect(treeUrl(ctx)).toBe('https://github.com/octo/proj/tree/f00dfeed')
  })

  it('escapes # in tag names', () => {
    const ctx = readGitHubContext({ ...BASE, GITHUB_REF: 'refs/tags/v1#rc' })!
    expect(treeUrl(ctx)).toBe('https://github.com/octo/proj/tree/v1%23rc')
  })

  it('tagName of undefined is undefined', () => {
    expect(tagName(undefined)).toBeUndefined()
  })
})

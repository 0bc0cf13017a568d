import { describe, it, expect } from '@jest/globals'
import { canonical, checkLimits, filesToHash, holdsFiles, planFiles } from '../src/plan/plan.js'
import type { LocalFile } from '../src/files/search.js'
import type { RemoteFile } from '../src/repository/types.js'

const local = (name: string, size = 10): LocalFile => ({ name, size, path: `/ws/${name}`, relativePath: name })
const remote = (name: string, md5: string, size = 10): RemoteFile => ({ id: name, key: name, size, md5 })

describe('planFiles', () => {
  it('uploads new files, skips identical ones, replaces changed ones', () => {
    const md5 = new Map([
      ['same.csv', 'aaa'],
      ['changed.csv', 'bbb']
    ])
    const plans = planFiles(
      [local('same.csv'), local('changed.csv'), local('new.csv')],
      md5,
      [remote('same.csv', 'aaa'), remote('changed.csv', 'old')],
      false
    )
    expect(plans.map((p) => [p.name, p.action])).toEqual([
      ['same.csv', 'skip'],
      ['changed.csv', 'replace'],
      ['new.csv', 'upload']
    ])
  })

  it('deletes only what this run does not upload, never an unchanged file', () => {
    const md5 = new Map([['keep.csv', 'k']])
    const plans = planFiles([local('keep.csv')], md5, [remote('keep.csv', 'k'), remote('inherited.bin', 'i')], true)
    expect(plans.map((p) => [p.name, p.action])).toEqual([
      ['keep.csv', 'skip'],
      ['inherited.bin', 'delete']
    ])
  })

  it('keeps inherited files without delete-old-files', () => {
    const plans = planFiles([local('a')], new Map(), [remote('old', 'x')], false)
    expect(plans.map((p) => p.action)).toEqual(['upload'])
  })

  it('does not skip when the size differs even if md5 was not computed', () => {
    const plans = planFiles([local('a', 11)], new Map(), [remote('a', 'x', 10)], false)
    expect(plans[0].action).toBe('replace')
  })
})

describe('filesToHash', () => {
  it('hashes only files with a same-name, same-size remote twin', () => {
    expect(
      filesToHash([local('a', 5), local('b', 6), local('c')], [remote('a', 'x', 5), remote('b', 'x', 7)]).map(
        (f) => f.name
      )
    ).toEqual(['a'])
  })
})

describe('checkLimits', () => {
  it('counts the final set: remote plus new minus deleted', () => {
    const remoteFiles = Array.from({ length: 99 }, (_, i) => remote(`r${i}`, 'x'))
    const ok = checkLimits(planFiles([local('n1')], new Map(), remoteFiles, false), remoteFiles)
    expect(ok.count).toBe(100)
    expect(ok.errors).toEqual([])
    const over = checkLimits(planFiles([local('n1'), local('n2')], new Map(), remoteFiles, false), remoteFiles)
    expect(over.count).toBe(101)
    expect(over.errors[0]).toMatch(/101 files.*at most 100/)
    const replaced = checkLimits(planFiles([local('r1'), local('n2')], new Map(), remoteFiles, true), remoteFiles)
    expect(replaced.count).toBe(2)
  })

  it('warns above 50 GB', () => {
    const big = checkLimits(planFiles([local('huge', 51e9)], new Map(), [], false), [])
    expect(big.errors).toEqual([])
    expect(big.warnings[0]).toMatch(/51\.0 GB.*50 GB/)
  })
})

describe('holdsFiles', () => {
  const md5 = new Map([
    ['a', '1'],
    ['b', '2']
  ])
  it('with delete-old-files needs exactly the same names and MD5s', () => {
    expect(holdsFiles([local('a'), local('b')], md5, [remote('a', '1'), remote('b', '2')], true)).toBe(true)
    expect(holdsFiles([local('a'), local('b')], md5, [remote('a', '1'), remote('b', '3')], true)).toBe(false)
    expect(holdsFiles([local('a')], md5, [remote('a', '1'), remote('b', '2')], true)).toBe(false)
  })
  it('without it, a record that keeps inherited files still holds these', () => {
    expect(holdsFiles([local('a')], md5, [remote('a', '1'), remote('b', '2')], false)).toBe(true)
    expect(holdsFiles([local('a'), local('c')], md5, [remote('a', '1')], false)).toBe(false)
  })
  it('no local files: nothing to add', () => {
    expect(holdsFiles([], md5, [remote('a', '1')], false)).toBe(true)
    expect(holdsFiles([], md5, [remote('a', '1')], true)).toBe(true)
  })
})

describe('canonical', () => {
  it('ignores key order', () => {
    expect(canonical({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe(
      canonical({ a: { c: [3, { e: 2, f: 1 }], d: 2 }, b: 1 })
    )
  })
})

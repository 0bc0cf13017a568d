import { jest, describe, it, expect, beforeEach } from '@jest/globals'

// @actions/glob calls debug/isDebug on core too, so stub those as well.
const setSecret = jest.fn()
jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
  setSecret,
  debug: jest.fn(),
  isDebug: () => false,
  info: jest.fn(),
  warning: jest.fn()
}))

const { getInputs, parseDepositionId, parseServerUrl, isLoopback, InputError } = await import('../src/inputs.js')

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v
}

describe('getInputs', () => {
  beforeEach(() => {
    setSecret.mockClear()
  })

  it('parses a typical release step and masks the token first', () => {
    setInputs({
      token: 'secret-token',
      files: 'dist/*.tar.gz\n\n  data/**/*.csv\n!data/**/scratch-*\n# comment',
      concurrency: '5'
    })
    const s = getInputs({ GITHUB_WORKSPACE: '/ws' })
    expect(setSecret).toHaveBeenCalledWith('secret-token')
    expect(s.patterns).toEqual(['dist/*.tar.gz', 'data/**/*.csv', '!data/**/scratch-*'])
    expect(s.serverUrl).toBe('https://zenodo.org')
    expect(s.concurrency).toBe(5)
    expect(s.depositionId).toBeUndefined()
    expect(s.ifNoFilesFound).toBe('error')
    expect(s.publish).toBe(false)
    expect(s.workspace).toBe('/ws')
  })

  it('requires a token and names the input', () => {
    setInputs({ files: 'x' })
    expect(() => getInputs({})).toThrow(/Input 'token'.*required/)
  })

  it.each([
    ['if-no-files-found', 'maybe', /Input 'if-no-files-found'.*error, warn, ignore/],
    ['concurrency', '0', /Input 'concurrency'/],
    ['concurrency', 'many', /Input 'concurrency'/],
    ['publish', 'yes please', /Input 'publish'.*true or false/],
    ['sandbox', 'perhaps', /Input 'sandbox'/],
    ['deposition-id', 'abc', /Input 'deposition-id'.*'abc'/],
    ['server-url', 'ftp://zenodo.org', /Input 'server-url'.*https:\/\//],
    ['server-url', 'not a url', /Input 'server-url'.*not a valid URL/],
    ['archive', 'data.rar', /Input 'archive'/]
  ])('rejects %s=%s', (name, value, pattern) => {
    setInputs({ token: 't', [name]: value })
    expect(() => getInputs({})).toThrow(pattern)
    expect(() => getInputs({})).toThrow(InputError)
  })

  it('refuses delete-old-files without files', () => {
    setInputs({ token: 't', 'delete-old-files': 'true' })
    expect(() => getInputs({})).toThrow(/Input 'delete-old-files'.*delete every file/)
  })

  it('refuses a record URL of another server', () => {
    setInputs({ token: 't', 'deposition-id': 'https://sandbox.zenodo.org/records/5' })
    expect(() => getInputs({})).toThrow(
      /Input 'deposition-id'.*record on sandbox\.zenodo\.org, but the server is zenodo\.org/
    )
    setInputs({ token: 't', 'deposition-id': 'https://sandbox.zenodo.org/records/5', sandbox: 'true' })
    expect(getInputs({}).depositionId).toBe('5')
  })

  it('selects the sandbox unless server-url is given', () => {
    setInputs({ token: 't', sandbox: 'true' })
    expect(getInputs({}).serverUrl).toBe('https://sandbox.zenodo.org')
    setInputs({ token: 't', sandbox: 'true', 'server-url': 'http://127.0.0.1:8080/api/' })
    expect(getInputs({}).serverUrl).toBe('http://127.0.0.1:8080')
  })
})

describe('parseDepositionId', () => {
  it.each([
    ['1234567', '1234567'],
    [' 42 ', '42'],
    ['10.5281/zenodo.1234567', '1234567'],
    ['doi:10.5281/zenodo.77', '77'],
    ['https://doi.org/10.5281/zenodo.88', '88'],
    ['https://zenodo.org/records/99', '99'],
    ['https://zenodo.org/record/99', '99'],
    ['https://sandbox.zenodo.org/deposit/100', '100'],
    ['https://zenodo.org/uploads/101?tab=files', '101'],
    ['abcde-12345', 'abcde-12345'],
    ['https://data.caltech.edu/records/2g8ab-qsz13', '2g8ab-qsz13'],
    ['10.22002/2g8ab-qsz13', '10.22002/2g8ab-qsz13'],
    ['https://doi.org/10.48550/arXiv.2101.00001', '10.48550/arXiv.2101.00001']
  ])('%s → %s', (text, id) => {
    expect(parseDepositionId(text)).toBe(id)
  })
  it('is undefined when empty', () => expect(parseDepositionId('  ')).toBeUndefined())
  it.each(['12ab', '-5', '0', 'https://zenodo.org/communities/x', 'https://zenodo.org/records/0'])(
    'rejects %s',
    (text) => {
      expect(() => parseDepositionId(text)).toThrow(/deposition-id/)
    }
  )
})

describe('parseServerUrl', () => {
  it('tolerates a trailing slash or /api', () => {
    expect(parseServerUrl('https://zenodo.org/', false)).toBe('https://zenodo.org')
    expect(parseServerUrl('https://zenodo.org/api', false)).toBe('https://zenodo.org')
    expect(parseServerUrl('https://example.org/zenodo/api/', false)).toBe('https://example.org/zenodo')
  })
  it('knows loopback hosts', () => {
    expect(isLoopback('http://127.0.0.1:3000')).toBe(true)
    expect(isLoopback('http://localhost:3000')).toBe(true)
    expect(isLoopback('http://zenodo.example')).toBe(false)
  })
})

describe('access, embargo-until, embargo-reason', () => {
  const TODAY = '2026-03-15'
  const access = (inputs: Record<string, string>): unknown => {
    setInputs({ token: 't', ...inputs })
    return getInputs({}, TODAY).access
  }

  it('are absent unless given, so the metadata file decides', () => {
    expect(access({})).toBeUndefined()
    expect(access({ access: ' ', 'embargo-until': '', 'embargo-reason': '' })).toBeUndefined()
  })

  it('give public or restricted files', () => {
    expect(access({ access: 'public' })).toEqual({ files: 'public' })
    expect(access({ access: 'restricted' })).toEqual({ files: 'restricted' })
  })

  it('restrict the files under an embargo, with either access value, the reason trimmed', () => {
    expect(access({ 'embargo-until': '2026-03-16' })).toEqual({ files: 'restricted', embargo: { until: '2026-03-16' } })
    expect(access({ access: 'public', 'embargo-until': '2030-02-28', 'embargo-reason': ' Under review ' })).toEqual({
      files: 'restricted',
      embargo: { until: '2030-02-28', reason: 'Under review' }
    })
    expect(access({ access: 'restricted', 'embargo-until': '2028-02-29' })).toEqual({
      files: 'restricted',
      embargo: { until: '2028-02-29' }
    })
  })

  it.each([
    ['access', { access: 'closed' }, /Input 'access': 'closed' is not one of public, restricted/],
    ['access', { access: 'Public' }, /Input 'access'/],
    [
      'a date today',
      { 'embargo-until': TODAY },
      /Input 'embargo-until': 2026-03-15 is not in the future \(today is 2026-03-15/
    ],
    ['a date in the past', { 'embargo-until': '2020-01-01' }, /Input 'embargo-until'.*not in the future/],
    [
      'no real date',
      { 'embargo-until': '2027-02-30' },
      /Input 'embargo-until': '2027-02-30' is not a date.*YYYY-MM-DD/
    ],
    ['month 13', { 'embargo-until': '2027-13-01' }, /Input 'embargo-until'.*not a date/],
    ['another format', { 'embargo-until': '31.01.2030' }, /Input 'embargo-until'.*not a date/],
    ['a time', { 'embargo-until': '2030-01-31T00:00:00Z' }, /Input 'embargo-until'.*not a date/],
    ['a reason alone', { 'embargo-reason': 'Patent pending' }, /Input 'embargo-reason'.*'embargo-until' is empty/],
    ['a reason with access', { access: 'restricted', 'embargo-reason': 'x' }, /Input 'embargo-reason'/]
  ])('refuse %s', (_what, inputs, pattern) => {
    setInputs({ token: 't', ...inputs })
    expect(() => getInputs({}, TODAY)).toThrow(pattern)
    expect(() => getInputs({}, TODAY)).toThrow(InputError)
  })
})

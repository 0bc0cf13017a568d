// ts-jest in ESM mode: run with NODE_OPTIONS=--experimental-vm-modules (npm test does).
const base = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] }
}

export default {
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.js'],
  projects: [
    { ...base, displayName: 'legacy' },
    // The core, release, fault, archive, proxy and matrix scenarios once more, through zenodo.org's
    // native records API (api: rdm on the fake's zenodo flavor).
    {
      ...base,
      displayName: 'rdm',
      testMatch: ['**/test/e2e/{action,releases,faults,archive,local-files,identity}.test.ts', '**/test/proxy.test.ts'],
      setupFiles: ['<rootDir>/test/support/e2e-api-rdm.js']
    }
  ]
}

// A fake Zenodo server for tests, the demo and the benchmark: the legacy deposit API, the bucket
// API and the parts of the records API our client touches, faithful to how zenodo.org behaves
// today (see /work/shared/zenodo-api.md and test/fixtures/zenodo-conformance.json).
export type {
  FakeUser,
  FakeZenodoOptions,
  FaultAction,
  Fault,
  FakeFileView,
  FakeDepositionView,
  RequestLogEntry,
  SeedOptions,
  FakeZenodo
} from './fake-zenodo/types.js'
export { startFakeZenodo } from './fake-zenodo/server.js'

// A fake Zenodo server for tests, the demo and the benchmark: the legacy deposit API, the bucket
// API and the parts of the records API our client touches, faithful to how zenodo.org behaves
// today (derived from zenodo/zenodo-rdm site/zenodo_rdm/legacy/ and the InvenioRDM packages it
// builds on; Zenodo's own HTTP tests are in test/fixtures/zenodo-conformance.json).
export type {
  FakeUser,
  FakeZenodoOptions,
  FaultAction,
  Fault,
  HoldMatch,
  Hold,
  FakeFileView,
  FakeDepositionView,
  RequestLogEntry,
  SeedOptions,
  SeedDraftOptions,
  FakeZenodo
} from './fake-zenodo/types.js'
export { startFakeZenodo } from './fake-zenodo/server.js'

// A fake Zenodo server for tests, the demo and the benchmark: the legacy deposit API, the bucket
// API and InvenioRDM's native records API (drafts, files, multipart, versions, DOIs, user
// records, communities and review requests) on one store, faithful to how zenodo.org behaves
// today (derived from zenodo/zenodo-rdm site/zenodo_rdm/legacy/ and the InvenioRDM packages it
// builds on; Zenodo's own HTTP tests are in test/fixtures/zenodo-conformance.json). The
// 'invenio' flavor is a stock InvenioRDM instance instead (no legacy routes; InvenioRDM's own
// HTTP tests are in test/fixtures/invenio-rdm-conformance.json).
export type {
  FakeFlavor,
  FakeInstanceConfig,
  FakeCommunityOptions,
  FakeCommunityRole,
  FakeCommunityView,
  FakeRequestView,
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

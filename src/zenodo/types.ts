// The legacy deposit API's shapes as Zenodo serves them today (zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/serializers/schemas/`).

export interface DepositionFile {
  id: string
  filename: string
  filesize: number
  /** Bare md5 hex here (no `md5:` prefix), unlike the bucket response. */
  checksum: string
  links?: { self?: string; download?: string }
}

export interface Deposition {
  id: number
  record_id?: number
  /** A string in the API, unlike id. */
  conceptrecid?: string
  state: 'unsubmitted' | 'inprogress' | 'done' | string
  submitted: boolean
  title?: string
  created?: string
  modified?: string
  doi?: string
  doi_url?: string
  conceptdoi?: string
  files?: DepositionFile[]
  links: {
    self?: string
    html?: string
    bucket?: string
    files?: string
    publish?: string
    newversion?: string
    latest_draft?: string
    record?: string
    record_html?: string
    [key: string]: string | undefined
  }
  metadata: Record<string, unknown> & { prereserve_doi?: { doi: string; recid: number }; version?: string }
}

/** The bucket PUT response (zenodo-rdm `legacy/serializers/schemas/files.py`). */
export interface BucketObject {
  key: string
  size: number
  /** `md5:<hex>` */
  checksum: string
  version_id?: string
}

/** A deposition file's MD5 as bare hex (the deposit API omits the `md5:` prefix; be lenient). */
export function fileMd5(file: DepositionFile): string {
  return file.checksum.replace(/^md5:/, '')
}

export function isPublished(d: Deposition): boolean {
  return d.state === 'done' || (d.submitted && d.state !== 'inprogress')
}

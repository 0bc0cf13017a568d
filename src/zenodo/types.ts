// The legacy deposit API's shapes, as zenodo-api.md §2.1/§2.2/§6 describe them today.

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

/** The bucket PUT response (§6). */
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

export function isDraft(d: Deposition): boolean {
  return !isPublished(d)
}

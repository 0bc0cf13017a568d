// Both APIs search the same way: pages of 100 within the server-side filter, and at most this
// many, far below the search's window of 10,000 hits. A search that would need more stops and
// says so: no decision may rest on part of an answer.

import { IncompleteSearchError } from './types.js'

const PAGE_SIZE = 100
const MAX_PAGES = 10

/** Every hit, page by page; `tooMany` words the error for a search that did not end. */
export async function searchAll<T>(
  fetchPage: (page: number, size: number) => Promise<T[]>,
  tooMany: (limit: number) => string
): Promise<T[]> {
  const found: T[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await fetchPage(page, PAGE_SIZE)
    found.push(...batch)
    if (batch.length < PAGE_SIZE) return found
  }
  throw new IncompleteSearchError(tooMany(PAGE_SIZE * MAX_PAGES))
}

import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import type { LocalFile } from './search.js'

/** Read size. Past a few hundred KiB the size makes no measurable difference: MD5 is the cost. */
export const HASH_CHUNK = 1024 * 1024

/**
 * Two reused buffers: while one is hashed, the next read fills the other. A new buffer per chunk
 * (createReadStream) left garbage that the collector freed late, so RSS grew by tens of MiB.
 */
type Buffers = [Buffer, Buffer]

function buffers(length: number): Buffers {
  return [Buffer.allocUnsafeSlow(length), Buffer.allocUnsafeSlow(length)]
}

async function hashFile(path: string, bufs: Buffers): Promise<string> {
  const hash = createHash('md5')
  const file = await open(path, 'r')
  // Sequential reads (no position), one in flight at a time: they stay in order.
  let pending = file.read(bufs[0], 0, bufs[0].length, null)
  try {
    for (let i = 0; ; i ^= 1) {
      const { bytesRead } = await pending
      if (bytesRead === 0) break
      pending = file.read(bufs[i ^ 1], 0, bufs[i ^ 1].length, null)
      hash.update(bufs[i].subarray(0, bytesRead))
    }
  } finally {
    // Never close under a read still in flight (after an error).
    await pending.catch(() => {})
    await file.close()
  }
  return hash.digest('hex')
}

/** MD5 of a file, streamed: memory stays flat whatever the size. */
export async function md5File(path: string): Promise<string> {
  return hashFile(path, buffers(HASH_CHUNK))
}

export async function md5Files(files: LocalFile[]): Promise<Map<string, string>> {
  const result = new Map<string, string>()
  if (files.length === 0) return result
  // One pair for all the files, sized to the largest (small files allocate little).
  const largest = files.reduce((n, f) => Math.max(n, f.size), 0)
  const bufs = buffers(Math.min(HASH_CHUNK, largest + 1)) // never 0: a zero-length read would end early
  for (const file of files) result.set(file.name, await hashFile(file.path, bufs))
  return result
}

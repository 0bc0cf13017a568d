import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { LocalFile } from './search.js'

/** MD5 of a file, streamed: memory stays flat whatever the size. */
export async function md5File(path: string): Promise<string> {
  const hash = createHash('md5')
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export async function md5Files(files: LocalFile[]): Promise<Map<string, string>> {
  const result = new Map<string, string>()
  for (const file of files) result.set(file.name, await md5File(file.path))
  return result
}

// Packs the matched files into one reproducible .zip or .tar.gz: the same files (names and bytes)
// give the same archive bytes whatever their mtimes, modes, owners, creation order, the time zone
// or the OS. Streamed file by file to disk, so memory stays flat whatever the sizes.

import { createReadStream, createWriteStream, promises as fs } from 'node:fs'
import * as path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as zlib from 'node:zlib'
import * as tarStream from 'tar-stream'
import { ZipFile } from 'yazl'
import { UserError } from '../errors.js'
import type { LocalFile } from './local-file.js'

export type ArchiveFormat = 'zip' | 'tar.gz'

/** Every entry's modification time: the earliest a zip can hold, used for tar too. */
export const ARCHIVE_EPOCH = new Date('1980-01-01T00:00:00Z')
/** Every entry's permission bits (regular file, rw-r--r--). */
export const ARCHIVE_FILE_MODE = 0o644
/** Permission bits of executable files and of directories (rwxr-xr-x). */
export const ARCHIVE_EXEC_MODE = 0o755
/** Symlinks' bits, as ln -s makes them; extraction ignores them. */
const ARCHIVE_LINK_MODE = 0o777
/** RFC 1952's "unknown" OS byte, instead of zlib's build-dependent one (3 on Unix, 10 on Windows). */
const GZIP_OS_UNKNOWN = 0xff

export class ArchiveError extends UserError {
  override name = 'ArchiveError'
}

export function archiveFormat(archiveName: string): ArchiveFormat {
  const lower = archiveName.toLowerCase()
  if (lower.endsWith('.zip')) return 'zip'
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tar.gz'
  throw new ArchiveError(`'${archiveName}' must end in .zip, .tar.gz or .tgz.`)
}

export interface ArchiveEntry {
  /** Path inside the archive: the relative path in NFC, '/'-separated. */
  name: string
  file: LocalFile
}

/** The archive's entries in their fixed order (by name); refuses names that could escape on extraction. */
export function archiveEntries(files: LocalFile[]): ArchiveEntry[] {
  const entries = files.map((file) => ({ name: file.relativePath.replace(/\\/g, '/').normalize('NFC'), file }))
  for (const { name, file } of entries) {
    const segments = name.split('/')
    if (
      name === '' ||
      name.startsWith('/') ||
      /^[A-Za-z]:/.test(name) ||
      segments.includes('..') ||
      segments.includes('')
    ) {
      throw new ArchiveError(
        `${file.path} cannot go into the archive as '${name}': only files inside the workspace can be archived.`
      )
    }
  }
  entries.sort(byName)
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].name === entries[i - 1].name) {
      throw new ArchiveError(
        `${entries[i - 1].file.path} and ${entries[i].file.path} would both be '${entries[i].name}' in the archive.`
      )
    }
  }
  return entries
}

/**
 * An upper bound of the archive's size in bytes (incompressible data, worst-case deflate expansion,
 * every header), e.g. to compare with the free space of the temp dir. The real size is known after packing.
 */
export function archiveSizeBound(files: LocalFile[], archiveName: string): number {
  const format = archiveFormat(archiveName)
  // Stored deflate blocks cost 5 bytes per 16 KiB at worst.
  const deflated = (n: number): number => n + 5 * Math.ceil((n + 1) / 16383) + 16
  let total = 0
  for (const { file, name } of archiveEntries(files)) {
    const nameBytes = Buffer.byteLength(name)
    if (format === 'zip') {
      // Local header, zip64 data descriptor, central header with zip64 extra: both hold the name.
      total += deflated(file.size) + 30 + 24 + 46 + 32 + 2 * nameBytes
    } else {
      // Header, a pax header pair for long or non-ASCII names, data padded to 512-byte blocks.
      total += 512 + 1024 + Math.ceil((nameBytes + 32) / 512) * 512 + Math.ceil(file.size / 512) * 512
    }
  }
  // Zip64 end records and the end of central directory; or tar's end blocks plus gzip framing.
  return format === 'zip' ? total + 56 + 20 + 22 : deflated(total + 1024) + 18
}

/**
 * Packs the files (paths relative to the workspace kept) into `<tempDir>/<unique dir>/<archiveName>`.
 * Entries are sorted by path; times, modes and owners are fixed, so equal inputs give equal bytes.
 */
export async function packArchive(files: LocalFile[], archiveName: string, tempDir: string): Promise<LocalFile> {
  const name = archiveName.normalize('NFC')
  if (name !== path.basename(name) || name.includes('\\')) {
    throw new ArchiveError(`'${archiveName}' must be a file name, not a path.`)
  }
  const format = archiveFormat(name)
  const entries = archiveEntries(files)
  await fs.mkdir(tempDir, { recursive: true })
  const dir = await fs.mkdtemp(path.join(tempDir, 'zenodo-archive-'))
  const out = path.join(dir, name)
  try {
    // Sizes as they are now: the headers must match the bytes that will be read.
    const sized = []
    for (const entry of entries) {
      const stat = await fs.stat(entry.file.path)
      if (!stat.isFile()) throw new ArchiveError(`${entry.file.path} is not a regular file.`)
      // The search listed and checked these files: a change since would go into the archive unseen.
      if (entry.file.mtimeMs !== undefined && (stat.mtimeMs !== entry.file.mtimeMs || stat.size !== entry.file.size)) {
        throw new ArchiveError(
          `${entry.file.path} changed after the files were searched (now ${stat.size} bytes, was ${entry.file.size}). ` +
            `Do not change files while the step runs: finish writing them in an earlier step.`
        )
      }
      sized.push({
        kind: 'file' as const,
        name: entry.name,
        size: stat.size,
        source: entry.file.path,
        open: () => createReadStream(entry.file.path)
      })
    }
    await writeArchive(sized, format, out)
    // With its mtime, the upload can tell the archive was not touched after packing.
    const { size, mtimeMs } = await fs.stat(out)
    return { path: out, relativePath: name, name, size, mtimeMs }
  } catch (err) {
    await fs.rm(dir, { recursive: true, force: true })
    throw explain(err, out, files, name)
  }
}

/**
 * One entry for writeArchive. Names are as stored: '/'-separated, a directory's ending in '/'.
 * A file's bytes come from open(), read when its turn comes; `source` names it in errors.
 */
export type PackEntry =
  | { kind: 'file'; name: string; size: number; executable?: boolean; source: string; open: () => Readable }
  | { kind: 'symlink'; name: string; target: string }
  | { kind: 'dir'; name: string }

type FileEntry = Extract<PackEntry, { kind: 'file' }>

/** Code-unit order, not localeCompare: the order must not depend on the runner's locale. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

/**
 * Writes the entries to `out` as a zip or tar.gz, sorted by name, with fixed times, modes (0644,
 * 0755 if executable; directories 0755; symlinks 0777) and owners: equal entries give equal bytes.
 * Files are streamed one at a time.
 */
export async function writeArchive(entries: readonly PackEntry[], format: ArchiveFormat, out: string): Promise<void> {
  const sorted = [...entries].sort(byName)
  for (let i = 0; i < sorted.length; i++) {
    const { name, kind } = sorted[i]
    if (name === '' || name.endsWith('/') !== (kind === 'dir')) {
      throw new ArchiveError(`'${name}' cannot be a ${kind} entry: only directories' names end in '/'.`)
    }
    if (i > 0 && name === sorted[i - 1].name) throw new ArchiveError(`Two entries would both be '${name}'.`)
  }
  await (format === 'zip' ? writeZip(sorted, out) : writeTarGz(sorted, out))
}

function explain(err: unknown, out: string, files: LocalFile[], name: string): Error {
  if (err instanceof ArchiveError) return err
  const e = err as NodeJS.ErrnoException
  if (e.code === 'ENOSPC') {
    const bound = archiveSizeBound(files, name)
    return new ArchiveError(`Ran out of disk space writing ${out} (the archive can take up to ${bound} bytes).`)
  }
  return new ArchiveError(`Could not pack ${name}: ${e.message}`)
}

/** Names the file in an error; the libraries' own messages say neither which nor why. */
function entryError(entry: FileEntry, err: Error): Error {
  if (/size mismatch|unexpected number of bytes/i.test(err.message)) {
    return new ArchiveError(`${entry.source} changed while it was being packed.`)
  }
  if ((err as NodeJS.ErrnoException).path === entry.source) {
    return new ArchiveError(`Could not read ${entry.source}: ${err.message}`)
  }
  return err
}

// DOS times are local: local midnight is 1980-01-01 00:00 in every zone. No UTC extra field,
// which would hold that instant and so depend on the zone.
const zipTime = (): { mtime: Date; forceDosTimestamp: true } => ({
  mtime: new Date(1980, 0, 1),
  forceDosTimestamp: true
})

async function writeZip(entries: PackEntry[], out: string): Promise<void> {
  const zip = new ZipFile()
  const output = zip.outputStream as Readable
  let current: FileEntry | undefined
  let reading: Readable | undefined
  // yazl reports file errors on the ZipFile, not its stream: fail the pipeline with them.
  const fail = (err: Error): void => {
    reading?.destroy()
    output.destroy(current ? entryError(current, err) : err)
  }
  zip.on('error', fail)
  for (const entry of entries) {
    if (entry.kind === 'dir') {
      zip.addEmptyDirectory(entry.name, { ...zipTime(), mode: 0o40000 | ARCHIVE_EXEC_MODE })
    } else if (entry.kind === 'symlink') {
      // As Info-ZIP stores them: the target as the data, S_IFLNK in the external attributes.
      zip.addBuffer(Buffer.from(entry.target), entry.name, {
        ...zipTime(),
        mode: 0o120000 | ARCHIVE_LINK_MODE,
        compress: false
      })
    } else {
      zip.addReadStreamLazy(
        entry.name,
        {
          ...zipTime(),
          mode: 0o100000 | (entry.executable ? ARCHIVE_EXEC_MODE : ARCHIVE_FILE_MODE),
          compressionLevel: 6,
          size: entry.size
        },
        (cb) => {
          current = entry
          reading = entry.open()
          reading.once('error', fail)
          cb(null, reading)
        }
      )
    }
  }
  zip.end()
  await pipeline(output, createWriteStream(out))
}

async function writeTarGz(entries: PackEntry[], out: string): Promise<void> {
  const pack = tarStream.pack()
  const written = pipeline(pack, zlib.createGzip({ level: 6 }), fixGzipHeader(), createWriteStream(out))
  let current: FileEntry | undefined
  const fixed = { mtime: ARCHIVE_EPOCH, uid: 0, gid: 0, uname: '', gname: '' }
  const feed = async (): Promise<void> => {
    for (const entry of entries) {
      if (entry.kind === 'file') {
        current = entry
        const mode = entry.executable ? ARCHIVE_EXEC_MODE : ARCHIVE_FILE_MODE
        const sink = pack.entry({ name: entry.name, size: entry.size, type: 'file', mode, ...fixed })
        await pipeline(entry.open(), sink)
        continue
      }
      current = undefined
      const header =
        entry.kind === 'dir'
          ? { name: entry.name, type: 'directory' as const, mode: ARCHIVE_EXEC_MODE, ...fixed }
          : { name: entry.name, type: 'symlink' as const, linkname: entry.target, mode: ARCHIVE_LINK_MODE, ...fixed }
      await new Promise<void>((resolve, reject) => {
        pack.entry(header, Buffer.alloc(0), (err) => (err ? reject(err) : resolve()))
      })
    }
    current = undefined
    pack.finalize()
  }
  const fed = feed().catch((err: Error) => {
    pack.destroy(err)
    throw err
  })
  try {
    await Promise.all([written, fed])
  } catch (err) {
    // Whichever stream reported it first, an entry's failure names its file.
    throw current ? entryError(current, err as Error) : err
  }
}

/** Sets the gzip header's OS byte (offset 9) to "unknown"; node's zlib already writes mtime 0. */
function fixGzipHeader(): Transform {
  let offset = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, cb) {
      if (offset <= 9 && offset + chunk.length > 9) chunk[9 - offset] = GZIP_OS_UNKNOWN
      offset += chunk.length
      cb(null, chunk)
    }
  })
}

// A streamed zip of stored files (GET …/files-archive): entries stored without compression,
// sizes and CRC-32 in data descriptors, so each file is read once and never buffered. No Zip64:
// fine for the small archives tests download.
import { createReadStream } from 'node:fs'
import type { Writable } from 'node:stream'

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(crc: number, buf: Buffer): number {
  let c = crc ^ 0xffffffff
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

async function write(out: Writable, buf: Buffer): Promise<void> {
  if (!out.write(buf)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
}

/** Writes a zip of the files (name -> path on disk) to out, then ends it. */
export async function streamZip(out: Writable, files: Array<{ name: string; path: string }>): Promise<void> {
  const central: Buffer[] = []
  let offset = 0
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0808, 6) // data descriptor follows; UTF-8 names
    local.writeUInt16LE(0, 8) // stored
    local.writeUInt16LE(name.length, 26)
    await write(out, Buffer.concat([local, name]))
    let crc = 0
    let size = 0
    for await (const chunk of createReadStream(f.path)) {
      const buf = chunk as Buffer
      crc = crc32(crc, buf)
      size += buf.length
      await write(out, buf)
    }
    const desc = Buffer.alloc(16)
    desc.writeUInt32LE(0x08074b50, 0)
    desc.writeUInt32LE(crc, 4)
    desc.writeUInt32LE(size, 8)
    desc.writeUInt32LE(size, 12)
    await write(out, desc)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(0x0808, 8)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(size, 20)
    entry.writeUInt32LE(size, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    central.push(entry, name)
    offset += 30 + name.length + size + 16
  }
  const dir = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  await write(out, Buffer.concat([dir, end]))
  out.end()
}

// End to end: the archive input packs matched files (paths kept) into one reproducible archive.

import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { inputsFor, useFakeZenodo } from '../support/e2e.js'
import { makeWorkspace, runAction } from '../support/run-action.js'

const server = useFakeZenodo()

const files = {
  'data/2024/a.csv': 'a 2024',
  'data/2025/a.csv': 'a 2025',
  'data/empty.txt': '',
  'notes.md': 'not matched'
}

describe('archive', () => {
  it.each(['dataset.tar.gz', 'dataset.zip'])(
    'packs into %s with paths kept; a re-run skips the identical archive',
    async (name) => {
      const ws = makeWorkspace(files)
      const inputs = inputsFor(server(), { files: 'data/**', archive: name })
      const first = await runAction(inputs, { workspace: ws })
      expect(first.errors).toEqual([])
      expect(first.code).toBe(0)
      const [dep] = server().depositions()
      expect(dep.files.map((f) => f.key)).toEqual([name])
      const out = JSON.parse(first.outputs.files) as Array<{ name: string; md5: string; status: string }>
      expect(out).toHaveLength(1)
      expect(out[0]).toMatchObject({ name, status: 'uploaded', md5: dep.files[0].md5 })

      // Inspect what the server holds.
      const dir = mkdtempSync(path.join(tmpdir(), 'zu-archive-'))
      const file = path.join(dir, name)
      writeFileSync(file, server().fileBytes(dep.id, name)!)
      // python3's zipfile and tar are on every runner image; unzip is not always.
      const listing = name.endsWith('.zip')
        ? execFileSync('python3', [
            '-c',
            'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
            file
          ]).toString()
        : execFileSync('tar', ['-tzf', file]).toString()
      expect(listing.trim().split('\n').sort()).toEqual(['data/2024/a.csv', 'data/2025/a.csv', 'data/empty.txt'])

      // Touch the files: new mtimes must not change the bytes, so the re-run skips the upload.
      const later = new Date(Date.now() + 3600_000)
      for (const rel of Object.keys(files)) utimesSync(path.join(ws, rel), later, later)
      const puts = server().requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/files/')).length
      const second = await runAction(inputs, { workspace: ws })
      expect(second.code).toBe(0)
      expect(server().requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/files/')).length).toBe(puts)
      expect(JSON.parse(second.outputs.files)[0]).toMatchObject({ name, status: 'skipped', md5: dep.files[0].md5 })
    }
  )
})

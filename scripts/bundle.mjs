// Rebuild dist/: ncc bundle of src/index.ts plus dist/package.json so Node treats it as ESM.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, mkdirSync } from 'node:fs'

// `npm run bundle -- /tmp/x` builds elsewhere (for testing src/ without touching dist/).
const out = process.argv[2] || 'dist'
rmSync(out, { recursive: true, force: true })
execFileSync(
  process.execPath,
  [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    'src/index.ts',
    '-o',
    out,
    '--license',
    'licenses.txt',
    '--target',
    'es2022'
  ],
  { stdio: 'inherit' }
)
mkdirSync(out, { recursive: true })
writeFileSync(`${out}/package.json`, JSON.stringify({ type: 'module' }, null, 2) + '\n')

// Rebuild dist/: ncc bundle of src/index.ts plus dist/package.json so Node treats it as ESM.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, mkdirSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--target', 'es2022'], { stdio: 'inherit' })
mkdirSync('dist', { recursive: true })
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n')

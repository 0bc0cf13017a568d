// Standalone fake Zenodo for the demo and the benchmark:
//   npx tsx test/support/fake-zenodo-cli.ts [--port N] [--host H] [--public-url U]
//     [--rate-limit LIMIT/SECONDS | --no-rate-limit] [--storage-dir D] [--verbose]
//     [--flavor zenodo|invenio] [--doi-prefix P] [--community SLUG]... [--config KEY=JSON]...
// --flavor invenio serves a stock InvenioRDM instance (native API only); --community makes a
// community (owned by community-token, open submission policy); --config sets one instance
// setting (FakeInstanceConfig, e.g. multipartParts=false or multipartChecksumDelayMs=1000).
// Prints one JSON line {"url","token"} (plus "publicUrl" if given, "flavor", and "communities"
// {slug: id} when communities were made) on stdout once listening;
// logs requests to stderr only with --verbose; exits cleanly (removing its temp storage) on
// SIGTERM/SIGINT. Run it with tsx directly (or node --import tsx): npx may not pass SIGTERM on.
import { startFakeZenodo, type FakeZenodoOptions } from './fake-zenodo.js'

function usage(message: string): never {
  process.stderr.write(
    `fake-zenodo: ${message}\n` +
      'usage: fake-zenodo-cli [--port N] [--host H] [--public-url U] ' +
      '[--rate-limit LIMIT/SECONDS | --no-rate-limit] [--storage-dir D] [--verbose]\n' +
      '  [--flavor zenodo|invenio] [--doi-prefix P] [--community SLUG]... [--config KEY=JSON]...\n'
  )
  process.exit(2)
}

function parseArgs(argv: string[]): { options: FakeZenodoOptions; verbose: boolean; communities: string[] } {
  const options: FakeZenodoOptions = {}
  const communities: string[] = []
  let verbose = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined) usage(`${flag} needs a value`)
      return v
    }
    switch (flag) {
      case '--port': {
        const port = Number(value())
        if (!Number.isInteger(port) || port < 0 || port > 65535) usage('bad --port')
        options.port = port
        break
      }
      case '--host':
        options.host = value()
        break
      case '--public-url':
        options.publicUrl = value()
        break
      case '--storage-dir':
        options.storageDir = value()
        break
      case '--rate-limit': {
        const m = /^(\d+)\/(\d+)$/.exec(value())
        if (m === null) usage('--rate-limit takes LIMIT/SECONDS, e.g. 100/60')
        options.rateLimit = { limit: Number(m[1]), windowSeconds: Number(m[2]) }
        break
      }
      case '--no-rate-limit':
        options.rateLimit = false
        break
      case '--flavor': {
        const flavor = value()
        if (flavor !== 'zenodo' && flavor !== 'invenio') usage('--flavor takes zenodo or invenio')
        options.flavor = flavor
        break
      }
      case '--doi-prefix':
        options.doiPrefix = value()
        break
      case '--community':
        communities.push(value())
        break
      case '--config': {
        const m = /^([A-Za-z]+)=(.*)$/.exec(value())
        if (m === null) usage('--config takes KEY=JSON, e.g. multipartParts=false')
        let parsed: unknown
        try {
          parsed = JSON.parse(m[2])
        } catch {
          parsed = m[2]
        }
        options.config = { ...options.config, [m[1]]: parsed }
        break
      }
      case '--verbose':
      case '-v':
        verbose = true
        break
      case '--help':
      case '-h':
        usage('help')
        break
      default:
        usage(`unknown argument ${arg}`)
    }
  }
  return { options, verbose, communities }
}

async function main(): Promise<void> {
  const { options, verbose, communities } = parseArgs(process.argv.slice(2))
  if (verbose) {
    options.onRequest = (e) => {
      process.stderr.write(
        `${new Date(e.at).toISOString()} ${e.method} ${e.path} ` +
          `${e.status === 0 ? 'reset' : e.status} ${e.bodyBytes}B ${Date.now() - e.at}ms\n`
      )
    }
  }
  const server = await startFakeZenodo(options)
  const made: Record<string, string> = {}
  for (const slug of communities) made[slug] = server.addCommunity({ slug }).id
  if (verbose) process.stderr.write(`fake-zenodo: storage ${server.storageDir}\n`)
  let closing = false
  const stop = (): void => {
    if (closing) return
    closing = true
    server.close().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`fake-zenodo: ${String(err)}\n`)
        process.exit(1)
      }
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  const ready: Record<string, unknown> = { url: server.url, token: 'owner-token' }
  // Links use the public URL; print it too when it differs from the listen address.
  if (options.publicUrl !== undefined) ready.publicUrl = options.publicUrl.replace(/\/+$/, '')
  if (options.flavor !== undefined) ready.flavor = options.flavor
  if (communities.length > 0) ready.communities = made
  process.stdout.write(JSON.stringify(ready) + '\n')
}

main().catch((err) => {
  process.stderr.write(`fake-zenodo: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})

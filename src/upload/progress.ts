// Progress lines for long uploads: percent, MiB/s and ETA at an interval, not one per chunk.

const MiB = 1024 * 1024

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < MiB) return `${(bytes / 1024).toFixed(1)} KiB`
  if (bytes < 1024 * MiB) return `${(bytes / MiB).toFixed(1)} MiB`
  return `${(bytes / (1024 * MiB)).toFixed(2)} GiB`
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  if (seconds < 60) return `${Math.round(seconds)} s`
  const m = Math.floor(seconds / 60)
  const s = Math.round(seconds % 60)
  if (m < 60) return `${m} min ${s} s`
  return `${Math.floor(m / 60)} h ${m % 60} min`
}

export function progressIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.ZENODO_UPLOAD_PROGRESS_INTERVAL_MS)
  return Number.isFinite(ms) && ms > 0 ? ms : 10_000
}

/** Returns an onProgress callback that logs at most once per interval. */
export function progressLogger(
  name: string,
  size: number,
  log: (line: string) => void,
  intervalMs: number,
  now: () => number = Date.now
): (sent: number) => void {
  let start = now()
  let last = start
  let previous = 0
  return (sent: number) => {
    const t = now()
    // A retry starts the file over: rate and ETA count from the new attempt.
    if (sent < previous) {
      start = t
      last = t
    }
    previous = sent
    if (t - last < intervalMs || sent >= size) return
    last = t
    const seconds = (t - start) / 1000
    const rate = sent / Math.max(seconds, 1e-3)
    const eta = (size - sent) / Math.max(rate, 1)
    const pct = ((sent / size) * 100).toFixed(0)
    log(
      `${name}: ${pct}% (${formatBytes(sent)} of ${formatBytes(size)}) at ${(rate / MiB).toFixed(1)} MiB/s, about ${formatDuration(eta)} left`
    )
  }
}

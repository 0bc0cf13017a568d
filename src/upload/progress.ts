// Progress lines for long uploads: percent, MiB/s and ETA at an interval, not one per chunk.

import { formatBytes, formatDuration } from '../report/format.js'

const MiB = 1024 * 1024

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

// Sizes and durations for people: logs, progress lines and the job summary.

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

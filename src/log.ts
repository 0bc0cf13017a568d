// The run's log. Text from outside (file names, metadata, server messages) is data: the runner
// must never read it as a workflow command, so no line we print may begin with `::` (the runner
// trims leading white space first) or contain `##[` (the old command syntax, found anywhere).
// Control characters are shown escaped, so a name cannot start a new line either.

import * as core from '@actions/core'

// C0 and C1 control characters and DEL, but not tab and newline (our own line breaks).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** Shows control characters as \uXXXX, for names and values that are printed. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** One value from outside on one line: newlines and other control characters escaped. */
export function oneLine(text: string): string {
  return escapeControl(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'))
}

const secrets = new Set<string>()

/**
 * A value that must never be printed (the token). The runner masks registered secrets too, but
 * only in its own log: server text that echoes the token also reaches the summary and outputs.
 */
export function addSecret(value: string): void {
  if (value.length >= 4) secrets.add(value)
}

/** The text with every registered secret, also percent-encoded, replaced by ***. */
export function redact(text: string): string {
  let out = text
  for (const s of secrets) {
    out = out.split(s).join('***')
    const encoded = encodeURIComponent(s)
    if (encoded !== s) out = out.split(encoded).join('***')
  }
  return out
}

/** Makes every line of a message safe to print: no line can be taken for a workflow command. */
export function neutralize(message: string): string {
  return escapeControl(redact(message).replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => {
      // A zero-width space is not white space to the runner, so the line no longer starts with `::`.
      const safe = line.replace(/##\[/g, '##\u200b[')
      return /^\s*::/.test(safe) ? `\u200b${safe}` : safe
    })
    .join('\n')
}

export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

/** The runner's log through @actions/core. Annotations are escaped by core itself; info is not. */
export const log: Log = {
  info: (message) => core.info(neutralize(message)),
  warning: (message) => core.warning(neutralize(message)),
  debug: (message) => core.debug(neutralize(message))
}

export function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(neutralize(name), fn)
}

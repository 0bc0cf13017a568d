// Where and why JSON.parse refused a text, for a "file:line:col: message" error. JSON.parse is
// the judge, and its message says where ("at position 8"), except for "Unexpected token" (Node 20
// and 24), which JSON.parse then locates on prefixes of the text. yaml is only the last resort,
// for a message not known here: it accepts much that JSON refuses (trailing commas, single
// quotes, bare words, comments, `"a": }`), so it cannot find JSON's errors itself.

import { parseDocument } from 'yaml'

export interface JsonSyntaxError {
  line: number
  column: number
  message: string
}

/** Line, column and reason for a text that JSON.parse refused with `error`. */
export function jsonSyntaxError(text: string, error: unknown): JsonSyntaxError {
  const raw = error instanceof Error ? error.message : String(error)
  // First: this message quotes the text, which may hold "at position" itself.
  if (raw.startsWith('Unexpected token')) return reword(text, unexpectedTokenOffset(text), raw)
  const positioned = /^(.*?)(?: in JSON)? at position (\d+)/s.exec(raw)
  if (positioned) return reword(text, Number(positioned[2]), positioned[1])
  if (raw.startsWith('Unexpected end')) return reword(text, text.length, raw)
  const pos = parseDocument(text, { strict: true, prettyErrors: true }).errors[0]?.linePos?.[0]
  return { line: pos?.line ?? 1, column: pos?.col ?? 1, message: raw }
}

/**
 * Cut before the unexpected token, the text fails only at its end; cut after it, with
 * "Unexpected token" again: bisection finds it in log2(length) parses.
 */
function unexpectedTokenOffset(text: string): number {
  const fails = (k: number): boolean => {
    try {
      JSON.parse(text.slice(0, k))
      return false
    } catch (e) {
      return (e as Error).message.startsWith('Unexpected token')
    }
  }
  let [lo, hi] = [0, text.length]
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (fails(mid)) hi = mid
    else lo = mid
  }
  return hi - 1
}

/** Plainer words than Node's for the usual slips of a hand-edited file. */
function reword(text: string, offset: number, node: string): JsonSyntaxError {
  const c = text[offset]
  const got = c === undefined ? 'end of input' : JSON.stringify(c)
  // Quoted as elsewhere in this action's messages: "," not ','.
  let message = (node.charAt(0).toLowerCase() + node.slice(1)).replace(/'(.)'/g, '"$1"')
  if ((c === '}' || c === ']') && text.slice(0, offset).trimEnd().endsWith(',')) {
    message = `trailing comma before "${c}"`
  } else if (node.startsWith('Unexpected token')) {
    // Node stops inside a broken true/false/null ("tru}"): point at the word.
    while (offset > 0 && /[a-z]/i.test(text[offset - 1])) offset--
    message = /(^|[:[,])$/.test(text.slice(0, offset).trimEnd())
      ? `expected a value, got ${JSON.stringify(/[a-z]+/iy.exec(text.slice(offset, offset + 20))?.[0] ?? c)}`
      : `unexpected ${got}`
  } else if (/^Expected (double-quoted )?property name/.test(node)) {
    message = `expected a property name in double quotes, got ${got}`
  } else if (node.startsWith('Unexpected non-whitespace')) {
    message = `unexpected ${got} after the end of the JSON value`
  } else if (node.startsWith('Bad control')) {
    message = 'raw line break or control character in a string (close the quote, or write it as \\n)'
  } else if (node.startsWith('Bad escaped') && text[offset - 1] === '\\') {
    message = `bad escape \\${c} in a string (write a backslash as \\\\)`
    offset--
  }
  return { ...linePos(text, offset), message }
}

/** 1-based line and column of a character offset. */
export function linePos(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

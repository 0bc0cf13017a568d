// Finds where a JSON text is broken. Node 20's JSON.parse often reports no position at all
// ("Unexpected end of JSON input"), so after JSON.parse fails this strict scanner locates
// the first error for a "file:line:col" message.

export interface JsonSyntaxError {
  line: number
  column: number
  message: string
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0
  const fail = (message: string, at = i): never => {
    throw new Failure(at, message)
  }
  const describe = (): string => (i >= text.length ? 'end of input' : `${JSON.stringify(text[i])}`)
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const string = (): void => {
    const start = i
    i++ // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string', start)
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return
      }
      if (c < 0x20) fail('raw line break or control character in a string (write it as \\n)')
      if (c === 0x5c) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape')
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2
        } else {
          fail(`bad escape \\${e ?? ''} in a string`)
        }
      } else {
        i++
      }
    }
  }
  const container = (close: '}' | ']'): void => {
    i++
    ws()
    if (text[i] === close) {
      i++
      return
    }
    for (;;) {
      if (close === '}') {
        ws()
        if (text[i] !== '"') {
          fail(
            text[i] === '}'
              ? 'trailing comma before "}"'
              : `expected a property name in double quotes, got ${describe()}`
          )
        }
        string()
        ws()
        if (text[i] !== ':') fail(`expected ":" after the property name, got ${describe()}`)
        i++
      }
      ws()
      if (close === ']' && text[i] === ']') fail('trailing comma before "]"')
      value()
      ws()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === close) {
        i++
        return
      }
      fail(`expected "," or "${close}", got ${describe()}`)
    }
  }
  const value = (): void => {
    ws()
    const c = text[i]
    if (c === '{') container('}')
    else if (c === '[') container(']')
    else if (c === '"') string()
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i
      const m = NUMBER.exec(text)
      if (!m) fail('invalid number')
      else i += m[0].length
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i))
      if (word) i += word.length
      else fail(`expected a value, got ${describe()}`)
    }
  }
  try {
    value()
    ws()
    if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`)
    return undefined
  } catch (e) {
    if (!(e instanceof Failure)) throw e
    return { ...linePos(text, e.offset), message: e.message }
  }
}

/** 1-based line and column of a character offset. */
export function linePos(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

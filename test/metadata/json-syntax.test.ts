// Positions and reasons for texts that JSON.parse refuses. JSON.parse is the judge; many of these
// texts are valid YAML, which is why the yaml parser cannot find these errors.

import { describe, expect, it } from '@jest/globals'
import { parseDocument } from 'yaml'
import { jsonSyntaxError, type JsonSyntaxError } from '../../src/metadata/json-syntax.js'

/** What jsonSyntaxError makes of the error this Node's JSON.parse throws for `text`. */
function refused(text: string): JsonSyntaxError {
  try {
    JSON.parse(text)
  } catch (e) {
    return jsonSyntaxError(text, e)
  }
  throw new Error(`JSON.parse accepted ${text}`)
}

const yamlAccepts = (text: string): boolean => parseDocument(text, { strict: true }).errors.length === 0

describe('jsonSyntaxError', () => {
  it.each<[string, number, number, string]>([
    ['{"a": 1,}', 1, 9, 'trailing comma before "}"'],
    ['[1, 2,]', 1, 7, 'trailing comma before "]"'],
    ['{\n"a": 1,\n}\n', 3, 1, 'trailing comma before "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}" after property value'],
    ['{"a": }', 1, 7, 'expected a value, got "}"'],
    ['{"a": x}', 1, 7, 'expected a value, got "x"'],
    ['{"a": NaN}', 1, 7, 'expected a value, got "NaN"'],
    ['{"a": tru}', 1, 7, 'expected a value, got "tru"'],
    ['{"a": \'x\'}', 1, 7, 'expected a value, got "\'"'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, got "\'"'],
    ['{a: 1}', 1, 2, 'expected a property name in double quotes, got "a"'],
    ['{"a" 1}', 1, 6, 'expected ":" after property name'],
    ['{"a": "x', 1, 9, 'unterminated string'],
    ['{"a": 1', 1, 8, 'expected "," or "}" after property value'],
    ['[', 1, 2, 'unexpected end of JSON input'],
    ['{"a": 01}', 1, 8, 'unexpected number'],
    ['{"a": 1 # c\n}', 1, 9, 'expected "," or "}" after property value'],
    ['{} x', 1, 4, 'unexpected "x" after the end of the JSON value'],
    ['{"a": 1} // c', 1, 10, 'unexpected "/" after the end of the JSON value'],
    ['{"a": "x\ny"}', 1, 9, 'raw line break or control character in a string (close the quote, or write it as \\n)'],
    ['{"path": "C:\\data"}', 1, 13, 'bad escape \\d in a string (write a backslash as \\\\)'],
    // The text quoted in Node's message must not be read as its position.
    ['{"a": "in JSON at position 3", }', 1, 32, 'trailing comma before "}"']
  ])('%j → %i:%i %s', (text, line, column, message) => {
    expect(refused(text)).toEqual({ line, column, message })
  })

  it('refuses what YAML accepts, with the position JSON fails at', () => {
    const texts: Array<[string, number, number]> = [
      ['{"a": 1,}', 1, 9],
      ['{"a": }', 1, 7],
      ["{'a': 1}", 1, 2],
      ['{"version": 1.0.0}', 1, 16],
      ['{"a": 1 # comment\n}', 1, 9],
      ['{"a": .5}', 1, 7]
    ]
    for (const [text, line, column] of texts) {
      expect(yamlAccepts(text)).toBe(true)
      expect(refused(text)).toMatchObject({ line, column })
    }
  })

  it('finds an unexpected token deep in a large text', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `  {"n": ${i}, "s": "x}"}`)
    items[15_000] = '  {"n": }'
    const { line, column, message } = refused(`[\n${items.join(',\n')}\n]`)
    expect({ line, column, message }).toEqual({ line: 15_002, column: 9, message: 'expected a value, got "}"' })
  })

  it('reads the position from newer Node messages too', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}'
    const node22 = new SyntaxError(`Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)`)
    expect(jsonSyntaxError(text, node22)).toEqual({
      line: 3,
      column: 3,
      message: 'expected "," or "}" after property value'
    })
  })

  it('falls back on yaml for a message it does not know, else on the start', () => {
    expect(jsonSyntaxError('{"a": [1, 2}', new SyntaxError('Something new'))).toMatchObject({
      line: 1,
      column: 12,
      message: 'Something new'
    })
    expect(jsonSyntaxError('{"a": }', new SyntaxError('Something new'))).toEqual({
      line: 1,
      column: 1,
      message: 'Something new'
    })
  })
})

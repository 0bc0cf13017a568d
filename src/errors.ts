// Errors say who must act. UserError: the user fixes an input, a file, the metadata or makes a
// decision. ZenodoApiError: the server refused, with its status and field errors. NetworkError:
// the request got no answer. Anything else is a bug, and its stack goes to the debug log.

export { NetworkError, ZenodoApiError } from './zenodo/errors.js'

export class UserError extends Error {
  override name = 'UserError'
}

/** The run stopped before a write that could have made a second record; nothing of it is left. */
export class ConcurrentRunError extends Error {
  override name = 'ConcurrentRunError'
}

// Prints one plain closing line, "tests: N passed, N failed", that CI logs can be read by.
export default class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const suiteErrors = results.numRuntimeErrorTestSuites
    const failed = results.numFailedTests + suiteErrors
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`
    )
  }
}

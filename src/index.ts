import { run } from './main.js'

// The runner executes dist/index.js; all logic lives in run().
void run()

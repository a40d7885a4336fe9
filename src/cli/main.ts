import { processIo } from './io.js';
import { runCli } from './run.js';

// The process entry point (bin/directives.js): exit through process.exitCode, never
// process.exit(), so output still flushing to a pipe is not cut off.
process.exitCode = await runCli(process.argv, processIo());

import { EXIT } from '../errors.js';
import { outputFailed, processIo } from './io.js';
import { runCli } from './run.js';

// The process entry point (bin/directives.js): exit through process.exitCode, never
// process.exit(), so output still flushing to a pipe is not cut off.
const code = await runCli(process.argv, processIo());
process.exitCode = outputFailed() ? EXIT.output : code;

import { nodeIo } from './node-io.ts';
import { run } from './program.ts';

// `bearing score … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// The only place that touches the real process: everything else receives an `Io`.
// exitCode rather than exit(): let stdout drain when it is a pipe.
process.exitCode = await run(nodeIo(), process.argv.slice(2));

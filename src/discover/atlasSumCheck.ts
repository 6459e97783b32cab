import type { Detection } from '../model/finding.js';
import type { ChangedFile, RepoSource, TreeFile } from '../source/types.js';
import { parseSum, validateSum, type SumInput, type SumProblem } from './atlasSum.js';
import { basename, byteCompare, dirname } from './text.js';

/** The files Atlas hashes in a directory, by its format: all `*.sql` (atlas, goose, dbmate) or `*.up.sql` (golang-migrate). */
const FORMATS: ((name: string) => boolean)[] = [(n) => n.endsWith('.sql'), (n) => n.endsWith('.up.sql')];

function describe(problem: SumProblem, sumPath: string, dir: string): { line: number; message: string } {
  const fix = 'Run `atlas migrate hash` and commit the new atlas.sum (after checking that no applied migration was changed).';
  switch (problem.kind) {
    case 'format':
      return {
        line: problem.line,
        message: `${sumPath} is not in Atlas's format at line ${problem.line} (\`<file> h1:<hash>\`): \`atlas migrate validate\` and \`atlas migrate apply\` fail before running anything. ${fix}`,
      };
    case 'tampered':
      return {
        line: 1,
        message: `The first line of ${sumPath} is not the sum of the lines under it (edited by hand or merged without re-hashing): Atlas refuses the directory ("checksum mismatch"). ${fix}`,
      };
    case 'mismatch': {
      const what = {
        added: 'was added without updating atlas.sum',
        edited: 'was edited after atlas.sum recorded it',
        removed: 'was removed but atlas.sum still lists it',
      }[problem.reason];
      return {
        line: problem.line,
        message: `${dir}/${problem.file} ${what}: \`atlas migrate validate\` fails ("L${problem.line}: ${problem.file} was ${problem.reason}") and \`atlas migrate apply\` refuses to run any migration of the directory. ${fix}`,
      };
    }
  }
}

/**
 * What `atlas migrate validate` says of each Atlas migration directory (one holding atlas.sum)
 * the change touches: a directory whose files no longer match their sum is one finding on atlas.sum.
 */
export async function checkAtlasSums(source: RepoSource, tree: TreeFile[], changed: ChangedFile[]): Promise<Detection[]> {
  const touched = new Set(changed.flatMap((c) => [c.path, ...(c.previousPath ? [c.previousPath] : [])]).map(dirname));
  const findings: Detection[] = [];
  for (const sum of tree.filter((f) => basename(f.path) === 'atlas.sum' && touched.has(dirname(f.path)))) {
    const dir = dirname(sum.path);
    const sumText = (await source.readBlob(sum.sha)).toString('utf8');
    const files: SumInput[] = [];
    for (const f of tree.filter((t) => dirname(t.path) === dir && t.path.endsWith('.sql')).sort((a, b) => byteCompare(a.path, b.path))) {
      files.push({ name: basename(f.path), bytes: await source.readBlob(f.sha) });
    }
    // The directory's format is the one whose files the sum lists best; either passing is a pass.
    const recorded = parseSum(sumText);
    const names = new Set(Array.isArray(recorded) ? recorded.map((e) => e.name) : []);
    const candidates = FORMATS.map((inFormat) => files.filter((f) => inFormat(f.name))).sort(
      (a, b) => b.filter((f) => names.has(f.name)).length - a.filter((f) => names.has(f.name)).length,
    );
    const problems = candidates.map((c) => validateSum(sumText, c));
    if (problems.some((p) => p === null)) continue;
    const { line, message } = describe(problems[0] as SumProblem, sum.path, dir);
    findings.push({ ruleId: 'atlas-sum-mismatch', file: sum.path, line, column: 1, message });
  }
  return findings;
}

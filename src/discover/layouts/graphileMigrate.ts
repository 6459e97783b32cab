import { createHash } from 'node:crypto';
import type { TreeFile } from '../../source/types.js';
import { basename, byteCompare, dirname } from '../text.js';
import type { BuildContext, Layout, Migration, TransactionMode } from '../types.js';
import { migration, perTree } from './common.js';

// graphile-migrate's migrationFilename.ts: `000001.sql` or `000001-message.sql`.
const FILE = /^([0-9]+)(-[-_a-zA-Z0-9]*)?\.sql$/;
// Headers open a file: `--! Key` or `--! Key: value`, capitalised (migration.ts parseMigrationText).
const HEADER = /^--! ([A-Z][a-zA-Z0-9_]*)(?::(.*))?$/;
const NO_TRANSACTION = /^--!\s*no-transaction\b/;

type Part = 'committed' | 'current' | 'fixtures' | 'other';

/** Where a file sits in a graphile-migrate folder, and that folder. */
function place(path: string): { root: string; part: Part } | undefined {
  const parent = dirname(path);
  if (basename(parent) === 'committed' && FILE.test(basename(path))) return { root: dirname(parent), part: 'committed' };
  if (basename(path) === 'current.sql') return { root: parent, part: 'current' };
  if (basename(parent) === 'current' && FILE.test(basename(path))) return { root: dirname(parent), part: 'current' };
  const fixtures = path.lastIndexOf('/fixtures/');
  if (fixtures >= 0) return { root: path.slice(0, fixtures) || '.', part: 'fixtures' };
  return { root: parent, part: 'other' };
}

/** Migration folders: those with committed migrations, and `migrations/` beside a .gmrc. */
const graphileRoots = perTree((tree: TreeFile[]) => {
  const roots = new Set(tree.flatMap((f) => (place(f.path)?.part === 'committed' ? [place(f.path)?.root as string] : [])));
  for (const rc of tree.filter((f) => /(^|\/)\.gmrc(\.c?js)?$/.test(f.path)))
    roots.add(dirname(rc.path) === '.' ? 'migrations' : `${dirname(rc.path)}/migrations`);
  return roots;
});

function splitHeaders(text: string): { headers: Record<string, string | null>; body: string } {
  const lines = text.split('\n');
  const headers: Record<string, string | null> = {};
  let n = 0;
  for (const line of lines) {
    const m = HEADER.exec(line);
    if (!m) break;
    headers[m[1] as string] = m[2]?.trim() || null;
    n++;
  }
  return { headers, body: `${lines.slice(n).join('\n').trim()}\n` };
}

/** The transaction graphile-migrate uses: one, unless the body's first line is `--! no-transaction` (then one query, one implicit transaction). */
function transactionOf(body: string): { transaction: TransactionMode; directive?: string } {
  return NO_TRANSACTION.test(body.split('\n')[0] ?? '') ? { transaction: 'implicit', directive: '--! no-transaction' } : { transaction: 'wrapped' };
}

/** graphile-migrate's hash.ts: sha1 over the previous hash and the trimmed body. */
function hashOf(body: string, previous: string | null): string {
  return `sha1:${createHash('sha1')
    .update(`${`${previous ?? ''}\n${body.trim()}`.trim()}\n`)
    .digest('hex')}`;
}

async function committed(root: string, files: TreeFile[], ctx: BuildContext): Promise<Migration[]> {
  const out: Migration[] = [];
  for (const f of [...files].sort((a, b) => byteCompare(FILE.exec(basename(a.path))?.[1] ?? '', FILE.exec(basename(b.path))?.[1] ?? ''))) {
    const text = await ctx.text(f);
    if (text === undefined) continue;
    const { headers, body } = splitHeaders(text);
    const previous = headers.Previous && headers.Previous !== '-' ? headers.Previous : null;
    if (headers.Hash && !('AllowInvalidHash' in headers) && hashOf(body, previous) !== headers.Hash) {
      ctx.note(
        `${f.path}: its \`--! Hash\` does not match its content, so \`graphile-migrate migrate\` refuses to run it ("has the file been tampered with?"). Committed migrations are not edited; put the change in current.sql.`,
      );
    }
    if (/^--!\s*include\b/m.test(text))
      ctx.note(`${f.path} uses \`--!include\`; the included fixture is not inlined, so the review replays the migration without it.`);
    const version = (FILE.exec(basename(f.path)) as RegExpExecArray)[1] as string;
    out.push(
      migration('graphile-migrate', root, f, {
        version,
        name: headers.Message ?? basename(f.path, '.sql').replace(/^\d+-?/, ''),
        up: text,
        ...transactionOf(body),
      }),
    );
  }
  return out;
}

/**
 * Graphile Migrate: `<migrations>/committed/<n>[-message].sql` in file-name order, each with
 * `--! Previous` / `--! Hash` headers, in a transaction unless the body starts with
 * `--! no-transaction`. `current.sql` (or the files of `current/`) is the work in progress that
 * `graphile-migrate commit` turns into the next committed migration: production never runs it,
 * `watch` re-runs it on every change, so it is reviewed like a repeatable migration (whenever the
 * change edits it, after the committed history). `fixtures/` hold `--!include` targets and other
 * SQL in the folder runs only through .gmrc hooks (afterReset): neither is a migration.
 */
export const graphileMigrate: Layout = {
  id: 'graphile-migrate',
  label: 'Graphile Migrate',
  optOut: '`--! no-transaction` as the first line of the migration body (the migration must then hold that statement alone)',
  // Hasura and Graphile Migrate run only on PostgreSQL.
  engine: 'PostgreSQL',
  identity: {
    by: 'name',
    records: 'Graphile Migrate records applied migrations by file name and hash, each committed file chained to the one before by its `--! Previous:` hash',
    renamed:
      "`graphile-migrate migrate` runs the committed files whose names sort after the last one it recorded, so the renamed file runs again only if its new name sorts after that one; a file out of the chain's order breaks the `--! Previous:` hashes and the migration is refused",
  },
  claim(files, tree: TreeFile[]) {
    const roots = graphileRoots(tree);
    const sets = new Map<string, TreeFile[]>();
    for (const f of files) {
      const at = place(f.path);
      if (!at || !roots.has(at.root)) continue;
      sets.set(at.root, [...(sets.get(at.root) ?? []), f]);
    }
    return sets;
  },
  async build(root, files, ctx) {
    const of = (part: Part) => files.filter((f) => place(f.path)?.part === part);
    for (const f of of('other'))
      ctx.note(`${f.path} is not a committed migration: graphile-migrate runs it only where .gmrc names it (e.g. afterReset), so it is not replayed.`);
    const current: Migration[] = [];
    const pieces = of('current').sort((a, b) => Number(FILE.exec(basename(a.path))?.[1] ?? 0) - Number(FILE.exec(basename(b.path))?.[1] ?? 0));
    for (const f of pieces) {
      const text = await ctx.text(f);
      if (text !== undefined)
        current.push(
          migration('graphile-migrate', root, f, {
            version: 'current',
            name: basename(f.path, '.sql'),
            up: text,
            repeatable: true,
            ...transactionOf(splitHeaders(text).body),
          }),
        );
    }
    return [...(await committed(root, of('committed'), ctx)), ...current];
  },
};

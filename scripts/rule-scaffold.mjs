// The text `npm run new-rule` writes: a placeholder rule, its line in the registry and its cases.
// Pure functions over file contents, so the script can check everything before it writes anything.

/** The import name of a rule in src/rules/index.ts: drop-table -> dropTable. */
export const identifierOf = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * The placeholder's metadata. Its examples are comments: the rule tester needs the bad one to
 * trigger the rule and the good one to hold statements, so both fail until the author writes SQL.
 */
export const placeholderMeta = (category, id) => ({
  id,
  category,
  severity: 'warning',
  summary: 'TODO: one line: what the rule finds.',
  rationale: 'TODO: why it hurts in production.',
  safeAlternative: 'TODO: what to write instead.',
  needs: 'sql',
  example: { bad: `-- TODO: SQL that triggers ${id}`, good: '-- TODO: its safe rewrite' },
});

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** src/rules/<category>/<id>.ts for the metadata. */
export function ruleSource(meta) {
  return `import { rule } from '../helpers.js';

// Written by \`npm run new-rule\`. Replace every TODO: until then the rule finds nothing and its
// tests fail. Metadata is documented in ../types.ts (RuleMeta: needs 'review' when the rule reads
// what the sandbox measured, lock for the docs, example.setup for the schema the change meets);
// ../helpers.ts has what rules share (statementsOf, newColumns, alterExisting, targetTable, ...).
export default rule(
  {
    id: ${quote(meta.id)},
    category: ${quote(meta.category)},
    severity: ${quote(meta.severity)},
    summary: ${quote(meta.summary)},
    rationale: ${quote(meta.rationale)},
    safeAlternative: ${quote(meta.safeAlternative)},
    needs: ${quote(meta.needs)},
    example: {
      bad: ${quote(meta.example.bad)},
      good: ${quote(meta.example.good)},
    },
  },
  // TODO: a hit per offending statement, e.g.
  // statementsOf(ctx, 'AlterTableStmt').filter(...).map((s) => ({ at: s, object: targetTable(ctx, s), message: '...' }))
  (_ctx) => [],
);
`;
}

const IMPORT = /^import (\w+) from '\.\/([a-z]+)\/([a-z0-9-]+)\.js';$/;

/** Where a rule of a category goes among entries grouped by category: before the first of its category that sorts after it, else after the last of its category. */
function placeFor(entries, category, id) {
  const same = entries.filter((e) => e.category === category);
  const next = same.find((e) => e.id > id);
  return next ? next.line : (same.at(-1) ?? entries.at(-1)).line + 1;
}

/** The registry's imports and RULES entries, with the line each is on. */
function registryEntries(lines) {
  const imports = lines.flatMap((text, line) => {
    const m = IMPORT.exec(text);
    return m ? [{ line, name: m[1], category: m[2], id: m[3] }] : [];
  });
  const byName = new Map(imports.map((e) => [e.name, e]));
  const start = lines.indexOf('export const RULES = [');
  const end = lines.indexOf('];', start);
  if (!imports.length || start < 0 || end < 0) throw new Error('src/rules/index.ts has no rule imports and `export const RULES = [ ... ];` list to add to');
  const listed = lines.slice(start + 1, end).map((text, i) => {
    const entry = byName.get(text.trim().replace(/,$/, ''));
    if (!entry) throw new Error(`src/rules/index.ts: "${text.trim()}" in RULES is not a rule import`);
    return { ...entry, line: start + 1 + i };
  });
  return { imports, listed };
}

/** The ids of the registry's RULES, in order. */
export const registryOrder = (indexText) => registryEntries(indexText.split('\n')).listed.map((e) => e.id);

/** src/rules/index.ts with the rule imported and listed beside its category's, in id order. */
export function registerRule(indexText, category, id) {
  const lines = indexText.split('\n');
  const { imports, listed } = registryEntries(lines);
  const name = identifierOf(id);
  // The later line first, so the earlier insertion does not shift it.
  lines.splice(placeFor(listed, category, id), 0, `  ${name},`);
  lines.splice(placeFor(imports, category, id), 0, `import ${name} from './${category}/${id}.js';`);
  return lines.join('\n');
}

/** test/rules/cases.ts with placeholder cases for the rule at the end of its category's section. */
export function addCases(casesText, category, id) {
  const lines = casesText.split('\n');
  const start = lines.indexOf('export const CASES: Partial<Record<RuleId, RuleCases>> = {');
  const end = lines.indexOf('};', start);
  if (start < 0 || end < 0) throw new Error('test/rules/cases.ts has no `export const CASES ... = { ... };` to add to');
  // Sections open with a comment at the entries' indentation: "// Locking", "// Plans: ...".
  const isSection = (text) => text.startsWith('  // ');
  const header = lines.findIndex((text, i) => i > start && i < end && isSection(text) && text.slice(5).split(/\W/)[0]?.toLowerCase() === category);
  const next = header < 0 ? -1 : lines.findIndex((text, i) => i > header && i < end && isSection(text));
  const at = header < 0 || next < 0 ? end : next;
  lines.splice(
    at,
    0,
    `  ${quote(id)}: {`,
    '    // TODO (npm run new-rule): more SQL that must trigger the rule and SQL that must not, with a setup where it needs one.',
    `    triggers: [{ sql: ${quote(`-- TODO: a change that triggers ${id}`)} }],`,
    `    passes: [{ sql: ${quote(`-- TODO: a change that does not trigger ${id}`)} }],`,
    '  },',
  );
  return lines.join('\n');
}

import { loadModule } from 'libpg-query';
import { parseMigration, reviveParsed, type ParsedFile, type ParseTask } from './parse/statements.js';
import { buildContext } from './rules/context.js';
import { RULE_IDS, RULES } from './rules/index.js';
import { runRules, type RuleResults, type RulesTask } from './rules/run.js';

/**
 * The tasks isolate/pool.ts runs in worker threads: each export is one, its input and result plain data
 * (structured clones). Nothing here keeps state between tasks, since a thread is ended with a
 * task that overruns.
 */

export { formatted, publishable } from './render/publishable.js';

// The parser's WebAssembly compiles as the thread starts (startTasks), not in its first task; a
// failure is the first task's to report, which awaits it again.
loadModule().catch(() => {});

export function parse(files: ParseTask): Promise<ParsedFile[]> {
  return Promise.all(files.map((f) => parseMigration(f.path, f.sql, f.templating)));
}

export async function rules({ context, config }: RulesTask): Promise<RuleResults> {
  // Rules scan comments and expressions with the parser's synchronous calls: in a thread that has
  // parsed nothing yet, its WebAssembly may still be compiling.
  await loadModule();
  const migrations = context.migrations.map((m) => ({ ...m, parsed: reviveParsed(m.parsed) }));
  return runRules(buildContext({ ...context, migrations, ruleIds: RULE_IDS }), RULES, config);
}

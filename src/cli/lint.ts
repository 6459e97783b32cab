import { readFileSync, statSync } from 'node:fs';
import { join, parse, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { executionPlan, notRun } from '../apply/plan.js';
import type { FileOutcome } from '../apply/types.js';
import type { DbaConfig } from '../config/schema.js';
import { discoverMigrations } from '../discover/discover.js';
import type { ParseCache } from '../parse/parseCache.js';
import { parseMigration } from '../parse/statements.js';
import { NO_TEMPLATES } from '../parse/templates.js';
import { outcomeFindings } from '../review/outcomeFindings.js';
import type { Finding, Severity } from '../model/finding.js';
import type { LintFormat } from '../render/formats.js';
import { renderLintJson } from '../render/json.js';
import { renderSarifLog } from '../render/sarif.js';
import { findingCommands } from '../render/workflowCommands.js';
import { buildContext } from '../rules/context.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import { runRules } from '../rules/run.js';
import { MemorySource } from '../source/memory.js';

// Dependencies and git's own files: never this project's migrations, and large to crawl.
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Files named on the command line: files, folders (their .sql files) and globs, as paths relative
 * to `cwd` however they were written (./a.sql, an absolute path), so each is found once.
 */
export async function expandPaths(args: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    const full = resolve(cwd, arg);
    // Synchronous: for the hundreds of files a shell glob names, cheaper than a promise each.
    const s = statSync(full, { throwIfNoEntry: false });
    if (s?.isFile()) {
      found.add(relative(cwd, full));
      continue;
    }
    // A folder means its .sql files, anything else is a glob from cwd. Symbolic links are not
    // followed, and a glob naming a folder does not mean its files.
    const [pattern, root] = s?.isDirectory() ? ['**/*.sql', full] : [arg, cwd];
    const files = await glob(pattern, { cwd: root, ignore: IGNORE, dot: true, expandDirectories: false, followSymbolicLinks: false, absolute: true });
    // Sorted: the crawl's order varies from run to run.
    for (const f of files.sort()) found.add(relative(cwd, f));
  }
  return [...found];
}

export interface LintResult {
  findings: Finding[];
  /** The files linted as the review would have them, none run: their statements identify a finding in SARIF. */
  outcomes: FileOutcome[];
  files: number;
}

/** SQL read from standard input (`-`), linted as the file `name` would be. */
export interface StdinFile {
  name: string;
  text: string;
}

/**
 * The rules that need no database, over files on disk (and standard input): each file's framework
 * is still detected (it decides transaction semantics), statements are parsed, nothing runs.
 */
export async function lintFiles(paths: string[], cwd: string, config: DbaConfig, stdin?: StdinFile, cache?: ParseCache): Promise<LintResult> {
  // Layouts see paths inside one tree (and their folders tell the framework): files outside cwd are named from the filesystem's root.
  const named = stdin ? [...paths, stdin.name] : paths;
  const root = named.some((p) => relative(cwd, resolve(cwd, p)).startsWith('..')) ? parse(cwd).root : cwd;
  const inTree = (p: string) => relative(root, resolve(cwd, p));
  // Read one after another: for many small files, cheaper than a promise and a thread-pool round trip each.
  const files: Record<string, Buffer | string> = Object.fromEntries(paths.map((p) => [inTree(p), readFileSync(resolve(cwd, p))] as const));
  if (stdin) files[inTree(stdin.name)] = stdin.text;
  const { findings, outcomes } = await lintSources(files, config, cache);
  const fromCwd = (file: string) => relative(cwd, join(root, file));
  if (root !== cwd) {
    for (const f of findings) f.file = fromCwd(f.file);
    for (const o of outcomes) o.path = fromCwd(o.path);
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { findings, outcomes, files: Object.keys(files).length };
}

/** Lint over files given by path within one tree: what `lint` does once the files are read. */
export async function lintTree(files: Record<string, Buffer | string>, config: DbaConfig): Promise<Finding[]> {
  return (await lintSources(files, config)).findings;
}

async function lintSources(files: Record<string, Buffer | string>, config: DbaConfig, cache?: ParseCache): Promise<Omit<LintResult, 'files'>> {
  const source = new MemorySource(files);
  // Every file given is a candidate (the source holds only them); the layout decides the framework.
  // migrations.exclude holds for lint too: a pre-commit hook naming every .sql file skips what the review skips.
  const discovery = await discoverMigrations(source, source.tree, {
    paths: ['**'],
    framework: config.migrations.framework,
    exclude: config.migrations.exclude,
  });
  // The files named are all lint sees: placeholders take their values from the config alone.
  const settings = { ...NO_TEMPLATES, variables: config.migrations.variables };
  const units = await Promise.all(
    discovery.migrations.map(async (migration) => ({
      migration,
      parsed: await parseMigration(migration.path, migration.up, { settings, flyway: migration.framework === 'flyway' }, cache),
    })),
  );
  // What the sandbox would have recorded without running anything: parse errors and statements
  // the framework would run inside a transaction that refuse one.
  const outcomes: FileOutcome[] = units.map(({ migration, parsed }) => {
    const plan = parsed.ok ? executionPlan(migration, parsed.statements, config.postgres.version) : { transactional: false, incompatible: [] };
    return {
      key: migration.key,
      path: migration.path,
      framework: migration.framework,
      transaction: migration.transaction,
      status: parsed.ok ? 'not-run' : 'failed',
      transactional: plan.transactional,
      incompatible: plan.incompatible.map((s) => s.index),
      heldAtCommit: [],
      statements: parsed.ok ? parsed.statements.map(notRun) : [],
      ...(parsed.ok ? {} : { parseError: { message: parsed.error.message, position: parsed.error.position } }),
    };
  });
  const ctx = buildContext({
    mode: 'lint',
    serverMajor: config.postgres.version,
    migrations: units.map((u) => ({ migration: u.migration, parsed: u.parsed })),
    detections: outcomeFindings(outcomes),
    ruleIds: RULE_IDS,
  });
  return { findings: runRules(ctx, RULES, config.rules).findings, outcomes };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Exit status for `lint`: 1 when a finding reaches fail_on. */
export function lintFails(findings: Finding[], failOn: DbaConfig['fail_on']): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]);
}

/** One line per finding, like a compiler: file:line:col severity rule-id message (a name's line breaks cannot start another). */
export function formatFindings(findings: Finding[]): string {
  const oneLine = (text: string) => text.replace(/\r\n?|\n/g, ' ');
  return findings.map((f) => `${oneLine(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)}\n`).join('');
}

/** What `lint` prints in each format: text as above, the review's JSON findings, SARIF, or GitHub Actions annotations. */
export function formatLint(result: LintResult, format: LintFormat, version: string): string {
  switch (format) {
    case 'text':
      return formatFindings(result.findings);
    case 'json':
      return `${renderLintJson(result.findings, result.files)}\n`;
    case 'sarif':
      return `${renderSarifLog({ findings: result.findings, acknowledged: [], files: result.outcomes, problems: [], executionSuccessful: true }, version)}\n`;
    case 'github':
      return findingCommands(result.findings);
  }
}

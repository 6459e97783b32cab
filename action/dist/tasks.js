import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  FULL,
  PERSONAL_NAME,
  RETENTION_NAME,
  RULES,
  RULE_IDS,
  SEVERITY_ORDER,
  STATUS_NAME,
  TIME_NAME,
  acknowledgedList,
  backupAndHa,
  buildContext,
  capped,
  cell,
  code,
  conclusionOf,
  counts,
  fileLink,
  indexLeadsWith,
  indexingStrategy,
  ms,
  objective,
  parseMigration,
  performance,
  plural,
  proposedSchemaChanges,
  questions,
  renderCheckRun,
  renderJson,
  reviveParsed,
  row,
  runRules,
  security,
  verdictTitle
} from "./chunk-QPWYSVUB.js";
import "./chunk-PNJ7WGRW.js";

// src/review/facts.ts
var LITERAL = /'(?:[^']|'')*'/g;
function checkValues(table, column) {
  for (const c of table.constraints) {
    if (c.type !== "check" || !c.columns.includes(column)) continue;
    const values = [...c.definition.matchAll(LITERAL)].filter((m) => c.definition.startsWith("::", m.index + m[0].length)).map((m) => m[0].slice(1, -1).replace(/''/g, "'"));
    if (values.length) return values;
  }
  return [];
}
function changeFacts(review) {
  const facts = {
    newTables: [],
    changedTables: [],
    droppedTables: [],
    droppedColumns: [],
    addedIndexes: [],
    droppedIndexes: [],
    unindexedForeignKeys: [],
    tablesWithoutPrimaryKey: [],
    unloggedTables: [],
    privilegeChanges: [],
    statusColumns: [],
    retentionColumns: [],
    timeColumns: [],
    personalDataColumns: []
  };
  const catalog = review.catalog;
  if (!catalog) return facts;
  const { before, after, changes } = catalog;
  const touched = new Set(changes.map((c) => c.table ?? c.name));
  for (const change of changes) {
    if (change.objectType === "table" && change.action === "removed") facts.droppedTables.push(change.name);
    if (change.objectType === "column" && change.action === "removed" && change.table && after.tables[change.table]) facts.droppedColumns.push(change.name);
    if (change.objectType === "index" && change.action === "removed" && change.table && after.tables[change.table]) facts.droppedIndexes.push(change);
    if (change.objectType === "table" && change.details.some((d) => d.startsWith("privileges:"))) facts.privilegeChanges.push(change);
    if (change.objectType === "index" && change.action === "added" && change.table) {
      const table = after.tables[change.table];
      const index = table?.indexes.find((i) => `${change.table} index ${i.name}` === change.name);
      if (index) facts.addedIndexes.push({ table: change.table, index });
    }
  }
  for (const table of Object.values(after.tables)) {
    if (!touched.has(table.qualifiedName)) continue;
    const existingTable = before.tables[table.qualifiedName] !== void 0;
    (existingTable ? facts.changedTables : facts.newTables).push(table);
    if (table.persistence === "unlogged") facts.unloggedTables.push(table.qualifiedName);
    if (!existingTable && !table.constraints.some((c) => c.type === "primary key")) facts.tablesWithoutPrimaryKey.push(table.qualifiedName);
    for (const constraint of table.constraints) {
      if (constraint.type !== "foreign key") continue;
      if (!table.indexes.some((i) => indexLeadsWith(i, constraint.columns))) facts.unindexedForeignKeys.push({ table, constraint, existingTable });
    }
    const oldColumns = new Set(before.tables[table.qualifiedName]?.columns.map((c) => c.name) ?? []);
    for (const column of table.columns) {
      if (oldColumns.has(column.name)) continue;
      const ref = { table: table.qualifiedName, column: column.name };
      if (STATUS_NAME.test(column.name)) facts.statusColumns.push({ ...ref, values: checkValues(table, column.name) });
      if (RETENTION_NAME.test(column.name)) facts.retentionColumns.push(ref);
      if (TIME_NAME.test(column.name) && /^(timestamp|date)/.test(column.type)) facts.timeColumns.push({ ...ref, type: column.type });
      if (PERSONAL_NAME.test(column.name)) facts.personalDataColumns.push(ref);
    }
  }
  return facts;
}

// src/render/markdown.ts
var ICON = { success: "\u2705", neutral: "\u26A0\uFE0F", failure: "\u274C" };
var SEVERITY_ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function applyState(review) {
  if (review.outcome !== "migration-failed") return [];
  const by = (status) => review.files.filter((f) => f.status === status).map((f) => code(f.path));
  const failed = review.files.find((f) => f.status === "failed");
  const lines = [];
  const applied = by("applied");
  lines.push(applied.length ? `Applied before the failure: ${applied.join(", ")}.` : "Nothing was applied before the failure.");
  if (failed)
    lines.push(
      `${code(failed.path)} ${failed.transactional ? "was rolled back as a whole (it runs in one transaction)" : "is partly applied: it does not run in one transaction"}.`
    );
  const notRun = by("not-run");
  if (notRun.length) lines.push(`Not run, since they come after it: ${notRun.join(", ")}.`);
  return lines;
}
function supersedes(review) {
  const p = review.previous;
  if (!p) return [];
  const words = (errors, warnings) => [errors && plural(errors, "error"), warnings && plural(warnings, "warning")].filter(Boolean).join(" and ");
  const now = counts(review.findings);
  const resolved = (p.errors || p.warnings) && !now.error && !now.warning ? ": all resolved" : "";
  const was = words(p.errors, p.warnings) || "no findings";
  return [
    `Updated for ${code(review.subject.headSha.slice(0, 7))}. The review of ${code(p.head.slice(0, 7))} had ${was}; this push has ${words(now.error, now.warning) || "none"}${resolved}.`
  ];
}
function verdict(review) {
  const lines = [
    `**${ICON[conclusionOf(review)]} ${verdictTitle(review)}**`,
    ...supersedes(review).map((l) => `- ${l}`),
    ...applyState(review).map((l) => `- ${l}`)
  ];
  for (const p of review.problems) lines.push(`- ${p}`);
  for (const n of review.notes) lines.push(`- Note: ${n}`);
  return lines.join("\n");
}
function findingsTable(review, budget) {
  if (!review.findings.length) return "";
  const sorted = [...review.findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line
  );
  return [
    "| Severity | Rule | Where | Finding |",
    "| --- | --- | --- | --- |",
    ...capped(
      sorted.map((f) => row([SEVERITY_ICON[f.severity], code(f.ruleId), fileLink(review, f.file, f.line), cell(f.message)])),
      budget.rows,
      "the check run's annotations list them all"
    )
  ].join("\n");
}
function suppressedSection(review) {
  if (!review.suppressed.length) return "";
  return [
    `<details><summary>${review.suppressed.length} finding${review.suppressed.length === 1 ? "" : "s"} suppressed with <code>-- dba-ignore</code></summary>`,
    "",
    "| Rule | Where | Reason given |",
    "| --- | --- | --- |",
    ...review.suppressed.map((s) => row([code(s.finding.ruleId), fileLink(review, s.finding.file, s.finding.line), cell(s.reason)])),
    "",
    "</details>"
  ].join("\n");
}
function footer(review) {
  const parts = ["pg-dba-review", `head ${code(review.subject.headSha.slice(0, 7))}`];
  if (review.postgres) parts.push(`PostgreSQL ${review.postgres.version} (${review.postgres.provider})`);
  parts.push(`reviewed in ${ms(review.durationMs)}`);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
var BUDGETS = [
  FULL,
  { sqlLines: 60, rows: 150, rawTrace: false, erDiagram: true },
  { sqlLines: 20, rows: 60, rawTrace: false, erDiagram: false },
  { sqlLines: 0, rows: 20, rawTrace: false, erDiagram: false }
];
function renderMarkdown(review, limit = Number.POSITIVE_INFINITY) {
  for (const budget of BUDGETS) {
    const text = renderWith(review, budget);
    if (text.length <= limit) return text;
  }
  return renderWith(review, BUDGETS.at(-1)).slice(0, limit);
}
function renderWith(review, budget) {
  const heading = `## PostgreSQL DBA Review: ${cell(review.heading)}`;
  if (review.outcome === "no-migrations") {
    const where = review.config?.migrations.paths ? ` matching ${review.config.migrations.paths.map((p) => code(p)).join(", ")}` : "";
    return [
      heading,
      "",
      `**${ICON.success} No migration changes**: this push changes no migration file${where}, so there is nothing to review.`,
      "",
      footer(review)
    ].join("\n");
  }
  const facts = changeFacts(review);
  const blocks = [
    heading,
    verdict(review),
    findingsTable(review, budget),
    acknowledgedList(review, budget),
    suppressedSection(review),
    `### Objective
${objective(review, facts, budget)}`,
    `### Proposed Schema Changes
${proposedSchemaChanges(review, budget)}`,
    `### Indexing Strategy
${indexingStrategy(review, facts, budget)}`,
    `### Performance Considerations
${performance(review, budget)}`,
    `### Security & Access Control
${security(facts, budget)}`,
    `### Backup & HA Notes
${backupAndHa(review, facts, budget)}`,
    `### Questions or Flags
${questions(facts, budget)}`,
    footer(review)
  ];
  return blocks.filter(Boolean).join("\n\n") + "\n";
}

// src/render/sarif.ts
var DOCS_BASE = "https://github.com/pg-dba-review/pg-dba-review/blob/main/docs/rules/";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function renderSarif(review, toolVersion) {
  const reported = [
    ...review.findings.map((f) => [f]),
    ...(review.acknowledged ?? []).map((a) => [a.finding, a.reason])
  ];
  const used = RULES.filter((r) => reported.some(([f]) => f.ruleId === r.meta.id));
  const rules2 = used.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: r.meta.summary },
    fullDescription: { text: r.meta.rationale },
    help: {
      text: `${r.meta.rationale}

Instead: ${r.meta.safeAlternative}`,
      markdown: `${r.meta.rationale}

**Instead:** ${r.meta.safeAlternative}

\`\`\`sql
${r.meta.example.good}
\`\`\``
    },
    helpUri: `${DOCS_BASE}${r.meta.id}.md`,
    defaultConfiguration: { level: LEVEL[r.meta.severity] },
    properties: { category: r.meta.category, tags: ["postgresql", "migrations", r.meta.category] }
  }));
  const index = new Map(used.map((r, i) => [r.meta.id, i]));
  const results = reported.filter(([f]) => !f.detached).map(([f, justification]) => ({
    ruleId: f.ruleId,
    ...index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {},
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file.split("/").map(encodeURIComponent).join("/") },
          region: { startLine: f.line, startColumn: f.column, endLine: Math.max(f.line, f.endLine ?? f.line) }
        }
      }
    ],
    ...f.object ? { properties: { object: f.object } } : {},
    ...justification === void 0 ? {} : { suppressions: [{ kind: "external", justification }] }
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "pg-dba-review", version: toolVersion, informationUri: "https://github.com/pg-dba-review/pg-dba-review", rules: rules2 } },
        results,
        invocations: [
          {
            executionSuccessful: review.outcome !== "could-not-run",
            ...review.problems.length ? { toolExecutionNotifications: review.problems.map((p) => ({ level: "error", message: { text: p } })) } : {}
          }
        ],
        ...review.subject.headSha ? {
          versionControlProvenance: [
            {
              repositoryUri: review.subject.repository ? `https://github.com/${review.subject.repository}` : "file:///",
              revisionId: review.subject.headSha
            }
          ]
        } : {}
      }
    ]
  };
  return JSON.stringify(log, null, 2);
}

// src/render/publishable.ts
function publishable({ review, commentRoom, checkRoom }) {
  return { markdown: renderMarkdown(review, commentRoom), check: renderCheckRun(review, renderMarkdown(review, checkRoom)) };
}
function formatted({ review, format, version }) {
  return format === "json" ? `${renderJson(review)}
` : format === "sarif" ? `${renderSarif(review, version)}
` : renderMarkdown(review);
}

// src/tasks.ts
function parse(files) {
  return Promise.all(files.map((f) => parseMigration(f.path, f.sql, f.templating)));
}
function rules({ context, config }) {
  const migrations = context.migrations.map((m) => ({ ...m, parsed: reviveParsed(m.parsed) }));
  return runRules(buildContext({ ...context, migrations, ruleIds: RULE_IDS }), RULES, config);
}
export {
  formatted,
  parse,
  publishable,
  rules
};

import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  RULES,
  RULE_IDS,
  buildContext,
  commentMarkdown,
  fingerprint,
  parseMigration,
  renderCheckRun,
  renderJson,
  renderMarkdown,
  renderWholeMarkdown,
  repositoryUrl,
  require_wasm,
  reviveParsed,
  runRules
} from "./chunk-ADFACOLH.js";
import {
  __toESM
} from "./chunk-PNJ7WGRW.js";

// src/tasks.ts
var import_libpg_query = __toESM(require_wasm(), 1);

// src/render/sarif.ts
var DOCS_BASE = "https://github.com/pg-dba-review/pg-dba-review/blob/main/docs/rules/";
function ruleDocsUrl(ruleId, base = process.env.PG_DBA_REVIEW_DOCS_URL || DOCS_BASE) {
  return `${base}${base.endsWith("/") ? "" : "/"}${ruleId}.md`;
}
var FINGERPRINT_KEY = "pgDbaReviewStatementHash/v1";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function renderSarif(review, toolVersion) {
  return renderSarifLog(
    {
      findings: review.findings,
      acknowledged: review.acknowledged ?? [],
      files: review.files,
      problems: review.problems,
      executionSuccessful: review.outcome !== "could-not-run",
      ...review.subject.headSha ? { provenance: { repositoryUri: repositoryUrl(review) ?? "file:///", revisionId: review.subject.headSha } } : {}
    },
    toolVersion
  );
}
function identities(findings, files) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const print = fingerprint({ files }, f);
    const n = (seen.get(print) ?? 0) + 1;
    seen.set(print, n);
    return `${print}:${n}`;
  });
}
function renderSarifLog(input, toolVersion) {
  const reported = [
    ...input.findings.map((f) => [f]),
    ...input.acknowledged.map((a) => [a.finding, a.reason])
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
    helpUri: ruleDocsUrl(r.meta.id),
    defaultConfiguration: { level: LEVEL[r.meta.severity] },
    properties: { category: r.meta.category, tags: ["postgresql", "migrations", r.meta.category] }
  }));
  const index = new Map(used.map((r, i) => [r.meta.id, i]));
  const placed = reported.filter(([f]) => !f.detached);
  const prints = identities(
    placed.map(([f]) => f),
    input.files
  );
  const results = placed.map(([f, justification], i) => ({
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
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
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
            executionSuccessful: input.executionSuccessful,
            ...input.problems.length ? { toolExecutionNotifications: input.problems.map((p) => ({ level: "error", message: { text: p } })) } : {}
          }
        ],
        ...input.provenance ? { versionControlProvenance: [input.provenance] } : {}
      }
    ]
  };
  return JSON.stringify(log, null, 2);
}

// src/render/workflowCommands.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(name, properties, message) {
  const props = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}
`;
}
function findingCommands(findings) {
  return findings.map(
    (f) => workflowCommand(
      COMMAND[f.severity],
      f.detached ? { title: f.ruleId } : { file: f.file, line: f.line, endLine: Math.max(f.line, f.endLine ?? f.line), col: f.column, title: f.ruleId },
      f.message
    )
  ).join("");
}
function reviewCommands(review) {
  return review.problems.map((p) => workflowCommand("error", { title: "pg-dba-review" }, p)).join("") + findingCommands(review.findings);
}

// src/render/publishable.ts
function publishable({ review, commentRoom, checkRoom }) {
  return { markdown: commentMarkdown(review, commentRoom), check: renderCheckRun(review, renderMarkdown(review, checkRoom)) };
}
function formatted({ review, format, version, full }) {
  switch (format) {
    case "json":
      return `${renderJson(review)}
`;
    case "sarif":
      return `${renderSarif(review, version)}
`;
    case "github":
      return reviewCommands(review);
    case "markdown":
      return full ? renderWholeMarkdown(review) : commentMarkdown(review);
  }
}

// src/tasks.ts
(0, import_libpg_query.loadModule)().catch(() => {
});
function parse(files) {
  return Promise.all(files.map((f) => parseMigration(f.path, f.sql, f.templating)));
}
async function rules({ context, config }) {
  await (0, import_libpg_query.loadModule)();
  const migrations = context.migrations.map((m) => ({ ...m, parsed: reviveParsed(m.parsed) }));
  return runRules(buildContext({ ...context, migrations, ruleIds: RULE_IDS }), RULES, config);
}
export {
  formatted,
  parse,
  publishable,
  rules
};

import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  PERSONAL_NAME,
  RETENTION_NAME,
  RULES,
  RULE_IDS,
  SEVERITY_ORDER,
  STATUS_NAME,
  TIME_NAME,
  TRIAL_INDEX,
  blocksInWords,
  buildContext,
  cell,
  code,
  conclusionOf,
  costText,
  counts,
  fenced,
  fileLink,
  indexLeadsWith,
  ms,
  parseMigration,
  plural,
  renderCheckRun,
  renderJson,
  reviveParsed,
  row,
  runRules,
  strength,
  unqualified,
  verdictTitle
} from "./chunk-F7TZ2QPY.js";
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

// src/review/measured.ts
function tableOfIndex(review, index) {
  const [schema, name] = index.split(".");
  for (const t of Object.values(review.catalog?.before.tables ?? {})) {
    if (t.schema === schema && t.indexes.some((i) => i.name === name)) return t.qualifiedName;
  }
  return void 0;
}
function statementImpacts(review) {
  let impacts = computed.get(review);
  if (!impacts) computed.set(review, impacts = computeImpacts(review));
  return impacts;
}
var computed = /* @__PURE__ */ new WeakMap();
function computeImpacts(review) {
  const existing = new Set(Object.keys(review.catalog?.before.tables ?? {}));
  const out = [];
  for (const file of review.files) {
    for (const statement of file.statements) {
      if (statement.status === "not-run") continue;
      const tables = /* @__PURE__ */ new Map();
      const impact = (table) => {
        let t = tables.get(table);
        if (!t) {
          t = { table, mode: null, heldMs: null, rows: review.rows[table] ?? null, rewritten: false, indexesRewritten: [], rowsScanned: null };
          tables.set(table, t);
        }
        return t;
      };
      for (const lock of statement.locks ?? []) {
        if (lock.kind !== "table" || !existing.has(lock.relation)) continue;
        const t = impact(lock.relation);
        if (!t.mode || strength(lock.mode) > strength(t.mode)) t.mode = lock.mode;
      }
      for (const t of tables.values()) {
        const held = file.heldAtCommit.find((h) => h.relation === t.table && h.since === statement.index && h.mode === t.mode);
        t.heldMs = held ? held.heldMs : statement.durationMs;
      }
      for (const rel of statement.rewrites ?? []) {
        if (existing.has(rel)) impact(rel).rewritten = true;
        else {
          const table = tableOfIndex(review, rel);
          if (table) impact(table).indexesRewritten.push(rel);
        }
      }
      for (const scan of statement.scans ?? []) if (existing.has(scan.relation)) impact(scan.relation).rowsScanned = scan.rowsRead;
      const locksUnseen = statement.locks === void 0 && statement.status === "applied";
      if (tables.size || locksUnseen) out.push({ file, statement, tables: [...tables.values()], locksUnseen });
    }
  }
  return out;
}

// src/render/erDiagram.ts
var MAX_ENTITIES = 20;
var ident = (s) => s.replace(/^public\./, "").replace(/[^A-Za-z0-9_]/g, "_");
var label = (s) => s.replace(/"/g, "'").replace(/\r\n?|\n/g, " ");
var typeWord = (t) => t.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "") || "unknown";
function erDiagram(review) {
  const catalog = review.catalog;
  if (!catalog) return "";
  const after = catalog.after.tables;
  const changedColumns = /* @__PURE__ */ new Map();
  for (const c of catalog.changes) if (c.objectType === "column") changedColumns.set(c.name, c.action);
  const touched = new Set(
    catalog.changes.filter((c) => c.objectType !== "policy" && c.objectType !== "trigger").map((c) => c.table ?? c.name).filter((n) => after[n])
  );
  if (!touched.size) return "";
  const neighbours = /* @__PURE__ */ new Set();
  for (const t of Object.values(after)) {
    for (const fk of t.constraints.filter((c) => c.type === "foreign key" && c.references)) {
      const parent = fk.references?.table;
      if (touched.has(t.qualifiedName) && after[parent]) neighbours.add(parent);
      if (touched.has(parent)) neighbours.add(t.qualifiedName);
    }
  }
  const shown = [...touched, ...[...neighbours].filter((n) => !touched.has(n))].slice(0, MAX_ENTITIES);
  const visible = new Set(shown);
  const lines = ["```mermaid", "erDiagram"];
  for (const name of shown) {
    const t = after[name];
    const pk = new Set(t.constraints.find((c) => c.type === "primary key")?.columns ?? []);
    const fk = new Set(t.constraints.filter((c) => c.type === "foreign key").flatMap((c) => c.columns));
    const columns = touched.has(name) ? t.columns : t.columns.filter((c) => pk.has(c.name) || fk.has(c.name));
    lines.push(`  ${ident(name)} {`);
    for (const c of columns) {
      const keys = [pk.has(c.name) ? "PK" : "", fk.has(c.name) ? "FK" : ""].filter(Boolean).join(",");
      const action = touched.has(name) && !catalog.before.tables[name] ? "added" : changedColumns.get(`${name}.${c.name}`);
      const note = action === "added" ? "new" : action === "changed" ? "changed" : "";
      lines.push(`    ${typeWord(c.type)} ${ident(c.name)}${keys ? ` ${keys}` : ""}${note ? ` "${note}"` : ""}`);
    }
    lines.push("  }");
  }
  for (const name of shown) {
    for (const fk of after[name].constraints.filter((c) => c.type === "foreign key" && c.references && visible.has(c.references.table))) {
      const child = after[name];
      const required = fk.columns.every((col) => child.columns.find((c) => c.name === col)?.notNull);
      lines.push(`  ${ident(fk.references?.table)} ${required ? "||" : "|o"}--o{ ${ident(name)} : "${label(fk.columns.join(", "))}"`);
    }
  }
  lines.push("```");
  const more = touched.size + neighbours.size - shown.length;
  return `${lines.join("\n")}${more > 0 ? `

_${more} more related table${more === 1 ? "" : "s"} not drawn._` : ""}`;
}

// src/render/summary.ts
function withoutComments(text) {
  let out = "";
  let at = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", at)) {
    out += text.slice(at, open);
    const close = text.indexOf("-->", open + 4);
    if (close === -1) return out;
    at = close + 3;
  }
  return out + text.slice(at);
}
function summaryOf(body) {
  const paragraphs = withoutComments(body ?? "").split(/\r?\n[ \t]*\r?\n/);
  for (const paragraph of paragraphs) {
    const prose = paragraph.split(/\r?\n/).filter((line) => !/^\s{0,3}#{1,6}(\s|$)/.test(line)).join(" ").trim();
    if (prose) return prose.slice(0, 500);
  }
  return void 0;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// src/render/plans.ts
function costChange(before, after) {
  if (after <= 0 || before <= 0) return "";
  return after < before ? ` (${(before / after).toFixed(before / after >= 10 ? 0 : 1)}x cheaper)` : ` (${(after / before).toFixed(1)}x dearer)`;
}
function trialLine(trial) {
  const tried = `${code(trial.definition)} with ${plural(trial.rows, "row")} in ${trial.relation}`;
  if ("error" in trial.with) return `- ${tried}: the index could not be tried (${trial.with.error}).`;
  if (trial.with.index !== TRIAL_INDEX)
    return `- ${tried}: the planner would not use it (${trial.with.scan}, estimated cost ${costText(trial.with.cost)}): the filter keeps too many rows for an index to pay off.`;
  const scan = `${trial.with.scan} using the new index`;
  return `- ${tried}: ${trial.without.scan}, estimated cost ${costText(trial.without.cost)} \u2192 ${scan}, estimated cost ${costText(trial.with.cost)}${costChange(trial.without.cost, trial.with.cost)}.`;
}
function evidenceFor(review, table, columns) {
  const trial = review.plans?.evidence.find((t) => t.relation === table && t.columns.join() === columns.join());
  return trial ? ` Tried in the sandbox for the lookup a DELETE on the parent runs (${code(trial.query)}): ${trialLine(trial).replace(/^- /, "")}` : "";
}
function planCell(plan) {
  if (!plan) return "not planned";
  if (!plan.ok) return `fails: ${cell(plan.error)}`;
  const scans = [...new Set(plan.summary.scans.map((s) => `${s.type} on ${unqualified(s.relation)}`))].join(", ") || "no table scan";
  return `${cell(scans)}; cost ${costText(plan.summary.totalCost)}`;
}
function keyQueries(review, maxRows) {
  const comparisons = review.plans?.comparisons ?? [];
  if (!comparisons.length) return "";
  const rows = Object.entries(review.plans?.rows ?? {}).map(([t, n]) => `${code(unqualified(t))} ${plural(n, "row")}`);
  const out = [
    `**Key queries** (\`queries:\` in .github/dba.yml), planned before and after the change${rows.length ? ` with ${rows.join(", ")}` : ""}:`,
    "",
    "| Query | Before | After | What changed |",
    "| --- | --- | --- | --- |"
  ];
  for (const c of comparisons.slice(0, maxRows)) {
    const changed = [
      ...c.changes.map((x) => `${x.regression ? "\u26A0\uFE0F " : ""}${x.message}`),
      ...c.blockedBy.map((w) => `waits while ${w.file}:${w.line} holds ${w.mode.replace(/Lock$/, "")} on ${unqualified(w.relation)}`)
    ];
    out.push(row([code(c.name), planCell(c.before), planCell(c.after), cell(changed.join("; ")) || "no change that matters"]));
  }
  const diffs = comparisons.filter((c) => c.before.ok && c.after?.ok && c.before.text !== c.after.text);
  if (diffs.length) {
    out.push("", "<details><summary>Plans that changed</summary>", "");
    for (const c of diffs.slice(0, maxRows)) {
      const [b, a] = [c.before, c.after];
      out.push(`${code(c.name)}`, "", fenced("diff", planDiff(b.text, a.text)), "");
    }
    out.push("</details>");
  }
  return out.join("\n");
}
function planDiff(before, after) {
  return diffLines(`${before}
`, `${after}
`).flatMap(
    (part) => part.value.replace(/\n$/, "").split("\n").map((line) => `${part.added ? "+" : part.removed ? "-" : " "} ${line}`)
  ).join("\n");
}

// src/render/sections.ts
var FULL = { sqlLines: 200, rows: 500, rawTrace: true, erDiagram: true };
function capped(lines, max, where = "the check run lists them all") {
  return lines.length > max ? [...lines.slice(0, max), `\u2026 and ${lines.length - max} more (${where})`] : lines;
}
function bullets(lines, empty, max = FULL.rows) {
  return lines.length ? capped(lines, max).map((l) => `- ${l}`).join("\n") : `- ${empty}`;
}
function firstLine(sql, max = 90) {
  const line = sql.split("\n")[0];
  return line.length > max || sql.includes("\n") ? `${line.slice(0, max).trimEnd()} \u2026` : line;
}
function names(items, max) {
  return items.length > max ? `${items.slice(0, max).join(", ")} and ${items.length - max} more` : items.join(", ");
}
function objective(review, facts, budget = FULL) {
  const lines = [];
  const subject = review.subject;
  lines.push(`${subject.number ? `#${subject.number} ` : ""}${subject.title}`.trim());
  const summary = summaryOf(subject.body);
  if (summary) lines.push(summary);
  const parts = [];
  if (facts.newTables.length)
    parts.push(
      `creates ${names(
        facts.newTables.map((t) => `${code(unqualified(t.qualifiedName))} (${plural(t.columns.length, "column")})`),
        budget.rows
      )}`
    );
  if (facts.changedTables.length)
    parts.push(
      `alters ${names(
        facts.changedTables.map((t) => code(unqualified(t.qualifiedName))),
        budget.rows
      )}`
    );
  if (facts.droppedTables.length)
    parts.push(
      `drops ${names(
        facts.droppedTables.map((t) => code(unqualified(t))),
        budget.rows
      )}`
    );
  const changedFiles = review.changedMigrations;
  const files = `${plural(changedFiles.length, "migration file")} (${[...new Set(changedFiles.map((c) => c.status))].join(", ")})`;
  lines.push(
    parts.length ? `Schema change: ${parts.join("; ")}, in ${files}.` : `Changes ${files}${review.catalog ? ", with no effect on tables, columns, indexes or constraints" : ""}.`
  );
  if (review.histories.length) lines.push(`Migrations: ${review.histories.join("; ")}.`);
  return bullets(lines, "", budget.rows);
}
function statementCounts(file) {
  const mode = file.transactional ? "in one transaction" : "statement by statement";
  return `${plural(file.statements.length, "statement")}, ${mode}`;
}
function changeLine(change) {
  const icon = change.action === "added" ? "\u2795" : change.action === "removed" ? "\u2796" : "\u270F\uFE0F";
  const memberName = change.table ? change.name.slice(change.table.length).replace(/^\.| index | constraint /, "") : change.name;
  const label2 = change.objectType === "column" || change.objectType === "index" || change.objectType === "constraint" ? `${change.objectType} ${code(memberName)}` : `${change.objectType} ${code(change.name)}`;
  const detail = change.details.length ? `: ${change.details.map((d) => code(d)).join("; ")}` : "";
  return `${icon} ${label2}${detail}`;
}
function catalogDiff(review, budget) {
  const changes = review.catalog?.changes ?? [];
  if (!changes.length) return "";
  const out = [`**Catalog diff** (${plural(changes.length, "change")}, read from the sandbox's system catalog):`, ""];
  const byTable = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.objectType === "schema") out.push(`- ${changeLine(c)}`);
    else {
      const key = c.table ?? c.name;
      byTable.set(key, [...byTable.get(key) ?? [], c]);
    }
  }
  const rows = [];
  for (const [table, list] of byTable) {
    const own = list.find((c) => c.objectType === "table");
    rows.push(own ? `- ${changeLine(own)}` : `- table ${code(table)}`);
    for (const c of list) if (c !== own) rows.push(`  - ${changeLine(c)}`);
  }
  return [...out, ...capped(rows, budget.rows, "the JSON output has the whole diff")].join("\n");
}
function proposedSchemaChanges(review, budget = FULL) {
  const out = [];
  for (const change of review.changedMigrations.filter((c) => c.status === "removed")) {
    out.push(`- ${code(change.path)}: **removed** by this change.`);
  }
  for (const file of review.files) {
    const sql = file.statements.map((s) => s.sql + ";").join("\n\n");
    const lines = sql.split("\n");
    const shown = lines.length > budget.sqlLines ? `${lines.slice(0, budget.sqlLines).join("\n")}
-- \u2026 ${lines.length - budget.sqlLines} more lines in the file` : sql;
    out.push(
      `${fileLink(review, file.path)} (${file.parseError ? "does not parse" : statementCounts(file)}):`,
      "",
      file.statements.length ? fenced("sql", shown) : "_No SQL statements._",
      ""
    );
  }
  const diff = catalogDiff(review, budget);
  if (diff) out.push(diff);
  const er = budget.erDiagram ? erDiagram(review) : "";
  if (er) out.push("", "**Tables this change creates or alters, and their foreign-key neighbours:**", "", er);
  return out.join("\n").trim() || "- No migration SQL to apply.";
}
function indexingStrategy(review, facts, budget = FULL) {
  const lines = [];
  for (const { table, index } of facts.addedIndexes) {
    const kind = index.primary ? "primary key" : index.unique ? "unique" : index.predicate ? "partial" : index.method;
    lines.push(
      `New ${kind} index ${code(index.name)} on ${code(unqualified(table))} (${cell(index.columns.map((c) => c ?? "(expression)").join(", "))})${index.predicate ? ` where ${code(index.predicate)}` : ""}.`
    );
  }
  for (const change of facts.droppedIndexes) lines.push(`Drops ${changeLine(change).replace(/^➖ /, "")}: queries that used it fall back to other plans.`);
  for (const gap of facts.unindexedForeignKeys) {
    const cols = gap.constraint.columns.join(", ");
    const ref = gap.constraint.references;
    const target = ref ? `${unqualified(ref.table)}(${ref.columns.join(", ")})` : "";
    const concurrently = gap.existingTable ? "CONCURRENTLY " : "";
    const name = `${gap.table.name}_${gap.constraint.columns.join("_")}_idx`.slice(0, 63);
    lines.push(
      `Foreign key ${code(`${unqualified(gap.table.qualifiedName)}(${cols}) -> ${target}`)} has no index that leads with ${code(cols)}: joins from ${code(ref ? unqualified(ref.table) : "the parent")} and every ${ref?.onDelete === "cascade" ? "cascading " : ""}DELETE or key UPDATE on it scan ${code(unqualified(gap.table.qualifiedName))}. Add ${code(`CREATE INDEX ${concurrently}${name} ON ${gap.table.qualifiedName} (${cols});`)}` + evidenceFor(review, gap.table.qualifiedName, gap.constraint.columns)
    );
  }
  for (const c of review.plans?.comparisons ?? [])
    for (const t of c.trials)
      lines.push(`Key query ${code(c.name)} reads ${code(unqualified(t.relation))} with a sequential scan; tried ${trialLine(t).replace(/^- /, "")}`);
  return bullets(
    lines,
    facts.newTables.length || facts.changedTables.length ? "No index changes, and every foreign key is served by an index." : "No index changes.",
    budget.rows
  );
}
function strongestTableLock(review, s) {
  const existing = new Set(Object.keys(review.catalog?.before.tables ?? {}));
  const locks = (s.locks ?? []).filter((l) => l.kind === "table" && existing.has(l.relation));
  if (!s.locks) return s.status === "applied" && s.observedFrom === void 0 && s.kind !== "TransactionStmt" ? "not seen" : "";
  const top = locks.reduce((best, l) => !best || strength(l.mode) > strength(best.mode) ? l : best, void 0);
  return top ? `${top.mode} on ${code(unqualified(top.relation))}` : "";
}
function baseSetup(base) {
  const { cache } = base;
  const replayed = `replaying the base branch's ${plural(base.paths.length, "migration")} (${plural(base.statements, "statement")}) in ${ms(base.durationMs)}`;
  if (cache.unavailable) return `${replayed} (the base snapshot cache could not be used: ${cache.unavailable})`;
  if (cache.status === "off" || !base.paths.length) return replayed;
  if (cache.status === "miss") return `${replayed}, with no cached snapshot of it yet`;
  const saved = cache.replayMs - cache.restoreMs > 0 ? `; the snapshot saved ${ms(cache.replayMs - cache.restoreMs)} of replay${cache.rowsRestored ? " and row generation" : ""}` : "";
  const rows = cache.rowsRestored ? " and of the rows generated for the tables the change touches" : "";
  const rest = cache.units - cache.restored;
  const what = cache.status === "hit" ? `the base branch's ${plural(base.paths.length, "migration")} (${plural(base.statements, "statement")})${rows}` : `the base branch's first ${plural(base.paths.length - rest, "migration")} and replaying the other ${rest} (${plural(base.statements, "statement")} in all)`;
  const ahead = cache.ahead ? " (a copy started ahead, when the previous review of this base ended)" : "";
  return `restoring a cached snapshot of ${what} in ${ms(base.durationMs)}${ahead}${saved}`;
}
function describeImpact(t, quote) {
  const parts = [];
  const rows = t.rows === null ? "" : t.rows === 0 ? " on an empty table" : ` on ${plural(t.rows, "row")}`;
  const doing = [];
  if (t.rewritten)
    doing.push(`rewriting it${t.indexesRewritten.length ? ` and its ${t.indexesRewritten.length} index${t.indexesRewritten.length === 1 ? "" : "es"}` : ""}`);
  else if (t.indexesRewritten.length) doing.push(`rebuilding ${t.indexesRewritten.map(quote).join(", ")}`);
  if (t.rowsScanned !== null) doing.push(`scanning it (${plural(t.rowsScanned, "row")} read)`);
  if (t.mode)
    parts.push(
      `holds ${t.mode} on ${quote(t.table)}${t.heldMs !== null ? ` for ${ms(t.heldMs)}` : ""}${rows}${doing.length ? ` while ${doing.join(" and ")}` : ""}; ${blocksInWords(t.mode)}`
    );
  else parts.push(`${doing.join(" and ") || "touches"} ${quote(t.table)}${rows}`);
  return parts.join("");
}
function performance(review, budget = FULL) {
  const lines = [];
  if (review.postgres && review.base?.copiedFrom) {
    lines.push(
      `Measured in a real PostgreSQL ${review.postgres.version} on a copy of database ${code(review.base.copiedFrom)} (SANDBOX_TEMPLATE: your production-like data, so row counts, plans and durations are real; the original is not touched).`
    );
  } else if (review.postgres && review.base?.failure) {
    const { file, error } = review.base.failure;
    lines.push(
      `Nothing of the change was measured: replaying the base branch's history in PostgreSQL ${review.postgres.version} (${review.postgres.provider} sandbox) stopped at ${fileLink(review, file, error.position.line)} after ${plural(review.base.statements, "statement")} (${ms(review.base.durationMs)}).`
    );
  } else if (review.postgres && review.base) {
    lines.push(`Measured in a real PostgreSQL ${review.postgres.version} (${review.postgres.provider} sandbox) after ${baseSetup(review.base)}.`);
  }
  const filled = Object.entries(review.rows);
  if (filled.length)
    lines.push(
      `Existing tables the change touches held, when it ran: ${filled.map(([t, rows]) => `${code(unqualified(t))} ${plural(rows, "row")}`).join(", ")} (${review.base?.copiedFrom ? "from the copy" : "generated; set `data.rows` in .github/dba.yml"}).`
    );
  for (const impact of statementImpacts(review)) {
    const where = fileLink(review, impact.statement.file, impact.statement.start.line);
    for (const t of impact.tables) lines.push(`${where}: ${describeImpact(t, (x) => code(unqualified(x)))}.`);
    if (impact.locksUnseen) lines.push(`${where}: finished in ${ms(impact.statement.durationMs)}, before a second session could see its locks.`);
  }
  const statements = review.files.flatMap((f) => f.statements);
  const ran = statements.filter((s) => s.status !== "not-run");
  if (ran.length) {
    const total = ran.reduce((sum, s) => sum + s.durationMs, 0);
    const slowest = ran.reduce((a, b) => b.durationMs > a.durationMs ? b : a);
    lines.push(
      `The change's ${plural(ran.length, "statement")} ran in ${ms(total)}; the slowest, ${fileLink(review, slowest.file, slowest.start.line)}, took ${ms(slowest.durationMs)}.`
    );
  }
  const table = ran.length ? [
    "| Statement | Where | Result | Time | Strongest lock on an existing table | Rewrites |",
    "| --- | --- | --- | --- | --- | --- |",
    ...capped(
      statements.map(
        (s) => row([
          code(firstLine(s.sql)),
          fileLink(review, s.file, s.start.line),
          `${s.status}${s.rowCount ? `, ${plural(s.rowCount, "row")}` : ""}`,
          s.status === "not-run" ? "" : ms(s.durationMs),
          strongestTableLock(review, s),
          (s.rewrites ?? []).map((r) => code(unqualified(r))).join(", ")
        ])
      ),
      budget.rows,
      "the JSON output has every statement"
    )
  ].join("\n") : "";
  const plans = keyQueries(review, budget.rows);
  const raw = ran.length && budget.rawTrace ? `<details><summary>Raw trace (JSON)</summary>

${fenced("json", `[
${ran.map((s) => JSON.stringify({ file: s.file, line: s.start.line, status: s.status, durationMs: Math.round(s.durationMs * 1e3) / 1e3, locks: s.locks?.map((l) => `${l.mode} ${l.relation}`), rewrites: s.rewrites, scans: s.scans })).join(",\n")}
]`)}

</details>` : "";
  return [bullets(lines, "Nothing was applied, so nothing was measured.", budget.rows), table, plans, raw].filter(Boolean).join("\n\n");
}
function security(facts, budget = FULL) {
  const lines = [];
  for (const t of facts.newTables) {
    const rls = t.rowSecurity ? `row level security is on${t.forceRowSecurity ? " and forced" : ""}` : "row level security is off";
    const grants = t.acl ? `privileges: ${t.acl.map((a) => code(a)).join(", ")}` : "no privileges granted beyond its owner";
    lines.push(`${code(unqualified(t.qualifiedName))}: ${rls}; ${grants}.`);
  }
  for (const change of facts.privilegeChanges) lines.push(`Privileges on ${code(change.name)} change: ${change.details.map((d) => code(d)).join("; ")}.`);
  if (facts.personalDataColumns.length) {
    lines.push(
      `Columns that look like personal data: ${names(
        facts.personalDataColumns.map((c) => code(`${unqualified(c.table)}.${c.column}`)),
        budget.rows
      )}. Decide which roles may read them (column privileges or an RLS policy) and whether they need masking outside production.`
    );
  }
  return bullets(lines, "No privilege, ownership or row level security changes.", budget.rows);
}
function backupAndHa(review, facts, budget = FULL) {
  const lines = [];
  for (const impact of statementImpacts(review)) {
    for (const t of impact.tables.filter((x) => x.rewritten)) {
      const rows = t.rows ? ` (${plural(t.rows, "row")} here)` : "";
      lines.push(
        `${fileLink(review, impact.statement.file, impact.statement.start.line)} rewrites ${code(unqualified(t.table))}${rows}${t.indexesRewritten.length ? ` and ${plural(t.indexesRewritten.length, "index", "indexes")}` : ""}: the whole table goes through WAL again, so replicas replay it (and lag meanwhile) and the WAL archive grows by about its size.`
      );
    }
  }
  for (const t of facts.tablesWithoutPrimaryKey) {
    lines.push(
      `${code(unqualified(t))} has no primary key: logical replication cannot replicate its UPDATEs and DELETEs (no replica identity), and duplicate rows cannot be told apart in a restore.`
    );
  }
  for (const t of facts.unloggedTables)
    lines.push(
      `${code(unqualified(t))} is UNLOGGED: it is not written to WAL, so it is absent from replicas and point-in-time recovery, and emptied after a crash.`
    );
  const durable = facts.newTables.filter((t) => t.persistence === "permanent" && !facts.tablesWithoutPrimaryKey.includes(t.qualifiedName));
  if (durable.length) {
    lines.push(
      `${names(
        durable.map((t) => code(unqualified(t.qualifiedName))),
        budget.rows
      )}: WAL-logged with a primary key, so covered by base backups, WAL archiving and streaming replicas, and replicable logically with the default replica identity.`
    );
  }
  if (facts.droppedTables.length || facts.droppedColumns.length) {
    const dropped = names(
      [...facts.droppedTables, ...facts.droppedColumns].map((n) => code(unqualified(n))),
      budget.rows
    );
    lines.push(
      `Drops ${dropped}: the data is gone as soon as this runs in production. Take a backup of it first (e.g. ${code("pg_dump --table=\u2026")}) or keep it for a release before dropping.`
    );
  }
  return bullets(lines, "No change to what backups or replicas carry.", budget.rows);
}
var TERMINAL_STATES = /^(expired|cancell?ed|rejected|archived|deleted|done|completed|closed|failed|revoked)$/i;
function questions(facts, budget = FULL) {
  const lines = [];
  for (const s of facts.statusColumns) {
    const name = code(`${unqualified(s.table)}.${s.column}`);
    const terminal = s.values.filter((v) => TERMINAL_STATES.test(v));
    if (terminal.length) {
      lines.push(`${name} has terminal states (${terminal.map((v) => code(v)).join(", ")}): should those rows be soft-deleted or purged, and after how long?`);
    } else if (s.values.length) {
      lines.push(
        `${name} takes ${s.values.map((v) => code(v)).join(", ")}: which value do background jobs poll? A partial index on it stays small as the table grows.`
      );
    } else {
      lines.push(`${name} has no CHECK constraint or enum: which values are valid? Without one, any string is accepted.`);
    }
  }
  for (const r of facts.retentionColumns)
    lines.push(`${code(`${unqualified(r.table)}.${r.column}`)}: what removes rows once this date passes, and how often? That job needs an index on it.`);
  for (const t of facts.timeColumns)
    lines.push(
      `Will ${code(unqualified(t.table))} need time-based analytics by ${code(t.column)}? If so, plan a BRIN index or time partitioning before it grows.`
    );
  for (const t of facts.newTables) {
    const parents = t.constraints.filter((c) => c.type === "foreign key").map((c) => c.references?.table ?? "");
    if (parents.length)
      lines.push(
        `What row growth is expected for ${code(unqualified(t.qualifiedName))}? It grows with ${parents.map((p) => code(unqualified(p))).join(", ")}.`
      );
  }
  return bullets(lines, "None: the schema gives no reason to ask.", budget.rows);
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
  const used = RULES.filter((r) => review.findings.some((f) => f.ruleId === r.meta.id));
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
  const results = review.findings.filter((f) => !f.detached).map((f) => ({
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
    ...f.object ? { properties: { object: f.object } } : {}
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

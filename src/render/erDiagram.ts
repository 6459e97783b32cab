import type { CatalogChange, TableInfo } from '../catalog/types.js';
import type { Review } from '../review/types.js';

const MAX_ENTITIES = 20;

/** Mermaid identifiers: letters, digits and underscores only. */
const ident = (s: string) => s.replace(/^public\./, '').replace(/[^A-Za-z0-9_]/g, '_');
/** A quoted label stays one line and one string, whatever the column names hold. */
const label = (s: string) => s.replace(/"/g, "'").replace(/\r\n?|\n/g, ' ');
const typeWord = (t: string) => t.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'unknown';

/**
 * A Mermaid erDiagram of the tables the change creates or alters and their direct foreign-key
 * neighbours (which GitHub renders), new and changed columns marked; neighbours show keys only.
 */
export function erDiagram(review: Review): string {
  const catalog = review.catalog;
  if (!catalog) return '';
  const after = catalog.after.tables;
  const changedColumns = new Map<string, CatalogChange['action']>();
  for (const c of catalog.changes) if (c.objectType === 'column') changedColumns.set(c.name, c.action);
  const touched = new Set(
    catalog.changes
      .filter((c) => c.objectType !== 'policy' && c.objectType !== 'trigger')
      .map((c) => c.table ?? c.name)
      .filter((n) => after[n]),
  );
  if (!touched.size) return '';
  const neighbours = new Set<string>();
  for (const t of Object.values(after)) {
    for (const fk of t.constraints.filter((c) => c.type === 'foreign key' && c.references)) {
      const parent = fk.references?.table as string;
      if (touched.has(t.qualifiedName) && after[parent]) neighbours.add(parent);
      if (touched.has(parent)) neighbours.add(t.qualifiedName);
    }
  }
  const shown = [...touched, ...[...neighbours].filter((n) => !touched.has(n))].slice(0, MAX_ENTITIES);
  const visible = new Set(shown);
  const lines = ['```mermaid', 'erDiagram'];
  for (const name of shown) {
    const t = after[name] as TableInfo;
    const pk = new Set(t.constraints.find((c) => c.type === 'primary key')?.columns ?? []);
    const fk = new Set(t.constraints.filter((c) => c.type === 'foreign key').flatMap((c) => c.columns));
    const columns = touched.has(name) ? t.columns : t.columns.filter((c) => pk.has(c.name) || fk.has(c.name));
    lines.push(`  ${ident(name)} {`);
    for (const c of columns) {
      const keys = [pk.has(c.name) ? 'PK' : '', fk.has(c.name) ? 'FK' : ''].filter(Boolean).join(',');
      const action = touched.has(name) && !catalog.before.tables[name] ? 'added' : changedColumns.get(`${name}.${c.name}`);
      const note = action === 'added' ? 'new' : action === 'changed' ? 'changed' : '';
      lines.push(`    ${typeWord(c.type)} ${ident(c.name)}${keys ? ` ${keys}` : ''}${note ? ` "${note}"` : ''}`);
    }
    lines.push('  }');
  }
  for (const name of shown) {
    for (const fk of (after[name] as TableInfo).constraints.filter((c) => c.type === 'foreign key' && c.references && visible.has(c.references.table))) {
      const child = after[name] as TableInfo;
      const required = fk.columns.every((col) => child.columns.find((c) => c.name === col)?.notNull);
      lines.push(`  ${ident(fk.references?.table as string)} ${required ? '||' : '|o'}--o{ ${ident(name)} : "${label(fk.columns.join(', '))}"`);
    }
  }
  lines.push('```');
  const more = touched.size + neighbours.size - shown.length;
  return `${lines.join('\n')}${more > 0 ? `\n\n_${more} more related table${more === 1 ? '' : 's'} not drawn._` : ''}`;
}

export interface ColumnInfo {
  name: string;
  /** format_type() output, with modifiers: varchar(80), numeric(12,2), timestamp with time zone. */
  type: string;
  notNull: boolean;
  default: string | null;
  identity: 'always' | 'by default' | null;
  /** Expression of a stored generated column. */
  generated: string | null;
  collation: string | null;
  /** Column-level privileges. */
  acl: string[] | null;
  comment: string | null;
}

export interface IndexInfo {
  name: string;
  definition: string;
  /** Key columns in order; null for an expression. */
  columns: (string | null)[];
  unique: boolean;
  primary: boolean;
  valid: boolean;
  predicate: string | null;
  /** The columns the predicate reads (empty for a full index). */
  predicateColumns: string[];
  method: string;
}

export type ConstraintType = 'primary key' | 'foreign key' | 'unique' | 'check' | 'exclusion';

export type ReferentialAction = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

export interface ConstraintInfo {
  name: string;
  type: ConstraintType;
  definition: string;
  /** The constrained columns: a key's columns, or every column a CHECK expression reads (conkey). */
  columns: string[];
  validated: boolean;
  deferrable: boolean;
  references: {
    table: string;
    columns: string[];
    onDelete: ReferentialAction;
    onUpdate: ReferentialAction;
  } | null;
}

export interface TableInfo {
  schema: string;
  name: string;
  /** schema.name */
  qualifiedName: string;
  partitioned: boolean;
  persistence: 'permanent' | 'unlogged';
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  /** aclitem texts, null when the table has default privileges. */
  acl: string[] | null;
  comment: string | null;
  /** Which old row values logical decoding writes: default (primary key), nothing, full, or index <name>. */
  replicaIdentity: string;
  /** PARTITION BY clause of a partitioned table. */
  partitionKey: string | null;
  /** Parent and bound of a partition: "public.events FOR VALUES FROM (...) TO (...)". */
  partitionOf: string | null;
  columns: ColumnInfo[];
  indexes: IndexInfo[];
  constraints: ConstraintInfo[];
}

/** Objects other than tables, diffed property by property. */
export type OtherObjectType =
  | 'extension'
  | 'sequence'
  | 'view'
  | 'materialized view'
  | 'function'
  | 'trigger'
  | 'type'
  | 'policy'
  | 'schema'
  | 'default privileges'
  | 'role'
  | 'publication';

export interface CatalogObject {
  /** One line that says what the object is, for additions and removals. */
  summary: string;
  properties: Record<string, unknown>;
}

/** The user-visible schema of one database at one moment, as readCatalog reads it. */
export interface CatalogState {
  schemas: string[];
  tables: Record<string, TableInfo>;
  objects: Record<OtherObjectType, Record<string, CatalogObject>>;
}

export type ObjectType = 'table' | 'column' | 'index' | 'constraint' | OtherObjectType;

/** One difference between two catalogs, named precisely. */
export interface CatalogChange {
  objectType: ObjectType;
  action: 'added' | 'removed' | 'changed';
  /** Qualified name: schema, schema.table, schema.table.column, schema.table index/constraint name. */
  name: string;
  /** The table the object belongs to, for columns, indexes and constraints. */
  table?: string;
  /** What changed, e.g. `type: numeric(10,2) -> numeric(12,2)`; for additions, the definition. */
  details: string[];
}

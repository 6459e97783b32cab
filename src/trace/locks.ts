/** PostgreSQL's table-level lock modes, weakest first. */
export const LOCK_MODES = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
] as const;

export type LockMode = (typeof LOCK_MODES)[number];

// The conflict table of https://www.postgresql.org/docs/current/explicit-locking.html (13.3.1).
const CONFLICTS: Record<LockMode, LockMode[]> = {
  AccessShareLock: ['AccessExclusiveLock'],
  RowShareLock: ['ExclusiveLock', 'AccessExclusiveLock'],
  RowExclusiveLock: ['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  ShareUpdateExclusiveLock: ['ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  ShareLock: ['RowExclusiveLock', 'ShareUpdateExclusiveLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  ShareRowExclusiveLock: ['RowExclusiveLock', 'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  ExclusiveLock: ['RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  AccessExclusiveLock: [...LOCK_MODES],
};

export function isLockMode(mode: string): mode is LockMode {
  return (LOCK_MODES as readonly string[]).includes(mode);
}

export function conflicts(a: LockMode, b: LockMode): boolean {
  return CONFLICTS[a].includes(b);
}

export function strength(mode: LockMode): number {
  return LOCK_MODES.indexOf(mode);
}

export function strongest(modes: LockMode[]): LockMode | undefined {
  return modes.reduce<LockMode | undefined>((best, m) => (best === undefined || strength(m) > strength(best) ? m : best), undefined);
}

/** What application work takes each mode, to say what a migration's lock stops. */
const WORKLOAD: [LockMode, string][] = [
  ['AccessShareLock', 'reads (SELECT)'],
  ['RowShareLock', 'SELECT ... FOR UPDATE/SHARE'],
  ['RowExclusiveLock', 'writes (INSERT, UPDATE, DELETE)'],
  ['ShareUpdateExclusiveLock', 'VACUUM, ANALYZE and CREATE INDEX CONCURRENTLY'],
  ['ShareLock', 'CREATE INDEX'],
  ['AccessExclusiveLock', 'other schema changes'],
];

/** The application work a lock in this mode blocks, e.g. ["writes (INSERT, UPDATE, DELETE)", ...]. */
export function blockedWork(mode: LockMode): string[] {
  return WORKLOAD.filter(([m]) => conflicts(mode, m)).map(([, work]) => work);
}

/** A lock's effect in one phrase: "blocks all reads and writes", "blocks writes; reads continue". */
export function blocksInWords(mode: LockMode): string {
  if (mode === 'AccessExclusiveLock') return 'blocks all reads and writes';
  if (conflicts(mode, 'RowExclusiveLock'))
    return conflicts(mode, 'RowShareLock')
      ? 'blocks writes and SELECT FOR UPDATE; plain reads continue'
      : 'blocks writes (INSERT, UPDATE, DELETE); reads continue';
  if (mode === 'ShareUpdateExclusiveLock') return 'blocks other schema changes, VACUUM and ANALYZE; reads and writes continue';
  return 'blocks only schema changes that take ACCESS EXCLUSIVE; reads and writes continue';
}

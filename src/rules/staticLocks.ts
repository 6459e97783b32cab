import { alterCommands, type Tree } from '../parse/ast.js';
import { strength, type LockMode } from '../trace/locks.js';

// What an ALTER TABLE takes when nothing measured it (lint): the strongest lock of its subcommands,
// as PostgreSQL's AlterTableGetLockLevel (tablecmds.c) decides it. Anything not listed is taken as
// ACCESS EXCLUSIVE, as most of them are.
const WEAKER: Record<string, LockMode> = {
  AT_SetStatistics: 'ShareUpdateExclusiveLock',
  AT_SetOptions: 'ShareUpdateExclusiveLock',
  AT_ResetOptions: 'ShareUpdateExclusiveLock',
  AT_ClusterOn: 'ShareUpdateExclusiveLock',
  AT_DropCluster: 'ShareUpdateExclusiveLock',
  AT_ValidateConstraint: 'ShareUpdateExclusiveLock',
  AT_AttachPartition: 'ShareUpdateExclusiveLock',
  AT_DetachPartitionFinalize: 'ShareUpdateExclusiveLock',
  AT_EnableTrig: 'ShareRowExclusiveLock',
  AT_EnableAlwaysTrig: 'ShareRowExclusiveLock',
  AT_EnableReplicaTrig: 'ShareRowExclusiveLock',
  AT_EnableTrigAll: 'ShareRowExclusiveLock',
  AT_EnableTrigUser: 'ShareRowExclusiveLock',
  AT_DisableTrig: 'ShareRowExclusiveLock',
  AT_DisableTrigAll: 'ShareRowExclusiveLock',
  AT_DisableTrigUser: 'ShareRowExclusiveLock',
};

/** Storage parameters whose change needs only SHARE UPDATE EXCLUSIVE (the rest of reloptions.c's take ACCESS EXCLUSIVE). */
const LIGHT_RELOPTION =
  /^(toast\.)?(autovacuum_.*|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration|fillfactor|parallel_workers|toast_tuple_target)$/;

function commandLock(cmd: Tree): LockMode {
  const subtype = String(cmd.subtype);
  if (subtype === 'AT_AddConstraint') return cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN' ? 'ShareRowExclusiveLock' : 'AccessExclusiveLock';
  if (subtype === 'AT_DetachPartition') return cmd.def?.PartitionCmd?.concurrent ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
  if (subtype === 'AT_SetRelOptions' || subtype === 'AT_ResetRelOptions') {
    const names = ((cmd.def?.List?.items ?? []) as Tree[]).map((d) => `${d.DefElem?.defnamespace ? `${d.DefElem.defnamespace}.` : ''}${d.DefElem?.defname}`);
    return names.length && names.every((n) => LIGHT_RELOPTION.test(n)) ? 'ShareUpdateExclusiveLock' : 'AccessExclusiveLock';
  }
  return WEAKER[subtype] ?? 'AccessExclusiveLock';
}

/** The lock an ALTER TABLE statement takes on its table, from its subcommands alone. */
export function alterTableLock(node: Tree): LockMode {
  return alterCommands(node)
    .map(commandLock)
    .reduce<LockMode>((a, b) => (strength(b) > strength(a) ? b : a), 'AccessShareLock');
}

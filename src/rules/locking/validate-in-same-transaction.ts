import { alterCommands } from '../../parse/ast.js';
import { rule, statementsOf, targetTable } from '../helpers.js';

export default rule(
  {
    id: 'validate-in-same-transaction',
    category: 'locking',
    severity: 'warning',
    summary: 'A constraint added NOT VALID and validated in the same transaction.',
    rationale:
      'NOT VALID exists so that validation can happen later under a weaker lock; validating in the transaction that added the constraint still holds the ACCESS EXCLUSIVE lock from the ADD during the whole scan.',
    safeAlternative: 'Commit the NOT VALID constraint first; validate it in a separate migration (or one that runs outside a transaction).',
    needs: 'sql',
    lock: 'AccessExclusiveLock',
    example: {
      setup: 'CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint);',
      bad: 'ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT balance_positive;',
      good: '-- +goose NO TRANSACTION\n-- +goose Up\nALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT balance_positive;',
    },
  },
  (ctx) =>
    statementsOf(ctx, 'AlterTableStmt').flatMap((s) => {
      if (s.migration.transaction === 'none') return [];
      const validated = alterCommands(s.node)
        .filter((c) => c.subtype === 'AT_ValidateConstraint')
        .map((c) => c.name as string);
      return validated
        .filter((name) =>
          s.migration.statements.some(
            (other) =>
              other.stmt.index < s.stmt.index &&
              other.stmt.kind === 'AlterTableStmt' &&
              alterCommands(other.node).some(
                (c) => c.subtype === 'AT_AddConstraint' && c.def?.Constraint?.conname === name && c.def.Constraint.skip_validation,
              ),
          ),
        )
        .map((name) => ({
          at: s,
          object: targetTable(ctx, s),
          message: `${name} is validated in the same transaction that added it NOT VALID: the ADD's ACCESS EXCLUSIVE lock is still held during validation. Validate it in a separate migration.`,
        }));
    }),
);

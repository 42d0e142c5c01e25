import { describe, expect, it } from 'vitest';
import { dbAt, explain, migrateTo } from '../../support/migrations';

/** The child lookup SQLite runs for each deleted parent row: `WHERE <foreign key> = ?` on the child table. */
const childLookups = [
  ['live_sessions', 'creator_id', 'live_sessions_by_creator'],
  ['live_sessions', 'account_id', 'live_sessions_by_account'],
  ['offer_deliverables', 'account_id', 'offer_deliverables_by_account'],
  ['approval_events', 'workspace_id', 'approval_events_by_workspace'],
  ['approval_events', 'pack_id', 'approval_events_by_pack'],
  ['approval_imports', 'workspace_id', 'approval_imports_by_workspace'],
  ['content_undo', 'workspace_id', 'content_undo_by_workspace'],
  ['content_approvals', 'pack_id', 'content_approvals_by_pack'],
] as const;

const lookup = (table: string, column: string) => `SELECT rowid FROM ${table} WHERE ${column} = ?`;

describe('migration 0370 (indexes for the workspace delete cascade)', () => {
  it('finds the children of a deleted workspace, account, creator or pack by index instead of a scan', () => {
    const db = dbAt(280);
    for (const [table, column] of childLookups) {
      expect(explain(db, lookup(table, column), 'x')).toMatch(/^SCAN /);
    }
    expect(migrateTo(db, 370)).toBe(370);
    for (const [table, column, index] of childLookups) {
      expect(explain(db, lookup(table, column), 'x')).toContain(
        `USING COVERING INDEX ${index} (${column}=?)`,
      );
    }
  });
});

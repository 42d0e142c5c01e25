import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../support/backend';
import { explain } from '../support/migrations';
import {
  dueDeliverablesSql,
  expiringOffersSql,
  pendingApprovalsSql,
  registerReminderFunctions,
  remindersCountSql,
  remindersPageSql,
} from '../../electron/backend/reminders/repo';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const params = { ws: 'w', maxDue: '2030-01-01', minOn: 'a', maxOn: 'b', now: 'n' };

/**
 * The reminders' reads (issue 13): each led by a workspace index and bounded by its window, for one workspace
 * and for all of them, with dismissals looked up by their key. None reads a whole table.
 */
describe('reminders query plans', () => {
  for (const scope of ['one workspace', 'every workspace'] as const) {
    it(`reads only the window's rows through the workspace indexes (${scope})`, () => {
      const db = t.backend.context.db;
      const sql = {
        deliverables: dueDeliverablesSql,
        offers: expiringOffersSql,
        approvals: pendingApprovalsSql,
      };
      const run = (text: string) =>
        explain(db, text, { ...params, ws: scope === 'one workspace' ? 'w' : null });
      const deliverables = run(sql.deliverables);
      expect(deliverables).toMatch(
        /SEARCH d USING INDEX offer_deliverables_by_workspace_status \(workspace_id=\? AND status=\? AND due_on<\?\)/,
      );
      expect(deliverables).toMatch(/SEARCH r USING (COVERING )?INDEX sqlite_autoindex_reminder_dismissals_1/);
      expect(run(sql.offers)).toMatch(
        /SEARCH o USING INDEX offers_open_by_expiry \(workspace_id=\? AND <expr>>\? AND <expr><\?\)/,
      );
      expect(run(sql.approvals)).toMatch(
        /SEARCH a USING INDEX content_approvals_by_state \(workspace_id=\? AND state=\?\)/,
      );
      for (const text of Object.values(sql)) expect(run(text)).not.toMatch(/SCAN (d|o|a|c|r)\b/);
    });
  }

  it('answers a page and the total in SQL through the same indexes, never reading a whole table', () => {
    const db = t.backend.context.db;
    registerReminderFunctions(db);
    const window = { ...params, nowMs: 0, deliverableLeadMs: 1, offerLeadMs: 2 };
    for (const ws of ['w', null]) {
      const page = explain(db, remindersPageSql, {
        ...window,
        ws,
        afterUrgency: 0,
        afterAtMs: 0,
        afterKey: '',
        limit: 51,
      });
      const count = explain(db, remindersCountSql, { ...window, ws });
      for (const plan of [page, count]) {
        expect(plan).toMatch(/SEARCH d USING INDEX offer_deliverables_by_workspace_status/);
        expect(plan).toMatch(/SEARCH o USING INDEX offers_open_by_expiry/);
        expect(plan).toMatch(/SEARCH a USING INDEX content_approvals_by_state/);
        expect(plan).not.toMatch(/SCAN (d|o|a|c|r)\b/);
      }
    }
  });
});

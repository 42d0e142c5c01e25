import { describe, expect, it } from 'vitest';
import { dbAt, explain, insertTwoWorkspaces, migrateTo } from '../../support/migrations';

const offer = (id: string, side: 'brand' | 'creator', ws: string | null, creator: string | null) =>
  `INSERT INTO offers (id, exchange_id, side, workspace_id, creator_id, creator_platform, creator_handle,
     creator_name, brand_name, state, revision, terms, state_changed_at, created_at, updated_at)
   VALUES ('${id}', 'x-${id}', '${side}', ${ws ? `'${ws}'` : 'NULL'}, ${creator ? `'${creator}'` : 'NULL'},
     'douyin', 'c', 'c', '品牌', 'accepted', 1, '{}', 'now', 'now', 'now');`;

const deliverable = (id: string, offerId: string, due: string, status = 'due') =>
  `INSERT INTO offer_deliverables (id, offer_id, key, position, format, count, due_on, account_label, status,
     status_changed_at, created_at)
   VALUES ('${id}', '${offerId}', '${id}', 0, 'video', 1, '${due}', '官方号', '${status}', 'now', 'now');`;

/** Migration 0250 on a populated 0230 database: deliverables learn their workspace and are read by it alone. */
describe('migration 0250 (deliverable workspace)', () => {
  it("copies each brand offer's workspace onto its deliverables (none on the creator side) and reads them by it", () => {
    const db = dbAt(230);
    insertTwoWorkspaces(db);
    db.exec(`INSERT INTO creators (id, workspace_id, platform, handle, display_name, created_at, updated_at)
               VALUES ('c1', 'w1', 'douyin', 'a', 'a', 'now', 'now'), ('c2', 'w2', 'douyin', 'b', 'b', 'now', 'now');
             ${offer('o1', 'brand', 'w1', 'c1')} ${offer('o2', 'brand', 'w2', 'c2')}
             ${offer('o3', 'creator', null, null)}
             ${deliverable('d1', 'o1', '2030-01-02')} ${deliverable('d2', 'o1', '2030-01-01', 'published')}
             ${deliverable('d3', 'o2', '2030-01-01')} ${deliverable('d4', 'o3', '2030-01-01')}`);
    expect(migrateTo(db, 250)).toBe(250);
    expect(db.prepare('SELECT id, workspace_id FROM offer_deliverables ORDER BY id').all()).toEqual([
      { id: 'd1', workspace_id: 'w1' },
      { id: 'd2', workspace_id: 'w1' },
      { id: 'd3', workspace_id: 'w2' },
      { id: 'd4', workspace_id: null },
    ]);

    // The tracker's count per status (deliverables/repo.ts) reads the index alone: no offers, no table.
    const counts = `SELECT d.status, count(*) AS n, sum(d.status <> 'published' AND d.due_on < @today) AS overdue
       FROM offer_deliverables d WHERE d.workspace_id = @ws GROUP BY d.status`;
    expect(db.prepare(counts).all({ ws: 'w1', today: '2030-01-05' })).toEqual([
      { status: 'due', n: 1, overdue: 1 },
      { status: 'published', n: 1, overdue: 0 },
    ]);
    const countPlan = explain(db, counts, { ws: 'w1', today: '' });
    expect(countPlan).toMatch(
      /SEARCH d USING COVERING INDEX offer_deliverables_by_workspace_status \(workspace_id=\?\)/,
    );
    expect(countPlan).not.toMatch(/offers|TEMP B-TREE/);
    const total = 'SELECT count(*) AS n FROM offer_deliverables d WHERE d.workspace_id = @ws';
    expect(explain(db, total, { ws: 'w1' })).toMatch(
      /SEARCH d USING COVERING INDEX offer_deliverables_by_workspace/,
    );

    // A page in due-date order (either way) walks the (workspace_id, due_on) index without sorting.
    for (const dir of ['ASC', 'DESC']) {
      const page = `SELECT d.*, o.terms FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id
        WHERE d.workspace_id = @ws ORDER BY d.due_on ${dir}, d.rowid ${dir} LIMIT 51`;
      const plan = explain(db, page, { ws: 'w1' });
      expect(plan).toMatch(/SEARCH d USING INDEX offer_deliverables_by_workspace_due \(workspace_id=\?\)/);
      expect(plan).toMatch(/SEARCH o USING INDEX sqlite_autoindex_offers_1 \(id=\?\)/);
      expect(plan).not.toContain('TEMP B-TREE');
    }

    // The workspace's deletion takes its deliverables along (through their offers).
    db.exec(`DELETE FROM workspaces WHERE id = 'w1'`);
    expect(db.prepare('SELECT id FROM offer_deliverables ORDER BY id').all()).toEqual([
      { id: 'd3' },
      { id: 'd4' },
    ]);
    db.close();
  });
});

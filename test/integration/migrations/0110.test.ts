import { describe, expect, it } from 'vitest';
import { dbAt, insertWorkspaceWithAccount, explain, migrateTo } from '../../support/migrations';

/** Migration 0110 (content series) on a populated database at 0100. */
describe('migration 0110 (content series)', () => {
  it('keeps the content, links occurrences, marks edits as exceptions and deletions as EXDATEs', () => {
    const db = dbAt(100);
    insertWorkspaceWithAccount(db, { handle: 'h', displayName: '号', role: 'sales' });
    db.exec(`INSERT INTO content_items (id, workspace_id, account_id, title, format, objective, status, planned_at,
               planned_end_at, duration_minutes, created_at, updated_at)
             VALUES ('c1', 'w1', 'a1', '自播', 'live', 'self_broadcast', 'idea', '2025-08-05T12:00:00.000Z',
               '2025-08-05T14:00:00.000Z', 120, 'x', 'x'),
                    ('c2', 'w1', 'a1', '自播', 'live', 'self_broadcast', 'idea', '2025-08-07T12:00:00.000Z',
               '2025-08-07T14:00:00.000Z', 120, 'x', 'x'),
                    ('c3', 'w1', 'a1', '自播', 'live', 'self_broadcast', 'idea', '2025-08-12T12:00:00.000Z',
               '2025-08-12T14:00:00.000Z', 120, 'x', 'x');`);
    expect(migrateTo(db, 110)).toBe(110);
    expect(db.prepare('SELECT COUNT(*) AS n FROM content_items').get()).toEqual({ n: 3 });

    db.exec(`INSERT INTO content_series (id, workspace_id, rrule, dtstart, time_zone, created_at, updated_at)
             VALUES ('s1', 'w1', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=3', '2025-08-05T12:00:00.000Z',
               'Asia/Shanghai', 'now', 'now');
             INSERT INTO content_series_occurrences (item_id, series_id, occurrence_at)
             SELECT id, 's1', planned_at FROM content_items;`);
    // A status change is not an edit of the plan; a new time or title is.
    db.exec(`UPDATE content_items SET status = 'scheduled' WHERE id = 'c1';
             UPDATE content_items SET title = '特别场' WHERE id = 'c2';`);
    const detached = () =>
      db.prepare('SELECT item_id, detached FROM content_series_occurrences ORDER BY item_id').all();
    expect(detached()).toEqual([
      { item_id: 'c1', detached: 0 },
      { item_id: 'c2', detached: 1 },
      { item_id: 'c3', detached: 0 },
    ]);
    db.exec("DELETE FROM content_items WHERE id = 'c3'");
    expect(db.prepare('SELECT series_id, occurrence_at FROM content_series_exdates').all()).toEqual([
      { series_id: 's1', occurrence_at: '2025-08-12T12:00:00.000Z' },
    ]);
    // One occurrence per rule position.
    expect(() =>
      db.exec(`INSERT INTO content_series_occurrences (item_id, series_id, occurrence_at)
               VALUES ('c1', 's1', '2025-08-07T12:00:00.000Z')`),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(
      explain(
        db,
        'SELECT * FROM content_series_occurrences WHERE series_id = ? ORDER BY occurrence_at',
        's1',
      ),
    ).toContain('sqlite_autoindex_content_series_occurrences_2');
    // Deleting the workspace removes its series with it.
    db.exec("DELETE FROM workspaces WHERE id = 'w1'");
    for (const table of ['content_series', 'content_series_occurrences', 'content_series_exdates']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});

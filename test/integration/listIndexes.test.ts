import { describe, expect, it } from 'vitest';
import { emptyBackendEachTest } from '../support/eachTest';
import { explain } from '../support/migrations';

/**
 * Migration 0050: each hot query of the paged lists reads its index (EXPLAIN QUERY PLAN names it), so a
 * 2,000-offer or 20,000-creator client is read a page at a time instead of scanned and sorted.
 */
const t = emptyBackendEachTest();

/** The query plan of `sql` on the running test's database. */
const plan = (sql: string, ...params: unknown[]) => explain(t.backend.context.db, sql, ...params);

describe('migration 0050 list indexes', () => {
  it('creates the four indexes', () => {
    const names = t.backend.context.db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index'")
      .all()
      .map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'offer_revisions_by_action',
        'offers_by_workspace_updated',
        'creators_by_name',
        'content_metrics_by_workspace',
      ]),
    );
  });

  it('"was this offer sent" reads offer_revisions_by_action instead of scanning revisions', () => {
    const p = plan(
      `SELECT DISTINCT offer_id FROM offer_revisions
       WHERE offer_id IN (SELECT value FROM json_each(?)) AND action = 'send'`,
      '["a","b"]',
    );
    expect(p).toContain('offer_revisions_by_action');
    expect(p).not.toMatch(/SCAN offer_revisions\b/);
  });

  it('a page of a workspace offers is read in order from offers_by_workspace_updated, with no sort step', () => {
    const p = plan(
      `SELECT * FROM offers WHERE side = 'brand' AND workspace_id = @ws
         AND (updated_at, rowid) < (@k0, @k1) ORDER BY updated_at DESC, rowid DESC LIMIT 51`,
      { ws: 'w', k0: '2026', k1: 5 },
    );
    expect(p).toContain('offers_by_workspace_updated');
    expect(p).not.toContain('TEMP B-TREE');
  });

  it('the creators roster sorted by name reads creators_by_name with no sort step', () => {
    const p = plan(
      `SELECT * FROM creators WHERE workspace_id = @ws
       ORDER BY display_name COLLATE NOCASE ASC, rowid ASC LIMIT 51`,
      { ws: 'w' },
    );
    expect(p).toContain('creators_by_name');
    expect(p).not.toContain('TEMP B-TREE');
  });

  it('deleting a workspace finds its content metrics through content_metrics_by_workspace', () => {
    const p = plan('DELETE FROM content_metrics WHERE workspace_id = ?', 'w');
    expect(p).toContain('content_metrics_by_workspace');
  });
});

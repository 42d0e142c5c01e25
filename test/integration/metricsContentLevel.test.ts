import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../support/backend';

/**
 * Content-level metrics (one row per 作品 and day) go through the same batched writer as account-level
 * ones, with the workspace bound once per statement: rows land on their item, and a re-import updates.
 */
let t: TestBackend;
afterEach(() => t.close());

describe('content-level metrics import', () => {
  let workspaceId: string;
  let titles: string[];
  beforeEach(async () => {
    t = await createTestBackend();
    workspaceId = (await t.call('workspaces.create', { name: '青柠饮品', industry: 'food_beverage' })).id;
    const accountId = (
      await t.call('accounts.create', { workspaceId, role: 'brand', handle: 'lime', displayName: '青柠' })
    ).id;
    titles = ['夏日第一杯', '冰爽测评', '办公室下午茶'];
    for (const [i, title] of titles.entries()) {
      await t.call('content.create', {
        workspaceId,
        accountId,
        title,
        format: 'short_video',
        objective: 'seed',
        plannedAt: `2024-01-0${i + 1}T10:00:00.000Z`,
      });
    }
  });

  it('writes each row to its item (more rows than one batch), then updates on a re-import', async () => {
    // 3 items × 150 days: 450 rows, more than one 100-row statement and a remainder.
    const lines = ['日期,账号,作品名称,播放量,成交金额'];
    for (let d = 0; d < 150; d++) {
      const date = new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      for (const [i, title] of titles.entries())
        lines.push(`${date},lime,${title},${100 * (i + 1) + d},${d}.50`);
    }
    const base64 = Buffer.from(lines.join('\r\n')).toString('base64');
    const first = await t.call('metrics.importCommit', { workspaceId, fileName: 'items.csv', base64 });
    expect(first).toMatchObject({
      inserted: 450,
      updated: 0,
      skipped: 0,
      from: '2024-01-01',
      to: '2024-05-29',
    });
    const rows = t.backend.context.db
      .prepare<[string], { title: string; n: number; views: number; gmv: number; ws: string }>(
        `SELECT c.title AS title, COUNT(*) AS n, SUM(m.views) AS views, SUM(m.gmv_fen) AS gmv, MIN(m.workspace_id) AS ws
           FROM content_metrics m JOIN content_items c ON c.id = m.content_id
          WHERE m.workspace_id = ? GROUP BY c.title ORDER BY c.title`,
      )
      .all(workspaceId);
    const days = Array.from({ length: 150 }, (_, d) => d);
    expect(rows).toEqual(
      [...titles.entries()]
        .map(([i, title]) => ({
          title,
          n: 150,
          views: days.reduce((sum, d) => sum + 100 * (i + 1) + d, 0),
          gmv: days.reduce((sum, d) => sum + d * 100 + 50, 0),
          ws: workspaceId,
        }))
        .sort((a, b) => (a.title < b.title ? -1 : 1)),
    );
    const again = await t.call('metrics.importCommit', { workspaceId, fileName: 'items.csv', base64 });
    expect(again).toMatchObject({ inserted: 0, updated: 450 });
  });
});

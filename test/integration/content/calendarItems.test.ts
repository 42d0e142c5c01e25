import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS } from '../../../shared/content/model';
import { decodeCalendarItems } from '../../../shared/content/calendarPayload';
import { snapshotTables } from '../../support/backend';
import { item, seedIdeas, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const august = (p: Plan) => ({ workspaceId: p.workspaceId, from: '2025-08-01', to: '2025-09-01' });

describe('content.calendarItems (lean list for the calendar and board)', () => {
  it('lists the same items as content.list with only the drawn fields and the items’ own warnings', async () => {
    await p.t.call(
      'content.create',
      item(p, { title: '直播一', accountId: p.store, format: 'live', durationMinutes: 120 }),
    );
    // A sales objective on the brand account: an item warning (the week's post target gives week ones).
    await p.t.call('content.create', item(p, { title: '带货', objective: 'convert', productIds: [p.tea] }));
    await p.t.call('content.create', item(p, { title: '图文', brief: '很长的脚本'.repeat(50) }));

    const full = (await p.t.call('content.list', august(p))).items;
    const payload = await p.t.call('content.calendarItems', august(p));
    const lean = decodeCalendarItems(payload);
    expect(full.length).toBeGreaterThanOrEqual(2);
    expect(lean.map((i) => i.id)).toEqual(full.map((i) => i.id));
    for (const [index, f] of full.entries()) {
      expect(lean[index]).toEqual({
        id: f.id,
        accountId: f.accountId,
        title: f.title,
        format: f.format,
        status: f.status,
        plannedAt: f.plannedAt,
        plannedEndAt: f.plannedEndAt,
        durationMinutes: f.durationMinutes,
        creatorId: f.creatorId,
        series: f.series,
        archived: f.archivedAt !== null,
        warnings: f.warnings
          .filter((w) => w.scope === 'item')
          .map((w) => ({ code: w.code, severity: w.severity, params: w.params })),
      });
    }
    const warnings = full.flatMap((f) => f.warnings);
    expect(warnings.some((w) => w.scope === 'item')).toBe(true);
    expect(warnings.some((w) => w.scope === 'week')).toBe(true);
    expect(JSON.stringify(payload).length).toBeLessThan(JSON.stringify(full).length / 2);
    // Each account once in the side table, each distinct warning once.
    expect(payload.accountIds).toEqual([...new Set(full.map((f) => f.accountId))]);
    const distinct = new Set(lean.flatMap((i) => i.warnings.map((w) => JSON.stringify(w))));
    expect(payload.warnings).toHaveLength(distinct.size);

    // The drawer's read: the whole item by id.
    const one = await p.t.call('content.get', { id: lean.at(-1)!.id });
    expect(one).toEqual(full.at(-1));
  });

  it('refuses an unknown item in content.get and a range over the cap, changing nothing', async () => {
    const missing = await p.t.fail('content.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.code).toBe('not_found');
    seedIdeas(p, MAX_LIST_ITEMS + 1);
    const before = snapshotTables(p.t.backend);
    const err = await p.t.fail('content.calendarItems', august(p));
    expect(err.issues?.[0]).toMatchObject({
      path: ['to'],
      code: 'paging.tooManyRows',
      params: { count: MAX_LIST_ITEMS + 1, max: MAX_LIST_ITEMS },
    });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { inDays, setUpBrand } from '../support/offers';
import { explain } from '../support/migrations';
import { acceptedOffer as acceptedOfferOf } from '../support/acceptedOffer';
import { calendarDeliverablesSql } from '../../electron/backend/deliverables/repo';
import { walkPages } from '../support/paging';

// setUpBrand's workspace is on Asia/Shanghai time (UTC+8).
const { t, s } = freshSetupEachTest(setUpBrand);

const acceptedOffer = (overrides: Record<string, unknown> = {}) => acceptedOfferOf(t, s, overrides);

/** More deliverables on an accepted offer, due on the given dates, written in one transaction. */
function addDeliverables(offerId: string, dueDates: string[]): void {
  const db = t.backend.context.db;
  const insert = db.prepare(
    `INSERT INTO offer_deliverables (id, offer_id, workspace_id, key, position, format, duration_band, count,
       due_on, account_id, account_label, status, status_changed_at, created_at)
     VALUES (?, ?, ?, ?, ?, 'video', '1-20s', 1, ?, NULL, '官方号', 'due', ?, ?)`,
  );
  db.transaction(() => {
    const base = (db.prepare('SELECT count(*) AS n FROM offer_deliverables').get() as { n: number }).n;
    dueDates.forEach((due, i) => {
      const n = base + i;
      insert.run(
        `extra-${n}`,
        offerId,
        s.workspaceId,
        `extra-${n}`,
        100 + n,
        due,
        '2026-01-01T00:00:00.000Z',
        '2026-01-01T00:00:00.000Z',
      );
    });
  })();
}

async function allIds(limit: number, filter: { from?: string; to?: string } = {}) {
  const { items } = await walkPages((cursor) =>
    t.call('deliverables.list', { workspaceId: s.workspaceId, limit, ...filter, ...cursor }),
  );
  return items.map((d) => d.id);
}

describe('deliverables.list paging', () => {
  it('pages by due date with the total; the pages together are the whole list; due-date bounds are inclusive', async () => {
    const offer = await acceptedOffer();
    addDeliverables(offer.id, ['2030-01-05', '2030-01-01', '2030-01-03', '2030-01-03', '2030-01-09']);
    const whole = await t.call('deliverables.list', { workspaceId: s.workspaceId, limit: 200 });
    expect(whole).toMatchObject({ total: 7, nextCursor: null });
    const dues = whole.items.map((d) => d.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(whole.items.every((d) => d.offerId === offer.id && d.creatorName === '小鹿成分党')).toBe(true);
    expect(await allIds(2)).toEqual(whole.items.map((d) => d.id));

    const window = await t.call('deliverables.list', {
      workspaceId: s.workspaceId,
      from: '2030-01-03',
      to: '2030-01-05',
      limit: 2,
    });
    expect(window.total).toBe(3);
    expect(window.items.map((d) => d.dueOn)).toEqual(['2030-01-03', '2030-01-03']);
    expect(await allIds(1, { from: '2030-01-03', to: '2030-01-05' })).toHaveLength(3);
  });

  it('is stable under inserts: deliverables added between pages neither repeat nor skip a row', async () => {
    const offer = await acceptedOffer();
    addDeliverables(offer.id, ['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04']);
    const first = await t.call('deliverables.list', { workspaceId: s.workspaceId, limit: 3 });
    const seen = first.items.map((d) => d.id);
    // Due before every row of page one (they belong before it) and one on page one's last date (after it: a later row).
    addDeliverables(offer.id, [inDays(-30), inDays(-29), first.items.at(-1)!.dueOn]);
    const rest: string[] = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await t.call('deliverables.list', { workspaceId: s.workspaceId, limit: 3, cursor });
      expect(page.total).toBe(9);
      rest.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    }
    expect(rest.filter((id) => seen.includes(id))).toEqual([]);
    const everything = (await t.call('deliverables.list', { workspaceId: s.workspaceId, limit: 200 })).items;
    // Every row not before page one's end is read exactly once, in order.
    const lastSeen = everything.findIndex((d) => d.id === seen.at(-1));
    expect(rest).toEqual(everything.slice(lastSeen + 1).map((d) => d.id));
    expect(rest).toHaveLength(4);
  });

  it("lists only the workspace's own deliverables", async () => {
    await acceptedOffer();
    const other = (await t.call('workspaces.create', { name: '别家', industry: 'beauty_personal_care' })).id;
    expect(await t.call('deliverables.list', { workspaceId: other })).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
    expect((await t.call('deliverables.list', { workspaceId: s.workspaceId })).total).toBe(2);
  });

  it('refuses limits out of bounds and foreign cursors, naming the field, and stores nothing', async () => {
    await acceptedOffer();
    const before = snapshotTables(t.backend);
    for (const limit of [0, 201, 1.5]) {
      const err = await t.fail('deliverables.list', { workspaceId: s.workspaceId, limit });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toEqual(['limit']);
    }
    for (const cursor of ['3', '["2030-01-01"]', 'not json', '[{"a":1},2]']) {
      const err = await t.fail('deliverables.list', { workspaceId: s.workspaceId, cursor });
      expect(err.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
    }
    expect((await t.fail('deliverables.list', { workspaceId: 'nope' })).code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

describe('deliverables.calendar (the calendar range)', () => {
  it("reads the deliverables of items the range draws, at the range's edges in the workspace's time zone", async () => {
    const offer = await acceptedOffer({
      deliverables: [
        { format: 'video', durationBand: '1-20s', count: 1, dueOn: inDays(20), accountId: s.brandAccountId },
        { format: 'video', durationBand: '1-20s', count: 1, dueOn: inDays(21), accountId: s.brandAccountId },
        { format: 'video', durationBand: '1-20s', count: 1, dueOn: inDays(22), accountId: s.brandAccountId },
        { format: 'video', durationBand: '1-20s', count: 1, dueOn: inDays(23), accountId: s.brandAccountId },
        { format: 'live', count: 1, dueOn: inDays(24), accountId: s.salesAccountId },
      ],
    });
    const [firstInstant, justBefore, lastMinute, nextMonth, live] = offer.deliverables;
    // April 2030 in Shanghai is [2030-03-31T16:00Z, 2030-04-30T16:00Z).
    const place = (d: typeof firstInstant, plannedAt: string) =>
      t.call('content.move', { id: d!.contentItemId!, plannedAt });
    await place(firstInstant, '2030-03-31T16:00:00.000Z'); // 1 April 00:00 local: in
    await place(justBefore, '2030-03-31T15:59:00.000Z'); // 31 March 23:59 local: out
    await place(lastMinute, '2030-04-30T15:59:00.000Z'); // 30 April 23:59 local: in
    await place(nextMonth, '2030-04-30T16:00:00.000Z'); // 1 May 00:00 local: out
    const liveItem = await place(live, '2030-03-31T15:00:00.000Z'); // 31 March 23:00 local, runs into April
    expect(Date.parse(liveItem.plannedEndAt)).toBeGreaterThan(Date.parse('2030-03-31T16:00:00.000Z'));

    const april = await t.call('deliverables.calendar', {
      workspaceId: s.workspaceId,
      from: '2030-04-01',
      to: '2030-05-01',
    });
    expect(april.map((d) => d.id)).toEqual([live!.id, firstInstant!.id, lastMinute!.id]);
    // The same range as instants; and the calendar items of that range are exactly the linked ones.
    const asInstants = await t.call('deliverables.calendar', {
      workspaceId: s.workspaceId,
      from: '2030-03-31T16:00:00.000Z',
      to: '2030-04-30T16:00:00.000Z',
    });
    expect(asInstants).toEqual(april);
    const may = await t.call('deliverables.calendar', {
      workspaceId: s.workspaceId,
      from: '2030-05-01',
      to: '2030-06-01',
    });
    expect(may.map((d) => d.id)).toEqual([nextMonth!.id]);
    const march = await t.call('deliverables.calendar', {
      workspaceId: s.workspaceId,
      from: '2030-03-01',
      to: '2030-04-01',
    });
    expect(march.map((d) => d.id)).toEqual([live!.id, justBefore!.id]);
  });

  it('refuses a reversed or too long range, naming `to`, and stores nothing', async () => {
    await acceptedOffer();
    const before = snapshotTables(t.backend);
    const reversed = await t.fail('deliverables.calendar', {
      workspaceId: s.workspaceId,
      from: '2030-05-01',
      to: '2030-04-01',
    });
    expect(reversed.issues?.[0]?.path).toEqual(['to']);
    const tooLong = await t.fail('deliverables.calendar', {
      workspaceId: s.workspaceId,
      from: '2030-01-01',
      to: '2032-01-01',
    });
    expect(tooLong.issues?.[0]).toMatchObject({ path: ['to'], code: 'field.rangeMax' });
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('reads the range through the items’ workspace-time index and the deliverables’ item index, without a scan', async () => {
    const db = t.backend.context.db;
    const plan = explain(db, calendarDeliverablesSql, { ws: 'w', dayBefore: 'a', from: 'b', to: 'c' });
    expect(plan).toMatch(
      /SEARCH c USING (COVERING )?INDEX content_\w+ \(workspace_id=\? AND planned_at>\? AND planned_at<\?\)/,
    );
    expect(plan).toMatch(/SEARCH d USING INDEX offer_deliverables_by_content/);
    expect(plan).not.toMatch(/SCAN (c|d|o)\b/);
  });
});

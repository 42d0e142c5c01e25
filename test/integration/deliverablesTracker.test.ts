import { describe, expect, it } from 'vitest';
import { createTestBackend, snapshotTables } from '../support/backend';
import { creatorInput, setUpBrand } from '../support/offers';
import { freshSetupEachTest } from '../support/eachTest';
import { acceptedOffer, addDeliverableRows } from '../support/acceptedOffer';
import { addDays, todayIn } from '../../shared/domain/dates';
import type { MethodInput } from '../../shared/api/contract';
import { walkPages } from '../support/paging';

// setUpBrand's workspace is on Asia/Shanghai time (UTC+8).
const { t, s } = freshSetupEachTest(setUpBrand);

const today = () => todayIn('Asia/Shanghai', new Date());

/**
 * Two accepted offers (two creators) whose deliverables are moved to known dates and statuses (each write one
 * transaction): overdue, due today, due on the 7th day, published long ago, and due a week out.
 */
async function tracker() {
  const a = await acceptedOffer(t, s);
  const other = (
    await t.call('creators.create', creatorInput(s.workspaceId, { handle: 'other', displayName: '第二位' }))
  ).id;
  const b = await acceptedOffer(t, s, {
    creatorId: other,
    deliverables: [
      {
        format: 'video',
        durationBand: '1-20s',
        count: 1,
        dueOn: addDays(today(), 20),
        accountId: s.brandAccountId,
      },
    ],
  });
  const db = t.backend.context.db;
  const set = db.prepare('UPDATE offer_deliverables SET due_on = ?, status = ? WHERE id = ?');
  const [a1, a2] = a.deliverables;
  const [b1] = b.deliverables;
  db.transaction(() => {
    set.run(addDays(today(), -2), 'due', a1!.id);
    set.run(today(), 'submitted', a2!.id);
    set.run(addDays(today(), 6), 'approved', b1!.id);
  })();
  addDeliverableRows(t, a, [
    { id: 'a3', dueOn: addDays(today(), -5), status: 'published' },
    { id: 'a4', dueOn: addDays(today(), 7), status: 'due' },
  ]);
  return { a: a.id, b: b.id, other, a1: a1!.id, a2: a2!.id, b1: b1!.id };
}

const ids = async (filter: Omit<MethodInput<'deliverables.list'>, 'workspaceId'> = {}) =>
  (await t.call('deliverables.list', { workspaceId: s.workspaceId, limit: 200, ...filter })).items.map(
    (d) => d.id,
  );

describe('deliverables tracker filters', () => {
  it('filters by due window, status set, creator and offer, sorted by due date either way', async () => {
    const r = await tracker();
    expect(await ids()).toEqual(['a3', r.a1, r.a2, r.b1, 'a4']);
    expect(await ids({ sort: 'dueDesc' })).toEqual(['a4', r.b1, r.a2, r.a1, 'a3']);
    // Overdue: due before today and not published (the published one of last week is done).
    const overdue = await t.call('deliverables.list', { workspaceId: s.workspaceId, due: 'overdue' });
    expect(overdue.items.map((d) => [d.id, d.overdue])).toEqual([[r.a1, true]]);
    expect(overdue.total).toBe(1);
    expect(await ids({ due: 'within24h' })).toEqual([r.a2]);
    expect(await ids({ due: 'within7d' })).toEqual([r.a2, r.b1]);
    expect(await ids({ status: ['submitted', 'approved'] })).toEqual([r.a2, r.b1]);
    expect(await ids({ status: ['due'], due: 'within7d' })).toEqual([]);
    expect(await ids({ creatorId: r.other })).toEqual([r.b1]);
    expect(await ids({ offerId: r.a, sort: 'dueDesc' })).toEqual(['a4', r.a2, r.a1, 'a3']);
    // A due window narrows explicit dates (the later start, the earlier end).
    expect(await ids({ due: 'within7d', from: addDays(today(), 1) })).toEqual([r.b1]);
  });

  it('pages a filtered list in either order without repeating or skipping a row, with its total', async () => {
    const r = await tracker();
    for (const sort of ['dueAsc', 'dueDesc'] as const) {
      const whole = await ids({ sort, offerId: r.a });
      const paged = await walkPages(async (cursor) => {
        const page = await t.call('deliverables.list', {
          workspaceId: s.workspaceId,
          offerId: r.a,
          sort,
          limit: 1,
          ...cursor,
        });
        expect(page.total).toBe(4);
        return page;
      });
      expect(paged.items.map((d) => d.id)).toEqual(whole);
    }
  });

  it('counts per status and overdue under the same filters, statuses aside', async () => {
    const r = await tracker();
    const counts = (input: Omit<MethodInput<'deliverables.counts'>, 'workspaceId'> = {}) =>
      t.call('deliverables.counts', { workspaceId: s.workspaceId, ...input });
    expect(await counts()).toEqual({
      total: 5,
      overdue: 1,
      byStatus: { due: 2, submitted: 1, approved: 1, published: 1 },
    });
    expect(await counts({ creatorId: r.other })).toEqual({
      total: 1,
      overdue: 0,
      byStatus: { due: 0, submitted: 0, approved: 1, published: 0 },
    });
    expect((await counts({ due: 'within7d' })).byStatus).toEqual({
      due: 0,
      submitted: 1,
      approved: 1,
      published: 0,
    });
    const elsewhere = (await t.call('workspaces.create', { name: '别家', industry: 'beauty_personal_care' }))
      .id;
    expect((await t.call('deliverables.counts', { workspaceId: elsewhere })).total).toBe(0);
  });

  it('refuses unknown statuses, windows and sorts naming the field, and stores nothing', async () => {
    await tracker();
    const before = snapshotTables(t.backend);
    const bad: [Record<string, unknown>, (string | number)[]][] = [
      [{ status: ['late'] }, ['status', 0]],
      [{ status: [] }, ['status']],
      [{ due: 'soon' }, ['due']],
      [{ sort: 'title' }, ['sort']],
    ];
    for (const [input, path] of bad) {
      const err = await t.fail('deliverables.list', { workspaceId: s.workspaceId, ...input });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toEqual(path);
    }
    expect((await t.fail('deliverables.counts', { workspaceId: 'nope' })).code).toBe('not_found');
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

describe('every writer keeps the deliverable on its workspace (migration 0250)', () => {
  /** The deliverables of a workspace read through their offers, as before the column existed. */
  const throughOffers = (workspaceId: string, b = t) =>
    (
      b.backend.context.db
        .prepare(
          `SELECT count(*) AS n FROM offer_deliverables d JOIN offers o ON o.id = d.offer_id
           WHERE o.workspace_id = ? AND d.workspace_id IS ?`,
        )
        .get(workspaceId, workspaceId) as { n: number }
    ).n;

  it('the sample workspace and a bundle imported as new list every deliverable of their offers', async () => {
    const sample = await t.call('workspaces.loadSample', {});
    const counts = await t.call('deliverables.counts', { workspaceId: sample.id });
    expect(counts.total).toBeGreaterThan(0);
    expect(counts.total).toBe(throughOffers(sample.id));

    const bundle = await t.call('bundles.export', { workspaceId: sample.id });
    const other = await createTestBackend();
    try {
      const imported = await other.call('bundles.import', { base64: bundle.base64, mode: 'new' });
      expect(await other.call('deliverables.counts', { workspaceId: imported.workspaceId })).toEqual(counts);
      expect(throughOffers(imported.workspaceId, other)).toBe(counts.total);
    } finally {
      other.close();
    }
  });

  it("an accepted offer's deliverables carry the workspace; the creator's copies carry none", async () => {
    const offer = await acceptedOffer(t, s);
    expect(throughOffers(s.workspaceId)).toBe(offer.deliverables.length);
    expect((await t.call('deliverables.counts', { workspaceId: s.workspaceId })).total).toBe(2);
  });
});

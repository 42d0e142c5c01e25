import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { setUpBrand } from '../support/offers';
import { freshSetupEachTest } from '../support/eachTest';
import { acceptedOffer, addDeliverableRows } from '../support/acceptedOffer';
import { addDays, todayIn } from '../../shared/domain/dates';
import { walkPages } from '../support/paging';

// setUpBrand's workspace is on Asia/Shanghai time (UTC+8).
const { t, s } = freshSetupEachTest(setUpBrand);

/** An accepted offer with `n` more deliverables overdue by 3 to 6 days: n overdue reminders. */
async function overdueWork(n: number) {
  const offer = await acceptedOffer(t, s);
  const today = todayIn('Asia/Shanghai', new Date());
  addDeliverableRows(
    t,
    offer,
    Array.from({ length: n }, (_, i) => ({
      id: `late-${i}`,
      dueOn: addDays(today, -3 - (i % 4)),
      status: 'due',
    })),
  );
}

const keysOf = (page: { items: { key: string }[] }) => page.items.map((r) => r.key);

/** The list behind the bell grows with overdue work: it is paged, most urgent first, like every other list. */
describe('reminders.list paging', () => {
  it('pages the reminders in order with the total; the pages together are the whole list', async () => {
    await overdueWork(7);
    const whole = await t.call('reminders.list', { workspaceId: s.workspaceId, limit: 200 });
    expect(whole.total).toBe(7);
    expect(whole.nextCursor).toBeNull();
    const paged = await walkPages(async (cursor) => {
      const page = await t.call('reminders.list', { limit: 3, ...cursor });
      expect(page.total).toBe(7);
      expect(page.items.length).toBeLessThanOrEqual(3);
      return page;
    });
    expect(keysOf(paged)).toEqual(keysOf(whole));
  });

  it('neither repeats nor skips a reminder when one above the cursor is dismissed between pages', async () => {
    await overdueWork(6);
    const first = await t.call('reminders.list', { workspaceId: s.workspaceId, limit: 2 });
    const whole = keysOf(await t.call('reminders.list', { workspaceId: s.workspaceId, limit: 200 }));
    await t.call('reminders.dismiss', { workspaceId: s.workspaceId, key: first.items[0]!.key });
    const second = await t.call('reminders.list', {
      workspaceId: s.workspaceId,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(keysOf(second)).toEqual(whole.slice(2, 4));
    expect(second.total).toBe(5);
  });

  it('refuses a foreign cursor naming it, and stores nothing', async () => {
    await overdueWork(1);
    const before = snapshotTables(t.backend);
    for (const cursor of ['[1,2]', '["a","b","c"]', 'nope']) {
      const err = await t.fail('reminders.list', { workspaceId: s.workspaceId, cursor });
      expect(err.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
    }
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

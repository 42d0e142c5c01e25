import { describe, expect, it } from 'vitest';
import { snapshotTables, type TestBackend } from '../support/backend';
import { createBrandWorkspace, freshBackendEachTest } from '../support/eachTest';
import { walkPages } from '../support/paging';

let t: TestBackend;
let workspaceId: string;
let storeId: string;

/** Two sales accounts (two live rooms): the store, whose sessions the tests page, and an outlet. */
async function twoRooms(backend: TestBackend) {
  const id = await createBrandWorkspace(backend);
  const account = (handle: string, displayName: string) =>
    backend.call('accounts.create', { workspaceId: id, role: 'sales', handle, displayName });
  const store = (await account('brand_store', '旗舰店')).id;
  await account('brand_outlet', '折扣店');
  return { workspaceId: id, storeId: store };
}
freshBackendEachTest(twoRooms, (backend, w) => ((t = backend), ({ workspaceId, storeId } = w)));

const header =
  'Account,Start time,End time,Duration (min),Room exposure users,Viewers,Views,Product exposure users,Product click users,Buyers,GMV,Orders,Refund amount,Ad spend,Comments,New followers';

/** One evening session per day from `firstDay` of August 2025 for the account `@handle`, in one commit. */
async function importDays(handle: string, firstDay: number, days: number) {
  const rows = Array.from({ length: days }, (_, i) => {
    const day = String(firstDay + i).padStart(2, '0');
    return `@${handle},2025-08-${day} 20:00,2025-08-${day} 22:00,120,98000,11500,14300,7480,1040,262,35100.00,290,1800.00,6000.00,1600,300`;
  });
  const base64 = Buffer.from(`\uFEFF${[header, ...rows].join('\n')}`).toString('base64');
  const result = await t.call('liveSessions.importCommit', {
    workspaceId,
    fileName: 'sessions.csv',
    base64,
  });
  expect(result.inserted).toBe(days);
}

async function allStarts(limit: number, roomId?: string) {
  const { items } = await walkPages((cursor) =>
    t.call('liveSessions.list', { workspaceId, limit, ...(roomId ? { roomId } : {}), ...cursor }),
  );
  return items.map((s) => s.startedAt);
}

describe('liveSessions.list paging', () => {
  it('pages newest first with the total, and the pages together are the whole list', async () => {
    await importDays('brand_store', 1, 7);
    await importDays('brand_outlet', 10, 3);
    const whole = await t.call('liveSessions.list', { workspaceId, limit: 200 });
    expect(whole).toMatchObject({ total: 10, nextCursor: null });
    const sorted = whole.items.map((s) => s.startedAt);
    expect(sorted).toEqual([...sorted].sort().reverse());
    expect(await allStarts(3)).toEqual(sorted);

    const first = await t.call('liveSessions.list', { workspaceId, limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(10);
    // One room: its own total and only its sessions.
    const room = await t.call('liveSessions.list', { workspaceId, roomId: storeId, limit: 2 });
    expect(room.total).toBe(7);
    expect(room.items.every((s) => s.roomId === storeId)).toBe(true);
    expect(await allStarts(2, storeId)).toHaveLength(7);
  });

  it('is stable under inserts: newer sessions imported between pages neither repeat nor skip a row', async () => {
    await importDays('brand_store', 1, 6);
    const first = await t.call('liveSessions.list', { workspaceId, limit: 3 });
    await importDays('brand_store', 20, 4); // all newer than every listed session: they go before page one
    const second = await t.call('liveSessions.list', { workspaceId, limit: 3, cursor: first.nextCursor! });
    expect(second.total).toBe(10);
    expect(second.items.map((s) => s.startedAt)).toEqual([
      '2025-08-03T12:00:00.000Z',
      '2025-08-02T12:00:00.000Z',
      '2025-08-01T12:00:00.000Z',
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses limits out of bounds and foreign cursors, naming the field, and stores nothing', async () => {
    await importDays('brand_store', 1, 2);
    const before = snapshotTables(t.backend);
    for (const limit of [0, 201, 1.5]) {
      const err = await t.fail('liveSessions.list', { workspaceId, limit });
      expect(err.code).toBe('invalid_input');
      expect(err.issues?.[0]?.path).toEqual(['limit']);
    }
    for (const cursor of ['3', '["2025-08-01T12:00:00.000Z"]', 'not json']) {
      const err = await t.fail('liveSessions.list', { workspaceId, cursor });
      expect(err.issues?.[0]).toMatchObject({ path: ['cursor'], code: 'paging.badCursor' });
    }
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyBackendEachTest } from '../support/eachTest';

const t = emptyBackendEachTest();

describe('sample workspace live sessions', () => {
  it('has 60 days of sessions for the live rooms, the store’s latest evening with a visibly weak step', async () => {
    const ws = await t.call('workspaces.loadSample', {});
    const accounts = await t.call('accounts.list', { workspaceId: ws.id, includeArchived: false });
    const store = accounts.find((a) => a.handle === 'camellialab_store')!;

    const all = await t.call('liveSessions.list', { workspaceId: ws.id, limit: 200 });
    // Store: two a day; deals: Mon/Wed/Fri; suncare: four days a week — over the 60 days before today.
    expect(all.total).toBeGreaterThan(150);
    const days = new Set(all.items.map((s) => s.startedAt.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(59);

    const storeSessions = await t.call('liveSessions.list', {
      workspaceId: ws.id,
      roomId: store.id,
      limit: 200,
    });
    expect(storeSessions.total).toBeGreaterThanOrEqual(118);
    const latestEvening = storeSessions.items.find((s) => s.slot === 'evening')!;
    const d = await t.call('liveSessions.diagnose', { sessionId: latestEvening.id });
    expect(d.benchmarkSessions).toBe(20);
    expect(d.findings[0]).toMatchObject({ metric: 'productClickRate', band: 'improve' });

    const links = await t.call('liveSessions.links', { workspaceId: ws.id });
    expect(links.latestByAccount.find((l) => l.accountId === store.id)).toBeDefined();
  });
});

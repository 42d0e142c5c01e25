import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { acceptedOffer as acceptedOfferOf } from '../support/acceptedOffer';
import { inDays, offerInput, setUpBrand } from '../support/offers';
import { endOfDayMs } from '../../shared/reminders/model';

const HOUR = 3_600_000;
const { t, s } = freshSetupEachTest(setUpBrand);

function setNow(ms: number): void {
  t.backend.context.now = () => new Date(ms);
}

const list = (input: { workspaceId?: string; limit?: number } = {}) => t.call('reminders.list', input);

async function sentOffer(overrides: Record<string, unknown> = {}) {
  const draft = await t.call('offers.create', offerInput(s, overrides));
  return t.call('offers.send', { id: draft.id });
}

/** The creator's acceptance, through a second backend and the file exchange, as users do it. */
const acceptedOffer = () => acceptedOfferOf(t, s);

async function pendingApproval(workspaceId: string, accountId: string, title: string) {
  const item = await t.call('content.create', {
    workspaceId,
    accountId,
    title,
    format: 'short_video',
    objective: 'seed',
    status: 'review',
    plannedAt: '2025-08-06T18:00:00+08:00',
  });
  await t.call('approvals.exportPack', {
    workspaceId,
    from: '2025-08-04',
    to: '2025-08-10',
    language: 'zh-CN',
  });
  return item;
}

describe('reminders.list', () => {
  it('raises a deliverable a day before its due date ends and as overdue after, until published', async () => {
    const offer = await acceptedOffer();
    const [video, live] = offer.deliverables;
    const deadline = endOfDayMs(video!.dueOn, 'Asia/Shanghai');
    setNow(deadline - 25 * HOUR);
    expect((await list()).items.filter((r) => r.kind.startsWith('deliverable'))).toEqual([]);
    setNow(deadline - 12 * HOUR);
    expect((await list()).items).toEqual([
      {
        key: `deliverable:${video!.id}:${video!.dueOn}`,
        kind: 'deliverable_due',
        workspaceId: s.workspaceId,
        workspaceName: '山茶花研',
        at: new Date(deadline).toISOString(),
        title: expect.stringContaining('小鹿成分党') as string,
        creatorName: '小鹿成分党',
        offerId: offer.id,
        contentItemId: video!.contentItemId,
      },
    ]);
    setNow(deadline + HOUR);
    const overdue = await list();
    expect(overdue.items.map((r) => [r.kind, r.contentItemId])).toEqual([
      ['deliverable_overdue', video!.contentItemId],
    ]);
    for (const status of ['submitted', 'approved', 'published'] as const) {
      await t.call('deliverables.setStatus', { id: video!.id, status });
    }
    expect((await list()).items.map((r) => r.contentItemId)).not.toContain(video!.contentItemId);
    expect(live).toBeDefined();
  });

  it('raises an offer in negotiation in the 48 hours before it expires, not before nor after', async () => {
    const offer = await sentOffer({ expiresOn: inDays(30) });
    const deadline = endOfDayMs(offer.terms.expiresOn, 'Asia/Shanghai');
    setNow(deadline - 50 * HOUR);
    expect((await list()).total).toBe(0);
    setNow(deadline - 30 * HOUR);
    expect((await list()).items).toEqual([
      expect.objectContaining({
        kind: 'offer_expiring',
        key: `offer:${offer.id}:${offer.terms.expiresOn}`,
        offerId: offer.id,
        title: '夏季防晒种草',
        creatorName: '小鹿成分党',
      }),
    ]);
    setNow(deadline + HOUR);
    expect((await list()).total).toBe(0);
  });

  it('lists items awaiting client approval across workspaces, capped with a total', async () => {
    const other = await setUpBrand(t, '青柠饮品');
    const a = await pendingApproval(s.workspaceId, s.brandAccountId, '山茶花开箱');
    const b = await pendingApproval(other.workspaceId, other.brandAccountId, '青柠试喝');
    const all = await list();
    expect(all.total).toBe(2);
    expect(all.items.map((r) => [r.kind, r.contentItemId, r.workspaceName])).toEqual(
      expect.arrayContaining([
        ['approval_pending', a.id, '山茶花研'],
        ['approval_pending', b.id, '青柠饮品'],
      ]),
    );
    const one = await list({ workspaceId: other.workspaceId });
    expect(one.items.map((r) => r.contentItemId)).toEqual([b.id]);
    const capped = await list({ limit: 1 });
    expect(capped.items).toHaveLength(1);
    expect(capped.total).toBe(2);
  });

  it('hides dismissed reminders, and snoozed ones until the snooze ends', async () => {
    const a = await pendingApproval(s.workspaceId, s.brandAccountId, '山茶花开箱');
    const b = await pendingApproval(s.workspaceId, s.salesAccountId, '旗舰店上新');
    const [ra, rb] = ['approval', 'approval'].map((_k, i) => (i === 0 ? a : b).id);
    const keys = (await list()).items.map((r) => r.key);
    const keyA = keys.find((k) => k.includes(ra!))!;
    const keyB = keys.find((k) => k.includes(rb!))!;
    const now = Date.now();
    setNow(now);
    await t.call('reminders.dismiss', { workspaceId: s.workspaceId, key: keyA });
    await t.call('reminders.dismiss', {
      workspaceId: s.workspaceId,
      key: keyB,
      snoozeUntil: new Date(now + HOUR).toISOString(),
    });
    expect((await list()).total).toBe(0);
    setNow(now + 2 * HOUR);
    expect((await list()).items.map((r) => r.key)).toEqual([keyB]);
  });

  it('refuses an unknown workspace, a malformed key and a snooze in the past, storing nothing', async () => {
    const before = snapshotTables(t.backend);
    expect((await t.fail('reminders.list', { workspaceId: 'nope' })).code).toBe('not_found');
    const bad = await t.fail('reminders.dismiss', { workspaceId: s.workspaceId, key: 'whatever' });
    expect(bad.issues?.[0]).toMatchObject({ path: ['key'], code: 'reminders.unknownKey' });
    const past = await t.fail('reminders.dismiss', {
      workspaceId: s.workspaceId,
      key: 'offer:x:2025-01-01',
      snoozeUntil: '2020-01-01T00:00:00Z',
    });
    expect(past.issues?.[0]).toMatchObject({ path: ['snoozeUntil'] });
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import { freshSetupEachTest } from '../support/eachTest';
import { offerInput, sampleAudience, setUpBrand } from '../support/offers';
import { acceptedByCreator } from '../support/creatorInstall';

/**
 * offers.list keeps built views until the next write (electron/backend/offers/listViews.ts): every write
 * and every change of day must show in the next list exactly as offers.get shows it.
 */
const { t, s } = freshSetupEachTest(setUpBrand);

const list = async () => (await t.call('offers.list', { workspaceId: s.workspaceId, limit: 50 })).items;

async function expectListEqualsGet() {
  for (const offer of await list()) {
    const { revisions: _revisions, ...single } = await t.call('offers.get', { id: offer.id });
    expect(offer).toEqual(single);
  }
}

describe('offers.list views kept until a write', () => {
  it('shows a creator’s new audience and rate card in the fit and totals of the next list', async () => {
    const offer = await t.call('offers.create', offerInput(s));
    const before = (await list())[0]!;
    expect(before.fit).not.toBeNull();
    const audience = sampleAudience();
    await t.call('creators.update', {
      id: s.creatorId,
      audience: { ...audience, interests: { 'food.snacks': 0.9, 'fashion.womenswear': 0.1 } },
      rateCard: { ...{ video1to20s: 1, video21to60s: 2, video60sPlus: 3, liveSession: 4, commissionPct: 5 } },
    });
    const after = (await list()).find((o) => o.id === offer.id)!;
    expect(after.fit?.score).not.toBe(before.fit?.score);
    expect(after.totals).not.toEqual(before.totals);
    await expectListEqualsGet();
  });

  it('shows an offer’s new state and a newly created offer in the next list', async () => {
    const a = await t.call('offers.create', offerInput(s, { title: '甲' }));
    expect((await list()).map((o) => o.state)).toEqual(['draft']);
    await t.call('offers.send', { id: a.id });
    await t.call('offers.create', offerInput(s, { title: '乙' }));
    expect((await list()).map((o) => [o.terms.title, o.state])).toEqual([
      ['乙', 'draft'],
      ['甲', 'sent'],
    ]);
    await expectListEqualsGet();
  });

  it('shows an expiry on read (a write) in the same list', async () => {
    const sent = await t.call('offers.send', {
      id: (await t.call('offers.create', offerInput(s))).id,
    });
    expect((await list())[0]).toMatchObject({ id: sent.id, state: 'sent' });
    const later = new Date(Date.now() + 40 * 86_400_000);
    t.backend.context.now = () => later;
    expect((await list())[0]).toMatchObject({ id: sent.id, state: 'expired' });
    await expectListEqualsGet();
  });

  it('recomputes overdue deliverables when the day changes without any write', async () => {
    const sent = await t.call('offers.send', { id: (await t.call('offers.create', offerInput(s))).id });
    const offerId = (await acceptedByCreator(t, sent.id)).id;
    expect((await list()).find((o) => o.id === offerId)?.overdueCount).toBe(0);
    const later = new Date(Date.now() + 21 * 86_400_000); // past the video's due date
    t.backend.context.now = () => later;
    const listed = (await list()).find((o) => o.id === offerId)!;
    expect(listed.state).toBe('accepted');
    expect(listed.overdueCount).toBe(1);
    await expectListEqualsGet();
  });
});

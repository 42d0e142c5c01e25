import { describe, expect, it } from 'vitest';
import { freshSetupEachTest } from '../support/eachTest';
import { offerInput, setUpBrand } from '../support/offers';

/** A live deliverable's expected views come from the creator's live sessions (issue 11 §6). */
const { t, s } = freshSetupEachTest(setUpBrand);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function importCreatorSessions(rows: string[]) {
  const text = ['直播开始时间,直播结束时间,直播间观看人数,平均在线人数,人均观看时长（秒）', ...rows].join(
    '\r\n',
  );
  const result = await t.call('liveSessions.importCommit', {
    workspaceId: s.workspaceId,
    fileName: 'creator-live.csv',
    base64: b64(text),
    creatorId: s.creatorId,
  });
  expect(result.sessionIds).toHaveLength(rows.length);
}

describe('expected views of a live deliverable', () => {
  it('falls back to the median video views, marked, while the creator has no live sessions', async () => {
    const o = await t.call('offers.create', offerInput(s));
    expect(o.totals).toMatchObject({
      liveCount: 1,
      expectedVideoViews: 160_000,
      expectedLiveViews: 80_000,
      liveViewsBasis: 'videoMedianFallback',
    });
    expect(await t.call('creators.liveViews', { id: s.creatorId })).toBeNull();
  });

  it('uses the median viewers of the creator’s latest sessions once they are imported', async () => {
    await importCreatorSessions([
      '2025-08-01 20:00,2025-08-01 22:00,4000,,',
      '2025-08-03 20:00,2025-08-03 22:00,9000,,',
      // No exported viewers: 250 online on average × 7,200 s ÷ 120 s each = 15,000.
      '2025-08-05 20:00,2025-08-05 22:00,,250,120',
    ]);
    const figure = await t.call('creators.liveViews', { id: s.creatorId });
    expect(figure).toEqual({ viewersPerSession: 9_000, sessions: 3, estimated: 1 });

    const o = await t.call('offers.create', offerInput(s));
    expect(o.totals).toMatchObject({
      expectedVideoViews: 160_000,
      expectedLiveViews: 9_000,
      expectedViews: 169_000,
      liveViewsBasis: 'liveHistory',
      liveViews: figure,
    });
    const listed = (await t.call('offers.list', { workspaceId: s.workspaceId })).items[0]!;
    expect(listed.totals).toEqual(o.totals);
  });
});

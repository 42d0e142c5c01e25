import { describe, expect, it } from 'vitest';
import { LIVE_HISTORY_SESSIONS, liveViewsFigure, sessionViewers } from '../../shared/live/expectedLiveViews';
import { offerTotals, type TermsRecord } from '../../shared/domain/offerTerms';

const session = (viewers: number | null, extra: Partial<Parameters<typeof sessionViewers>[0]> = {}) => ({
  viewers,
  avgOnline: null,
  avgWatchSeconds: null,
  durationSeconds: 7_200,
  ...extra,
});

describe('a live session’s viewers', () => {
  it('takes the exported 观看人数, else estimates 平均在线 × 时长 ÷ 人均观看时长, else none', () => {
    expect(sessionViewers(session(9_000))).toEqual({ viewers: 9_000, estimated: false });
    // 300 people online on average over 2 h, each staying 90 s: 300 × 7,200 ÷ 90 = 24,000 arrivals.
    expect(sessionViewers(session(null, { avgOnline: 300, avgWatchSeconds: 90 }))).toEqual({
      viewers: 24_000,
      estimated: true,
    });
    expect(sessionViewers(session(null, { avgOnline: 300, avgWatchSeconds: 0 }))).toBeNull();
    expect(sessionViewers(session(null))).toBeNull();
  });

  it('is the median over the latest usable sessions', () => {
    expect(liveViewsFigure([])).toBeNull();
    expect(liveViewsFigure([session(null)])).toBeNull();
    expect(liveViewsFigure([session(1_000), session(null), session(5_000), session(90_000)])).toEqual({
      viewersPerSession: 5_000,
      sessions: 3,
      estimated: 0,
    });
    expect(liveViewsFigure([session(1_000), session(2_000)])?.viewersPerSession).toBe(1_500);
    const many = Array.from({ length: LIVE_HISTORY_SESSIONS + 5 }, (_, i) => session(i < 6 ? 100 : 50_000));
    expect(liveViewsFigure(many)).toMatchObject({ sessions: LIVE_HISTORY_SESSIONS, viewersPerSession: 100 });
  });
});

const line = (key: string, format: 'video' | 'live', count: number) => ({
  key,
  format,
  durationBand: format === 'video' ? ('21-60s' as const) : null,
  count,
  dueOn: '2025-08-01',
  accountId: null,
  accountLabel: key,
  accountRole: null,
});
const terms = (deliverables: TermsRecord['deliverables']): TermsRecord => ({
  title: 'T',
  products: [],
  targetTags: [],
  deliverables,
  feeFen: 5_000_000,
  commissionPct: 0,
  usageRightsDays: 0,
  exclusivityDays: 0,
  expiresOn: '2025-08-10',
  timeZone: 'Asia/Shanghai',
});
const figures = { medianViews: 80_000, engagementRatePct: 4, rateCard: null };

describe('expected views of an offer with live sessions', () => {
  it('counts a live session by the creator’s live viewers, not their video views', () => {
    const t = offerTotals(terms([line('v', 'video', 2), line('l', 'live', 1)]), {
      ...figures,
      live: { viewersPerSession: 6_000, sessions: 8, estimated: 0 },
    });
    expect(t).toMatchObject({
      expectedVideoViews: 160_000,
      expectedLiveViews: 6_000,
      expectedViews: 166_000,
      liveViewsBasis: 'liveHistory',
    });
    expect(t.expectedCpm).toBe(301.2); // ¥50,000 ÷ 166
  });

  it('falls back to the median video views without live history, and says so', () => {
    const t = offerTotals(terms([line('v', 'video', 2), line('l', 'live', 1)]), figures);
    expect(t).toMatchObject({
      expectedLiveViews: 80_000,
      expectedViews: 240_000,
      liveViewsBasis: 'videoMedianFallback',
      liveViews: null,
    });
  });

  it('needs no video median for a live-only offer with live history', () => {
    const t = offerTotals(terms([line('l', 'live', 2)]), {
      ...figures,
      medianViews: null,
      live: { viewersPerSession: 5_000, sessions: 3, estimated: 1 },
    });
    expect(t).toMatchObject({ expectedVideoViews: null, expectedViews: 10_000, expectedCpm: 5_000 });
    const none = offerTotals(terms([line('l', 'live', 2)]), { ...figures, medianViews: null });
    expect(none).toMatchObject({ expectedViews: null, liveViewsBasis: null, expectedCpm: null });
  });
});

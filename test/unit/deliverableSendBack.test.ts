import { describe, expect, it } from 'vitest';
import { isSendBack, sendBackOutcome } from '../../shared/domain/deliverableSendBack';
import { planDeliverableReport } from '../../shared/domain/deliverableReport';
import { deliverableStatuses } from '../../shared/domain/offer';
import { offerFileVersionFor } from '../../shared/offerFile/format';

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-01T11:00:00.000Z';
const T3 = '2026-12-01T12:00:00.000Z';

describe('which moves are send-backs (退回修改)', () => {
  it('the brand’s one-step backward moves, never the creator’s, never out of 已发布', () => {
    const moves = deliverableStatuses.flatMap((from) =>
      deliverableStatuses.filter((to) => isSendBack('brand', from, to)).map((to) => `${from}→${to}`),
    );
    expect(moves).toEqual(['submitted→due', 'approved→submitted']);
    expect(
      deliverableStatuses.some((f) => deliverableStatuses.some((t) => isSendBack('creator', f, t))),
    ).toBe(false);
  });
});

describe('what a send-back line does to the receiving tracker', () => {
  const sent = (status: 'due' | 'submitted', reportedAt: string) => ({ status, reportedAt, sentBack: true });

  it('moves the tracker back when newer than its state, not when older, never out of 已发布', () => {
    expect(sendBackOutcome({ status: 'submitted', changedAt: T1, sentBackAt: null }, sent('due', T2))).toBe(
      'sentBack',
    );
    // Withdrawn approval the creator never saw: same status, still 退回修改.
    expect(
      sendBackOutcome({ status: 'submitted', changedAt: T1, sentBackAt: null }, sent('submitted', T2)),
    ).toBe('sentBack');
    expect(sendBackOutcome({ status: 'approved', changedAt: T1, sentBackAt: null }, sent('due', T2))).toBe(
      'sentBack',
    );
    expect(sendBackOutcome({ status: 'submitted', changedAt: T3, sentBackAt: null }, sent('due', T2))).toBe(
      'kept',
    );
    expect(sendBackOutcome({ status: 'published', changedAt: T1, sentBackAt: null }, sent('due', T2))).toBe(
      'kept',
    );
  });

  it('the same send-back read twice changes nothing; a target ahead of the tracker is the forward rule’s', () => {
    expect(sendBackOutcome({ status: 'due', changedAt: T2, sentBackAt: T2 }, sent('due', T2))).toBe(
      'unchanged',
    );
    expect(sendBackOutcome({ status: 'due', changedAt: T1, sentBackAt: null }, sent('submitted', T2))).toBe(
      null,
    );
  });

  it('a plain line no newer than the tracker’s send-back is stale and kept; a newer one is not its business', () => {
    const plain = (status: 'submitted' | 'due', reportedAt: string) => ({
      status,
      reportedAt,
      sentBack: false,
    });
    expect(sendBackOutcome({ status: 'due', changedAt: T2, sentBackAt: T2 }, plain('submitted', T1))).toBe(
      'kept',
    );
    expect(sendBackOutcome({ status: 'due', changedAt: T2, sentBackAt: T2 }, plain('due', T1))).toBe(null);
    expect(sendBackOutcome({ status: 'due', changedAt: T2, sentBackAt: T2 }, plain('submitted', T3))).toBe(
      null,
    );
    expect(sendBackOutcome({ status: 'submitted', changedAt: T1, sentBackAt: null }, plain('due', T3))).toBe(
      null,
    );
  });

  it('only a brand’s file sends back: the same line from a creator follows the forward-only rule', () => {
    const tracked = [
      { key: 'd1', position: 1, accountLabel: '品牌号', status: 'submitted' as const, statusChangedAt: T1 },
    ];
    const line = { key: 'd1', status: 'due' as const, statusChangedAt: T2, sentBack: { reason: '重拍' } };
    expect(planDeliverableReport(tracked, [line], 'brand').lines[0]).toMatchObject({
      outcome: 'sentBack',
      sendBackReason: '重拍',
    });
    expect(planDeliverableReport(tracked, [line], 'creator').lines[0]).toMatchObject({
      outcome: 'kept',
      sendBackReason: null,
    });
  });
});

describe('the lowest file version that holds a send-back', () => {
  it('format 4 only for a brand file with a send-back line', () => {
    expect(offerFileVersionFor('brand', [{}, {}])).toBe(3);
    expect(offerFileVersionFor('brand', [{ sentBack: {} }, {}])).toBe(4);
    expect(offerFileVersionFor('creator', [{}])).toBe(2);
    expect(offerFileVersionFor('brand', undefined)).toBe(1);
  });
});

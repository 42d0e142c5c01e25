import { describe, expect, it } from 'vitest';
import {
  planDeliverableReport,
  reportOutcome,
  type ReportOutcome,
} from '../../shared/domain/deliverableReport';
import { deliverableStatuses, type DeliverableStatus } from '../../shared/domain/offer';

/**
 * An independent table of what a creator's file does to the brand's tracker: rows = the brand's status,
 * columns = the status the file reports (due, submitted, approved, published).
 */
const expected: Record<DeliverableStatus, ReportOutcome[]> = {
  due: ['unchanged', 'applied', 'refused', 'applied'],
  submitted: ['kept', 'unchanged', 'refused', 'applied'],
  approved: ['kept', 'kept', 'unchanged', 'applied'],
  published: ['kept', 'kept', 'kept', 'unchanged'],
};

describe('deliverable statuses reported by the creator', () => {
  it.each(deliverableStatuses)('from the brand’s %s, every reported status', (current) => {
    expect(deliverableStatuses.map((reported) => reportOutcome(current, reported))).toEqual(
      expected[current],
    );
  });

  it('pairs reported statuses with the tracker by key and lists keys it does not know', () => {
    const at = '2026-12-01T12:00:00.000Z';
    const plan = planDeliverableReport(
      [
        { key: 'a', position: 1, accountLabel: 'A', status: 'due' },
        { key: 'b', position: 2, accountLabel: 'B', status: 'approved' },
      ],
      [
        { key: 'b', status: 'submitted', statusChangedAt: at },
        { key: 'x', status: 'published', statusChangedAt: at },
        { key: 'a', status: 'published', statusChangedAt: at },
      ],
    );
    expect(plan.unknownKeys).toEqual(['x']);
    expect(plan.lines.map((l) => [l.position, l.from, l.reported, l.outcome])).toEqual([
      [2, 'approved', 'submitted', 'kept'],
      [1, 'due', 'published', 'applied'],
    ]);
  });
});

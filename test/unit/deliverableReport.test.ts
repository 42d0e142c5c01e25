import { describe, expect, it } from 'vitest';
import {
  planDeliverableReport,
  reportOutcome,
  type ReportOutcome,
} from '../../shared/domain/deliverableReport';
import { deliverableStatuses, type DeliverableStatus } from '../../shared/domain/offer';
import { deliverableLinkSchema, PUBLISHED_LINK_MAX } from '../../shared/domain/deliverableLink';
import { offerFileVersionFor } from '../../shared/offerFile/format';

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

/** The same table for the brand's status file at the creator: the brand may set every forward status. */
const expectedFromBrand: Record<DeliverableStatus, ReportOutcome[]> = {
  due: ['unchanged', 'applied', 'applied', 'applied'],
  submitted: ['kept', 'unchanged', 'applied', 'applied'],
  approved: ['kept', 'kept', 'unchanged', 'applied'],
  published: ['kept', 'kept', 'kept', 'unchanged'],
};

describe('deliverable statuses reported by the brand', () => {
  it.each(deliverableStatuses)('from the creator’s %s, every reported status', (current) => {
    expect(deliverableStatuses.map((reported) => reportOutcome(current, reported, 'brand'))).toEqual(
      expectedFromBrand[current],
    );
  });

  it('marks a link new to the tracker, and leaves a known one alone', () => {
    const at = '2026-12-01T12:00:00.000Z';
    const link = 'https://v.douyin.com/abc/';
    const plan = planDeliverableReport(
      [
        { key: 'a', position: 1, accountLabel: 'A', status: 'due', publishedUrl: null },
        { key: 'b', position: 2, accountLabel: 'B', status: 'submitted', publishedUrl: link },
      ],
      [
        { key: 'a', status: 'submitted', statusChangedAt: at, publishedUrl: link },
        { key: 'b', status: 'submitted', statusChangedAt: at, publishedUrl: link },
      ],
    );
    expect(plan.lines.map((l) => [l.outcome, l.publishedUrl, l.linkChanged])).toEqual([
      ['applied', link, true],
      ['unchanged', link, false],
    ]);
  });
});

describe('published links and the file version that carries them', () => {
  it('accepts http/https links only, up to the length limit', () => {
    const ok = ['https://v.douyin.com/iRkQ8aB/', 'http://example.com', ' https://a.b/c?d=1 '];
    const bad = ['javascript:alert(1)', 'file:///etc/passwd', 'douyin.com/x', 'https://', 'https:// x', ''];
    expect(ok.map((u) => deliverableLinkSchema.safeParse(u).success)).toEqual(ok.map(() => true));
    expect(bad.map((u) => deliverableLinkSchema.safeParse(u).success)).toEqual(bad.map(() => false));
    expect(deliverableLinkSchema.safeParse(`https://a.cn/${'x'.repeat(PUBLISHED_LINK_MAX)}`).success).toBe(
      false,
    );
  });

  it('writes the lowest version that holds the statuses', () => {
    expect(offerFileVersionFor('creator', undefined)).toBe(1);
    expect(offerFileVersionFor('brand', undefined)).toBe(1);
    expect(offerFileVersionFor('creator', [{}, {}])).toBe(2);
    expect(offerFileVersionFor('creator', [{ publishedUrl: 'https://a.cn/' }])).toBe(3);
    expect(offerFileVersionFor('brand', [{}])).toBe(3);
  });
});

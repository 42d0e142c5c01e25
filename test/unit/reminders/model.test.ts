import { describe, expect, it } from 'vitest';
import {
  deliverableReminderKind,
  endOfDayMs,
  offerExpiresSoon,
  reminderKey,
} from '../../../shared/reminders/model';
import { warningField } from '../../../shared/content/check';
import { contentWarningCodes } from '../../../shared/content/warnings';

const HOUR = 3_600_000;

describe('reminder rules', () => {
  it('ends a due day at the next midnight in the zone', () => {
    expect(new Date(endOfDayMs('2025-08-06', 'Asia/Shanghai')).toISOString()).toBe(
      '2025-08-06T16:00:00.000Z',
    );
    expect(new Date(endOfDayMs('2025-12-31', 'UTC')).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(new Date(endOfDayMs('2025-03-08', 'America/New_York')).toISOString()).toBe(
      '2025-03-09T05:00:00.000Z',
    );
  });

  it.each([
    [-25 * HOUR, null],
    [-24 * HOUR, 'deliverable_due'],
    [-1, 'deliverable_due'],
    [0, 'deliverable_overdue'],
    [30 * 24 * HOUR, 'deliverable_overdue'],
  ])('a deliverable at deadline%+d ms is %s', (offset, kind) => {
    const deadline = Date.UTC(2025, 7, 6, 16);
    expect(deliverableReminderKind(deadline, deadline + offset)).toBe(kind);
  });

  it.each([
    [-49 * HOUR, false],
    [-48 * HOUR, true],
    [-1, true],
    [0, false],
  ])('an offer at expiry%+d ms expires soon: %s', (offset, soon) => {
    const deadline = Date.UTC(2025, 7, 6, 16);
    expect(offerExpiresSoon(deadline, deadline + offset)).toBe(soon);
  });

  it('keys name the subject and its deadline', () => {
    expect(reminderKey.deliverable('d1', '2025-08-06')).toBe('deliverable:d1:2025-08-06');
    expect(reminderKey.offer('o1', '2025-08-06')).not.toBe(reminderKey.offer('o1', '2025-08-07'));
    expect(reminderKey.approval('i1', 3)).toBe('approval:i1:3');
  });
});

describe('content.check field placement', () => {
  it('places every item-scoped finding beside a field and week findings in the footer only', () => {
    for (const code of contentWarningCodes) {
      if (code.startsWith('week_')) expect(warningField[code]).toBeNull();
      else expect(warningField[code]).not.toBeNull();
    }
  });
});

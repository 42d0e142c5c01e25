import { describe, expect, it } from 'vitest';
import { calendarDateSchema } from '../../shared/domain/dateSchema';

describe('calendarDateSchema (due and expiry dates)', () => {
  it('takes real calendar dates, trimmed', () => {
    expect(calendarDateSchema.parse(' 2028-02-29 ')).toBe('2028-02-29');
    expect(calendarDateSchema.parse('2025-12-31')).toBe('2025-12-31');
  });

  it.each([
    ['2025-02-29', 'Not a real calendar date'],
    ['2025-04-31', 'Not a real calendar date'],
    ['2025-13-01', 'Not a real calendar date'],
    ['2025/08/06', 'Use a date like 2025-08-06'],
    ['20250806', 'Use a date like 2025-08-06'],
  ])('refuses %s saying "%s"', (text, message) => {
    const result = calendarDateSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

import { describe, expect, it } from 'vitest';
import { automaticBackupDue, backupsToDelete, backupsToKeep } from '../../../shared/backups/retention';

const now = new Date('2026-06-30T12:00:00Z');
const HOUR = 3_600_000;
const at = (hoursAgo: number) => ({
  id: `b-${hoursAgo}h`,
  createdAt: new Date(now.getTime() - hoursAgo * HOUR).toISOString(),
});

describe('backup retention: last 3, one a day for 7 days, one a week for 4 weeks', () => {
  it('keeps everything while there are only 3', () => {
    const list = [at(1), at(500), at(2000)];
    expect(backupsToDelete(list, now)).toEqual([]);
  });

  it('keeps the last 3 even when they are all from the last hour', () => {
    const list = [at(0.1), at(0.2), at(0.3), at(0.4), at(0.5)];
    expect([...backupsToKeep(list, now)].sort()).toEqual(['b-0.1h', 'b-0.2h', 'b-0.3h']);
    expect(backupsToDelete(list, now).sort()).toEqual(['b-0.4h', 'b-0.5h']);
  });

  it('keeps the newest of each of the last 7 days and drops the rest of each day', () => {
    // Hourly backups for 10 days.
    const list = Array.from({ length: 240 }, (_, i) => at(i + 0.5));
    const keep = backupsToKeep(list, now);
    // The last 3…
    for (const h of [0.5, 1.5, 2.5]) expect(keep.has(`b-${h}h`)).toBe(true);
    // …the newest of each 24 h window back to 7 days…
    for (let d = 1; d < 7; d++) expect(keep.has(`b-${d * 24 + 0.5}h`), `day ${d}`).toBe(true);
    expect(keep.has('b-25.5h')).toBe(false);
    // …and the newest of week 2 (days 7–13), nothing else from days 8–9.
    expect(keep.has(`b-${7 * 24 + 0.5}h`)).toBe(true);
    expect(keep.has(`b-${8 * 24 + 0.5}h`)).toBe(false);
    expect(keep.size).toBe(3 + 6 + 1);
  });

  it('keeps one a week for 4 weeks and nothing older beyond the last 3', () => {
    const list = Array.from({ length: 60 }, (_, i) => at(i * 24 + 1));
    const keep = backupsToKeep(list, now);
    for (const week of [1, 2, 3]) expect(keep.has(`b-${week * 7 * 24 + 1}h`), `week ${week}`).toBe(true);
    expect(keep.has(`b-${28 * 24 + 1}h`)).toBe(false);
    expect([...keep].every((id) => Number(id.slice(2, -1)) < 28 * 24)).toBe(true);
  });

  it('an automatic backup is due when the newest is more than a day old, or none exists', () => {
    expect(automaticBackupDue([], now)).toBe(true);
    expect(automaticBackupDue([at(23)], now)).toBe(false);
    expect(automaticBackupDue([at(25)], now)).toBe(true);
    expect(automaticBackupDue([at(30), at(2)], now)).toBe(false);
  });
});

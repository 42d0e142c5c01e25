/**
 * Which backups to keep: the last 3 whatever their age, plus the newest of each of the last 7 days and
 * the newest of each of the last 4 weeks (windows counted back from now in 24 h / 7 d steps, so the
 * rule does not depend on a time zone). Everything else may be deleted. Pure, so it is tested alone.
 */
export const RETENTION = { latest: 3, days: 7, weeks: 4 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetainedBackup {
  id: string;
  /** UTC ISO time the backup was made. */
  createdAt: string;
}

export function backupsToKeep(backups: readonly RetainedBackup[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const keep = new Set(newestFirst.slice(0, RETENTION.latest).map((b) => b.id));
  const windows: { from: number; to: number }[] = [];
  for (let i = 0; i < RETENTION.days; i++) windows.push(window(now, i * DAY_MS, DAY_MS));
  for (let j = 0; j < RETENTION.weeks; j++) windows.push(window(now, j * 7 * DAY_MS, 7 * DAY_MS));
  for (const { from, to } of windows) {
    const newest = newestFirst.find((b) => {
      const at = Date.parse(b.createdAt);
      return at > from && at <= to;
    });
    if (newest) keep.add(newest.id);
  }
  return keep;
}

export function backupsToDelete(backups: readonly RetainedBackup[], now: Date): string[] {
  const keep = backupsToKeep(backups, now);
  return backups.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

/** An automatic backup is due at start when the newest is older than a day (or there is none). */
export function automaticBackupDue(backups: readonly RetainedBackup[], now: Date): boolean {
  const newest = Math.max(...backups.map((b) => Date.parse(b.createdAt)), -Infinity);
  return now.getTime() - newest > DAY_MS;
}

function window(now: Date, ageFrom: number, span: number): { from: number; to: number } {
  const to = now.getTime() - ageFrom;
  return { from: to - span, to };
}

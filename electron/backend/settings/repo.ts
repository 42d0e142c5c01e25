import type { Db } from '../db/types';
import { prepared } from '../paging/statements';

/** Every stored setting as its JSON text, keyed by name. */
export function listSettingRows(db: Db): { key: string; value: string }[] {
  return prepared<[], { key: string; value: string }>(db, 'SELECT key, value FROM settings').all();
}

/** Writes the given settings (JSON values) in one transaction. */
export function upsertSettings(db: Db, values: readonly (readonly [string, unknown])[]): void {
  const upsert = prepared<[string, string]>(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of values) upsert.run(key, JSON.stringify(value));
  })();
}

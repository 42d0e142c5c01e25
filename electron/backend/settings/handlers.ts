import type { HandlerSlice } from '../handlers';
import type { Settings, settingsContract } from '../../../shared/api/settings';
import { settingsSchema } from '../../../shared/api/settings';
import type { Db } from '../db/types';

function readSettings(db: Db): Settings {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
  const raw: Record<string, unknown> = { language: null, lastWorkspaceId: null };
  for (const { key, value } of rows) raw[key] = JSON.parse(value) as unknown;
  // A value the current version no longer understands falls back to "unset" rather than failing start-up.
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { language: null, lastWorkspaceId: null };
}

export const settingsHandlers = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (patch, { db }) => {
    const upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
    return readSettings(db);
  },
} satisfies HandlerSlice<typeof settingsContract>;

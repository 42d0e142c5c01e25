import type { HandlerSlice } from '../handlers';
import type { Settings, settingsContract } from '../../../shared/api/settings';
import { settingsSchema } from '../../../shared/api/settings';
import type { Db } from '../db/types';
import { listSettingRows, upsertSettings } from './repo';

function readSettings(db: Db): Settings {
  const rows = listSettingRows(db);
  const raw: Record<string, unknown> = { language: null, lastWorkspaceId: null };
  for (const { key, value } of rows) raw[key] = JSON.parse(value) as unknown;
  // A value the current version no longer understands falls back to "unset" rather than failing start-up.
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { language: null, lastWorkspaceId: null };
}

export const settingsHandlers = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (patch, { db }) => {
    upsertSettings(
      db,
      Object.entries(patch).filter(([, value]) => value !== undefined),
    );
    return readSettings(db);
  },
} satisfies HandlerSlice<typeof settingsContract>;

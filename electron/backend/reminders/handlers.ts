import type { HandlerSlice } from '../handlers';
import type { remindersContract } from '../../../shared/api/reminders';
import { invalidInput, notFound } from '../errors';
import { findWorkspace } from '../workspaces/repo';
import { pageReminders } from './compute';
import { upsertDismissal } from './repo';

const keyPattern = /^(deliverable|offer|approval):[^:]+:[^:]+$/;

export const reminderHandlers = {
  'reminders.list': ({ workspaceId, limit, cursor }, ctx) => {
    if (workspaceId && !findWorkspace(ctx.db, workspaceId)) throw notFound('Workspace', workspaceId);
    return pageReminders(ctx.db, workspaceId ?? null, ctx.now().getTime(), cursor, limit);
  },

  'reminders.dismiss': ({ workspaceId, key, snoozeUntil }, ctx) => {
    if (!findWorkspace(ctx.db, workspaceId)) throw notFound('Workspace', workspaceId);
    if (!keyPattern.test(key)) {
      throw invalidInput(['key'], `Not a reminder key: ${key}`, 'reminders.unknownKey');
    }
    const now = ctx.now();
    if (snoozeUntil !== undefined && Date.parse(snoozeUntil) <= now.getTime()) {
      throw invalidInput(['snoozeUntil'], 'Must be in the future', 'reminders.snoozeInPast');
    }
    upsertDismissal(ctx.db, {
      workspace_id: workspaceId,
      reminder_key: key,
      snoozed_until: snoozeUntil ?? null,
      dismissed_at: now.toISOString(),
    });
    return { key };
  },
} satisfies HandlerSlice<typeof remindersContract>;

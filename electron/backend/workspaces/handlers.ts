import type { HandlerSlice } from '../handlers';
import type { workspacesContract } from '../../../shared/api/workspaces';
import { notFound } from '../errors';
import { deleteWorkspace, findWorkspace, insertWorkspace, listWorkspaces, updateWorkspace } from './repo';
import { createSampleWorkspace } from '../sample';
import { workspaceFieldsSchema } from '../../../shared/domain/workspace';
import { refreshSessionSlots } from '../liveSessions/repo';
import { slotOf } from '../../../shared/live/slots';

export const workspaceHandlers = {
  'workspaces.list': (_input, { db }) => listWorkspaces(db),

  'workspaces.create': (input, { db, now, newId }) => {
    const id = newId();
    insertWorkspace(db, { ...input, id, isSample: false, createdAt: now().toISOString() });
    return findWorkspace(db, id)!;
  },

  'workspaces.update': ({ id, ...patch }, { db, now }) => {
    const current = findWorkspace(db, id);
    if (!current) throw notFound('Workspace', id);
    const merged = workspaceFieldsSchema.parse({
      name: patch.name ?? current.name,
      industry: patch.industry ?? current.industry,
      stage: patch.stage ?? current.stage,
      notes: patch.notes ?? current.notes,
      timeZone: patch.timeZone ?? current.timeZone,
      creatorFacingName: patch.creatorFacingName ?? current.creatorFacingName,
    });
    db.transaction(() => {
      updateWorkspace(db, { ...current, ...merged, updatedAt: now().toISOString() });
      // Live sessions keep their 早/午/晚/夜场 in the workspace's zone.
      if (merged.timeZone !== current.timeZone)
        refreshSessionSlots(db, id, (at) => slotOf(at, merged.timeZone));
    })();
    return findWorkspace(db, id)!;
  },

  'workspaces.delete': ({ id }, { db }) => {
    // Accounts and everything hanging off them go with the workspace (ON DELETE CASCADE), atomically.
    if (!deleteWorkspace(db, id)) throw notFound('Workspace', id);
    return { id };
  },

  'workspaces.loadSample': ({ language }, ctx) => createSampleWorkspace(ctx, language),
} satisfies HandlerSlice<typeof workspacesContract>;

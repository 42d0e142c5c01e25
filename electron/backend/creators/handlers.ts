import type { HandlerSlice } from '../handlers';
import type { creatorsContract } from '../../../shared/api/creators';
import type { BackendContext } from '../context';
import type { CreatorFields } from '../../../shared/domain/creator';
import { creatorFieldsSchema } from '../../../shared/domain/creator';
import { platformLabels } from '../../../shared/domain/platformLabels';
import { conflict, invalidState } from '../errors';
import {
  countActiveOffers,
  deleteCreatorRow,
  findCreatorByHandle,
  insertCreator,
  listCreatorPage,
  updateCreatorRow,
} from './repo';
import { commitCreatorImport, previewCreatorImport } from './import';
import { mergeProfile, profileFields } from './profileColumns';
import { requireWorkspace } from '../workspaces/guards';
import { requireCreator } from './guards';
import { creatorLiveSessionsByIds } from '../liveSessions/creatorHistoryRepo';
import { liveViewsFigure } from '../../../shared/live/expectedLiveViews';

function assertHandleFree(ctx: BackendContext, fields: CreatorFields, exceptId?: string): void {
  const clash = findCreatorByHandle(ctx.db, fields.workspaceId, fields.platform, fields.handle);
  if (clash && clash.id !== exceptId) {
    throw conflict(
      ['handle'],
      `@${fields.handle} on ${platformLabels[fields.platform]} is already in this workspace's creators (${clash.displayName})`,
      'creators.handleTaken',
      { handle: fields.handle, name: clash.displayName },
    );
  }
}

export const creatorHandlers = {
  'creators.list': ({ cursor, limit, ...query }, ctx) => {
    requireWorkspace(ctx, query.workspaceId);
    // Page and count in one read transaction, so the total matches the page.
    return ctx.db.transaction(() => listCreatorPage(ctx.db, query, cursor, limit))();
  },

  'creators.get': ({ id }, ctx) => requireCreator(ctx, id),

  'creators.liveViews': ({ id }, ctx) => {
    requireCreator(ctx, id);
    return liveViewsFigure(creatorLiveSessionsByIds(ctx.db, [id]).get(id) ?? []);
  },

  'creators.create': (fields, ctx) => {
    requireWorkspace(ctx, fields.workspaceId);
    const id = ctx.newId();
    ctx.db.transaction(() => {
      assertHandleFree(ctx, fields);
      insertCreator(ctx.db, id, fields, ctx.now().toISOString());
    })();
    return requireCreator(ctx, id);
  },

  'creators.update': ({ id, ...patch }, ctx) => {
    const current = requireCreator(ctx, id);
    const merged = creatorFieldsSchema.parse({
      ...mergeProfile(profileFields(current), patch),
      workspaceId: current.workspaceId,
    });
    ctx.db.transaction(() => {
      assertHandleFree(ctx, merged, id);
      updateCreatorRow(ctx.db, id, merged, ctx.now().toISOString());
    })();
    return requireCreator(ctx, id);
  },

  'creators.delete': ({ id }, ctx) => {
    const creator = requireCreator(ctx, id);
    ctx.db.transaction(() => {
      // Offers in negotiation or delivery are commitments to a real person: withdraw or complete them
      // first. Finished offers (drafts, declined, withdrawn, expired, completed) go with the creator;
      // planned content made from accepted offers stays on the calendar, unlinked (migration 0030 trigger).
      const active = countActiveOffers(ctx.db, id);
      if (active > 0) {
        throw invalidState(
          `${creator.displayName} has ${active} open or accepted offer${active > 1 ? 's' : ''}; withdraw or complete ${active > 1 ? 'them' : 'it'} before deleting the creator`,
          'creators.hasOpenOffers',
          { name: creator.displayName, count: active },
        );
      }
      deleteCreatorRow(ctx.db, id);
    })();
    return { id };
  },

  'creators.importPreview': (input, ctx) => previewCreatorImport(ctx, input),
  'creators.importCommit': (input, ctx) => commitCreatorImport(ctx, input),
} satisfies HandlerSlice<typeof creatorsContract>;

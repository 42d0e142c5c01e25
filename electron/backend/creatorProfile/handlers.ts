import type { HandlerSlice } from '../handlers';
import type { creatorProfileContract } from '../../../shared/api/creatorProfile';
import { creatorProfileFieldsSchema } from '../../../shared/domain/creator';
import { mergeProfile, profileFields } from '../creators/profileColumns';
import { findOwnProfile, saveOwnProfile } from './repo';

export const creatorProfileHandlers = {
  'creatorProfile.get': (_input, ctx) => findOwnProfile(ctx.db),

  'creatorProfile.update': (patch, ctx) => {
    const current = findOwnProfile(ctx.db);
    const fields = creatorProfileFieldsSchema.parse(
      mergeProfile(current ? profileFields(current) : null, patch),
    );
    saveOwnProfile(ctx.db, fields, ctx.now().toISOString());
    return findOwnProfile(ctx.db)!;
  },
} satisfies HandlerSlice<typeof creatorProfileContract>;

import type { HandlerSlice } from '../handlers';
import type { offersContract } from '../../../shared/api/offers';
import { creatorProfileFieldsSchema } from '../../../shared/domain/creator';
import { loadIdentity } from '../identity/keys';
import { mergeProfile, profileFields } from '../creators/profileColumns';
import { findOwnProfile, saveOwnProfile } from './repo';

type ProfileMethods = Pick<
  typeof offersContract,
  'creatorProfile.get' | 'creatorProfile.update' | 'identity.get'
>;

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

  'identity.get': (_input, ctx) => {
    const identity = loadIdentity(ctx.dataDir);
    return { publicKey: identity.publicKeyBase64, fingerprint: identity.fingerprint };
  },
} satisfies HandlerSlice<ProfileMethods>;

import type { HandlerSlice } from '../handlers';
import type { identityContract } from '../../../shared/api/identity';
import { loadIdentity } from './keys';

export const identityHandlers = {
  'identity.get': (_input, ctx) => {
    const identity = loadIdentity(ctx.dataDir);
    return { publicKey: identity.publicKeyBase64, fingerprint: identity.fingerprint };
  },
} satisfies HandlerSlice<typeof identityContract>;

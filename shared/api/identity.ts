import { z } from 'zod';
import { defineMethods } from './define';

export const identityContract = defineMethods({
  /** This installation's signing identity (created on first use). */
  'identity.get': {
    input: z.object({}).strict().default({}),
    output: z.object({ publicKey: z.string(), fingerprint: z.string() }),
  },
});

import { z } from 'zod';
import { defineMethods } from './define';
import { creatorPatchShape, creatorProfileSchema } from '../domain/creator';

export const creatorProfileContract = defineMethods({
  /** Creator mode: this installation owner's own profile (null until they save one). */
  'creatorProfile.get': { input: z.object({}).strict().default({}), output: creatorProfileSchema.nullable() },
  'creatorProfile.update': {
    // A patch; the first save must include a handle and display name.
    input: z.strictObject(creatorPatchShape),
    output: creatorProfileSchema,
  },
});

import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import {
  bundleBase64Schema,
  bundleImportResultSchema,
  bundleModeSchema,
  bundlePreviewSchema,
} from '../domain/bundle';

/**
 * Hand-over bundles: one workspace with everything it owns, exported to a `.mdbundle` file and imported
 * into another MatrixDesk as a new workspace (every id fresh) or over an earlier copy of the same one.
 */
export const bundlesContract = defineMethods({
  'bundles.export': {
    input: z.strictObject({ workspaceId: idSchema }),
    output: z.object({ fileName: z.string(), base64: z.string(), totalRows: z.number().int() }),
  },
  /** What a bundle holds and what importing it would change; nothing is written. */
  'bundles.preview': { input: z.strictObject({ base64: bundleBase64Schema }), output: bundlePreviewSchema },
  'bundles.import': {
    input: z.strictObject({
      base64: bundleBase64Schema,
      mode: bundleModeSchema,
      /** For `replace`: which copy to overwrite (required when there are several). */
      targetWorkspaceId: idSchema.optional(),
      /** For `replace`: the workspace name typed by the user as confirmation. */
      confirmName: z.string().max(200).optional(),
    }),
    output: bundleImportResultSchema,
  },
});

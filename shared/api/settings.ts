import { z } from 'zod';
import { defineMethods } from './define';

/** App-wide preferences kept in the database so they survive restarts in both desktop and browser mode. */
export const settingsSchema = z.object({
  language: z.enum(['zh-CN', 'en']).nullable(),
  lastWorkspaceId: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsContract = defineMethods({
  'settings.get': { input: z.object({}).strict().default({}), output: settingsSchema },
  'settings.update': { input: settingsSchema.partial().strict(), output: settingsSchema },
});

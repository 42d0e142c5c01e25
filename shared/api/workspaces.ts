import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import { workspaceFieldsSchema, workspaceSchema } from '../domain/workspace';

const workspaceUpdateSchema = workspaceFieldsSchema.partial().extend({ id: idSchema }).strict();

export const workspacesContract = defineMethods({
  'workspaces.list': { input: z.object({}).strict().default({}), output: z.array(workspaceSchema) },
  'workspaces.create': { input: workspaceFieldsSchema, output: workspaceSchema },
  'workspaces.update': { input: workspaceUpdateSchema, output: workspaceSchema },
  'workspaces.delete': { input: z.strictObject({ id: idSchema }), output: z.object({ id: idSchema }) },
  /** Creates the sample brand workspace (again if asked: each call makes a fresh copy). */
  'workspaces.loadSample': {
    /** `language`: the UI language the sample is named in (its name and notes); zh-CN when left out. */
    input: z
      .object({ language: z.enum(['zh-CN', 'en']).optional() })
      .strict()
      .default({}),
    output: workspaceSchema,
  },
});

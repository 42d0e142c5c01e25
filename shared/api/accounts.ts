import { z } from 'zod';
import { defineMethods } from './define';
import { idSchema } from '../domain/ids';
import { accountFieldsSchema, accountSchema, accountUpdateSchema } from '../domain/account';
import { matrixSummarySchema } from '../domain/matrix';

const byId = z.strictObject({ id: idSchema });

export const accountsContract = defineMethods({
  'accounts.list': {
    input: z.strictObject({ workspaceId: idSchema, includeArchived: z.boolean().default(false) }),
    output: z.array(accountSchema),
  },
  'accounts.get': { input: byId, output: accountSchema },
  'accounts.create': { input: accountFieldsSchema, output: accountSchema },
  'accounts.update': { input: accountUpdateSchema, output: accountSchema },
  'accounts.archive': { input: byId, output: accountSchema },
  'accounts.restore': { input: byId, output: accountSchema },
  'accounts.delete': { input: byId, output: z.object({ id: idSchema }) },
  'matrix.summary': { input: z.strictObject({ workspaceId: idSchema }), output: matrixSummarySchema },
});

import {
  brandTargetKeys,
  brandTargetsSchema,
  salesTargetKeys,
  salesTargetsSchema,
  type AccountRole,
  type TargetKey,
} from '../../../../shared/domain/account';
import type { z } from 'zod';

export function targetFieldsFor(role: AccountRole): { key: TargetKey; schema: z.ZodType }[] {
  if (role === 'brand') return brandTargetKeys.map((key) => ({ key, schema: brandTargetsSchema.shape[key] }));
  return salesTargetKeys.map((key) => ({ key, schema: salesTargetsSchema.shape[key] }));
}

import { z } from 'zod';
import { idSchema } from './ids';
import { nameSchema, notesSchema } from './text';
import { yuanSchema } from './money';

export const platforms = ['douyin', 'kuaishou', 'xiaohongshu', 'wechat_channels', 'tiktok'] as const;
export const platformSchema = z.enum(platforms);
export type Platform = z.infer<typeof platformSchema>;

/** brand = 品牌号/品宣号/人设号 (seeding, reach, A1–A3); sales = 销售号/带货号 (GMV, GPM, ROI). */
export const accountRoles = ['brand', 'sales'] as const;
export const accountRoleSchema = z.enum(accountRoles);
export type AccountRole = z.infer<typeof accountRoleSchema>;

const count = (max: number) =>
  z.number().int('Must be a whole number').min(0, 'Must not be negative').max(max);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const MAX_FOLLOWERS = 2_000_000_000;

export const brandTargetsSchema = z.strictObject({
  postsPerWeek: optional(count(500)),
  followerGrowthMonthly: optional(count(MAX_FOLLOWERS)),
  engagementRatePct: optional(z.number().finite().min(0, 'Must not be negative').max(100)),
  a3GrowthMonthly: optional(count(MAX_FOLLOWERS)),
});
export const salesTargetsSchema = z.strictObject({
  postsPerWeek: optional(count(500)),
  liveHoursPerWeek: optional(z.number().finite().min(0, 'Must not be negative').max(168)),
  gmvMonthly: optional(yuanSchema),
  gpm: optional(yuanSchema),
  roi: optional(z.number().finite().min(0, 'Must not be negative').max(1000)),
});

export const brandTargetKeys = [
  'postsPerWeek',
  'followerGrowthMonthly',
  'engagementRatePct',
  'a3GrowthMonthly',
] as const;
export const salesTargetKeys = ['postsPerWeek', 'liveHoursPerWeek', 'gmvMonthly', 'gpm', 'roi'] as const;
export type BrandTargetKey = (typeof brandTargetKeys)[number];
export type SalesTargetKey = (typeof salesTargetKeys)[number];
export type TargetKey = BrandTargetKey | SalesTargetKey;

/** A platform handle (抖音号 etc.): no spaces; a leading @ is how users type it, not part of it. */
export const handleSchema = z
  .string()
  .trim()
  .transform((h) => h.replace(/^@+/, ''))
  .pipe(z.string().min(1, 'Required').max(40).regex(/^\S+$/, 'Must not contain spaces'));

const accountBase = {
  workspaceId: idSchema,
  platform: platformSchema.default('douyin'),
  handle: handleSchema,
  displayName: nameSchema(40),
  followers: count(MAX_FOLLOWERS).default(0),
  notes: notesSchema,
};

export const brandAccountFieldsSchema = z.strictObject({
  ...accountBase,
  role: z.literal('brand'),
  // 自播 live selling is a sales job; a brand account cannot be marked as the self-broadcast room.
  selfBroadcast: z.literal(false, 'Only sales accounts run 自播 self-broadcast').optional(),
  targets: brandTargetsSchema.default({}),
});
export const salesAccountFieldsSchema = z.strictObject({
  ...accountBase,
  role: z.literal('sales'),
  selfBroadcast: z.boolean().default(false),
  targets: salesTargetsSchema.default({}),
});
export const accountFieldsSchema = z.discriminatedUnion('role', [
  brandAccountFieldsSchema,
  salesAccountFieldsSchema,
]);
export type AccountFieldsInput = z.input<typeof accountFieldsSchema>;
export type AccountFields = z.output<typeof accountFieldsSchema>;

export const accountUpdateSchema = z.strictObject({
  id: idSchema,
  platform: platformSchema.optional(),
  handle: z.string().optional(),
  displayName: z.string().optional(),
  followers: z.number().optional(),
  notes: z.string().optional(),
  role: accountRoleSchema.optional(),
  selfBroadcast: z.boolean().optional(),
  // Checked against the account's (possibly new) role by accountFieldsSchema once merged.
  targets: z.record(z.string(), z.unknown()).optional(),
});

const nullableNumber = z.number().nullable();
const common = {
  id: idSchema,
  workspaceId: idSchema,
  platform: platformSchema,
  handle: z.string(),
  displayName: z.string(),
  followers: z.number().int(),
  notes: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const brandAccountSchema = z.object({
  ...common,
  role: z.literal('brand'),
  selfBroadcast: z.literal(false),
  targets: z.object({
    postsPerWeek: nullableNumber,
    followerGrowthMonthly: nullableNumber,
    engagementRatePct: nullableNumber,
    a3GrowthMonthly: nullableNumber,
  }),
});
export const salesAccountSchema = z.object({
  ...common,
  role: z.literal('sales'),
  selfBroadcast: z.boolean(),
  targets: z.object({
    postsPerWeek: nullableNumber,
    liveHoursPerWeek: nullableNumber,
    gmvMonthly: nullableNumber,
    gpm: nullableNumber,
    roi: nullableNumber,
  }),
});
export const accountSchema = z.discriminatedUnion('role', [brandAccountSchema, salesAccountSchema]);
export type Account = z.infer<typeof accountSchema>;

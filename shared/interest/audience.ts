import { z } from 'zod';
import { builtInInterestTagIds } from './taxonomy';

/**
 * An audience profile as platform tools report it (粉丝画像 / 受众画像): shares of interests, gender, age
 * brackets and top regions. Shares are fractions (0.089 = 8.9%).
 */

/** Reported shares are rounded per bucket, so their sum drifts; ±1 percentage point is accepted. */
export const SHARE_SUM_TOLERANCE = 0.01;

/** Age brackets as Douyin-style audience tools publish them. */
export const ageBrackets = ['18-23', '24-30', '31-40', '41-50', '50+'] as const;
export type AgeBracket = (typeof ageBrackets)[number];

const shareSchema = z
  .number()
  .finite()
  .min(0, "A share can't be below 0")
  .max(1, "A share can't be above 1 (100%)");

const asPercent = (share: number) => `${(share * 100).toFixed(1)}%`;

function sumOf(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function requireSumOfOne(what: string, values: readonly number[], ctx: z.RefinementCtx): void {
  const sum = sumOf(values);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      message: `${what} must add up to 100% (±1%); they add up to ${asPercent(sum)}`,
      params: { code: 'field.sharesSum', sum: asPercent(sum) },
    });
  }
}

/**
 * The profile schema for a workspace: `knownTagIds` is the built-in taxonomy plus the workspace's custom
 * tags, so a typo in a tag id is reported by name instead of silently creating a new interest.
 */
export function audienceProfileSchema(knownTagIds: Iterable<string>) {
  const known = new Set(knownTagIds);
  return z.object({
    interests: z.record(z.string(), shareSchema).superRefine((interests, ctx) => {
      for (const tagId of Object.keys(interests)) {
        if (!known.has(tagId)) {
          ctx.addIssue({
            code: 'custom',
            path: [tagId],
            message: `Unknown interest tag "${tagId}"`,
            params: { code: 'field.interestTagNamed', tag: tagId },
          });
        }
      }
      requireSumOfOne('Interest shares', Object.values(interests), ctx);
    }),
    gender: z
      .strictObject({ female: shareSchema, male: shareSchema })
      .superRefine((gender, ctx) => requireSumOfOne('Gender shares', [gender.female, gender.male], ctx)),
    ages: z
      .strictObject({
        '18-23': shareSchema,
        '24-30': shareSchema,
        '31-40': shareSchema,
        '41-50': shareSchema,
        '50+': shareSchema,
      })
      .superRefine((ages, ctx) => requireSumOfOne('Age shares', Object.values(ages), ctx)),
    // Top regions only (tools list the top 10 or so), so the shares may add up to less than 100%.
    regions: z
      .array(z.object({ name: z.string().trim().min(1, 'Required').max(40), share: shareSchema }))
      .max(100)
      .superRefine((regions, ctx) => {
        const sum = sumOf(regions.map((r) => r.share));
        if (sum > 1 + SHARE_SUM_TOLERANCE) {
          ctx.addIssue({
            code: 'custom',
            message: `Region shares can't add up to more than 100%; they add up to ${asPercent(sum)}`,
            params: { code: 'field.regionsSum', sum: asPercent(sum) },
          });
        }
        const seen = new Set<string>();
        regions.forEach((region, index) => {
          if (seen.has(region.name)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'name'],
              message: `Region "${region.name}" is listed twice`,
              params: { code: 'field.regionTwice', name: region.name },
            });
          }
          seen.add(region.name);
        });
      }),
  });
}

/** For workspaces without custom tags. */
export const builtInAudienceProfileSchema = audienceProfileSchema(builtInInterestTagIds);

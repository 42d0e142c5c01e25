import type { Platform } from '../../../../shared/domain/account';
import type { CreatorProfile, rateCardKeys } from '../../../../shared/domain/creator';
import { ageBrackets, builtInAudienceProfileSchema } from '../../../../shared/interest/audience';
import type { ZodIssueLike } from '../../../../shared/api/issueCodes';

/*
 * The creator form's state and its mapping to and from the API (pure, unit-tested in
 * test/unit/renderer/creatorForm.test.ts): the form shows shares as percentages, the API stores fractions.
 */

/** Form state of a creator (directory entry or creator-mode profile); percentages as the user types them. */
export interface CreatorFormValues {
  displayName: string;
  platform: Platform;
  handle: string;
  followers: number | null;
  categories: string[];
  engagementRatePct: number | null;
  medianViews: number | null;
  avgGpm: number | null;
  rateCard: Record<(typeof rateCardKeys)[number] | 'commissionPct', number | null>;
  contact: string;
  notes: string;
  hasAudience: boolean;
  audience: {
    interests: { tag?: string; percent?: number | null }[];
    female: number | null;
    male: number | null;
    ages: Record<string, number | null>;
    regions: { name?: string; percent?: number | null }[];
  };
}

const pct = (share: number) => Math.round(share * 10_000) / 100;

export function toCreatorForm(c: Omit<CreatorProfile, 'createdAt' | 'updatedAt'> | null): CreatorFormValues {
  const a = c?.audience;
  return {
    displayName: c?.displayName ?? '',
    platform: c?.platform ?? 'douyin',
    handle: c?.handle ?? '',
    followers: c?.followers ?? 0,
    categories: c?.categories ?? [],
    engagementRatePct: c?.engagementRatePct ?? null,
    medianViews: c?.medianViews ?? null,
    avgGpm: c?.avgGpm ?? null,
    rateCard: {
      video1to20s: c?.rateCard.video1to20s ?? null,
      video21to60s: c?.rateCard.video21to60s ?? null,
      video60sPlus: c?.rateCard.video60sPlus ?? null,
      liveSession: c?.rateCard.liveSession ?? null,
      commissionPct: c?.rateCard.commissionPct ?? null,
    },
    contact: c?.contact ?? '',
    notes: c?.notes ?? '',
    hasAudience: a !== null && a !== undefined,
    audience: a
      ? {
          interests: Object.entries(a.interests)
            .sort((x, y) => y[1] - x[1])
            .map(([tag, share]) => ({ tag, percent: pct(share) })),
          female: pct(a.gender.female),
          male: pct(a.gender.male),
          ages: Object.fromEntries(ageBrackets.map((b) => [b, pct(a.ages[b])])),
          regions: a.regions.map((r) => ({ name: r.name, percent: pct(r.share) })),
        }
      : {
          interests: [{}],
          female: 50,
          male: 50,
          ages: Object.fromEntries(ageBrackets.map((b) => [b, 20])),
          regions: [],
        },
  };
}

/** The audience as the API takes it (shares as fractions), or null when switched off. */
export function audienceFromForm(values: CreatorFormValues): Record<string, unknown> | null {
  if (!values.hasAudience) return null;
  const a = values.audience;
  const interests: Record<string, number> = {};
  for (const row of a.interests ?? []) {
    if (row.tag) interests[row.tag] = (interests[row.tag] ?? 0) + (row.percent ?? 0) / 100;
  }
  return {
    interests,
    gender: { female: (a.female ?? 0) / 100, male: (a.male ?? 0) / 100 },
    ages: Object.fromEntries(ageBrackets.map((b) => [b, (a.ages?.[b] ?? 0) / 100])),
    regions: (a.regions ?? [])
      .filter((r) => r.name?.trim())
      .map((r) => ({ name: r.name!.trim(), share: (r.percent ?? 0) / 100 })),
  };
}

export function fieldsFromForm(values: CreatorFormValues) {
  return {
    displayName: values.displayName,
    platform: values.platform,
    handle: values.handle,
    followers: values.followers ?? 0,
    categories: values.categories ?? [],
    engagementRatePct: values.engagementRatePct ?? null,
    medianViews: values.medianViews ?? null,
    avgGpm: values.avgGpm ?? null,
    rateCard: {
      video1to20s: values.rateCard?.video1to20s ?? null,
      video21to60s: values.rateCard?.video21to60s ?? null,
      video60sPlus: values.rateCard?.video60sPlus ?? null,
      liveSession: values.rateCard?.liveSession ?? null,
      commissionPct: values.rateCard?.commissionPct ?? null,
    },
    contact: values.contact ?? '',
    notes: values.notes ?? '',
    audience: audienceFromForm(values) as never,
  };
}

/** The first problem with the audience as the shared schema reports it (null when valid or switched off). */
export function audienceProblem(values: CreatorFormValues): ZodIssueLike | null {
  const audience = audienceFromForm(values);
  if (audience === null) return null;
  const result = builtInAudienceProfileSchema.safeParse(audience);
  return result.success ? null : ((result.error.issues[0] as ZodIssueLike | undefined) ?? null);
}

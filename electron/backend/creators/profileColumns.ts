import type { CreatorProfile, CreatorProfileFields } from '../../../shared/domain/creator';
import { platformSchema } from '../../../shared/domain/account';
import { tierForFollowers } from '../../../shared/domain/creator';
import { rateCardMetrics } from '../../../shared/domain/creatorMetrics';
import { fenToYuan, yuanToFen } from '../../../shared/domain/money';

/** Columns `creators` and `creator_profile` share (migration 0030). */
export interface ProfileRow {
  platform: string;
  handle: string;
  display_name: string;
  followers: number;
  categories: string;
  engagement_rate_pct: number | null;
  median_views: number | null;
  avg_gpm_fen: number | null;
  audience_json: string | null;
  price_video_1_20s_fen: number | null;
  price_video_21_60s_fen: number | null;
  price_video_60s_plus_fen: number | null;
  price_live_session_fen: number | null;
  commission_pct: number | null;
  contact: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));
const fen = (yuanValue: number | null) => (yuanValue === null ? null : yuanToFen(yuanValue));

export function toProfile(row: ProfileRow): CreatorProfile {
  const rateCard = {
    video1to20s: yuan(row.price_video_1_20s_fen),
    video21to60s: yuan(row.price_video_21_60s_fen),
    video60sPlus: yuan(row.price_video_60s_plus_fen),
    liveSession: yuan(row.price_live_session_fen),
    commissionPct: row.commission_pct,
  };
  return {
    platform: platformSchema.parse(row.platform),
    handle: row.handle,
    displayName: row.display_name,
    followers: row.followers,
    tier: tierForFollowers(row.followers),
    categories: JSON.parse(row.categories) as string[],
    engagementRatePct: row.engagement_rate_pct,
    medianViews: row.median_views,
    avgGpm: yuan(row.avg_gpm_fen),
    audience: row.audience_json ? (JSON.parse(row.audience_json) as CreatorProfile['audience']) : null,
    rateCard,
    metrics: rateCardMetrics(rateCard, {
      medianViews: row.median_views,
      engagementRatePct: row.engagement_rate_pct,
    }),
    contact: row.contact,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named parameters for INSERT/UPDATE statements over the shared columns. */
export function profileParams(fields: CreatorProfileFields) {
  return {
    platform: fields.platform,
    handle: fields.handle,
    displayName: fields.displayName,
    followers: fields.followers,
    categories: JSON.stringify(fields.categories),
    engagementRatePct: fields.engagementRatePct,
    medianViews: fields.medianViews,
    avgGpmFen: fen(fields.avgGpm),
    audienceJson: fields.audience === null ? null : JSON.stringify(fields.audience),
    priceShortFen: fen(fields.rateCard.video1to20s),
    priceMediumFen: fen(fields.rateCard.video21to60s),
    priceLongFen: fen(fields.rateCard.video60sPlus),
    priceLiveFen: fen(fields.rateCard.liveSession),
    commissionPct: fields.rateCard.commissionPct,
    contact: fields.contact,
    notes: fields.notes,
  };
}

export const profileInsertColumns = `platform, handle, display_name, followers, categories, engagement_rate_pct,
  median_views, avg_gpm_fen, audience_json, price_video_1_20s_fen, price_video_21_60s_fen,
  price_video_60s_plus_fen, price_live_session_fen, commission_pct, contact, notes`;

export const profileInsertValues = `@platform, @handle, @displayName, @followers, @categories, @engagementRatePct,
  @medianViews, @avgGpmFen, @audienceJson, @priceShortFen, @priceMediumFen,
  @priceLongFen, @priceLiveFen, @commissionPct, @contact, @notes`;

export const profileUpdateAssignments = `platform = @platform, handle = @handle, display_name = @displayName,
  followers = @followers, categories = @categories, engagement_rate_pct = @engagementRatePct,
  median_views = @medianViews, avg_gpm_fen = @avgGpmFen, audience_json = @audienceJson,
  price_video_1_20s_fen = @priceShortFen, price_video_21_60s_fen = @priceMediumFen,
  price_video_60s_plus_fen = @priceLongFen, price_live_session_fen = @priceLiveFen,
  commission_pct = @commissionPct, contact = @contact, notes = @notes`;

/** The stored fields in the shape writes take, for merging a patch. */
export function profileFields(p: CreatorProfile): CreatorProfileFields {
  return {
    platform: p.platform,
    handle: p.handle,
    displayName: p.displayName,
    followers: p.followers,
    categories: p.categories,
    engagementRatePct: p.engagementRatePct,
    medianViews: p.medianViews,
    avgGpm: p.avgGpm,
    audience: p.audience,
    rateCard: { ...p.rateCard },
    contact: p.contact,
    notes: p.notes,
  };
}

type RateCardPatch = Partial<Record<keyof CreatorProfileFields['rateCard'], number | null | undefined>>;
export type ProfilePatch = Partial<Omit<CreatorProfileFields, 'rateCard'>> & {
  rateCard?: RateCardPatch | undefined;
};

/**
 * A patch laid over stored fields (or over nothing, for a first save): fields left out keep their value,
 * rate-card entries merge one by one. The result still has to pass `creatorProfileFieldsSchema`.
 */
export function mergeProfile(
  current: CreatorProfileFields | null,
  patch: ProfilePatch,
): Record<string, unknown> {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const rateCardPatch = Object.fromEntries(
    Object.entries(patch.rateCard ?? {}).filter(([, v]) => v !== undefined),
  );
  return {
    ...(current ?? {}),
    ...defined,
    rateCard: { ...(current?.rateCard ?? {}), ...rateCardPatch },
  };
}

/**
 * TGI (target group index): how strongly an audience over-indexes on a trait compared with the whole
 * platform. (audience share ÷ platform share) × 100; 100 = same as the platform, above 100 over-indexes.
 * Example from DOMAIN.md: 8.9% ÷ 6.6% × 100 ≈ 134.8.
 * null when the platform share is unknown or zero: the index is undefined, not infinite.
 */
export function tgi(audienceShare: number, baselineShare: number): number | null {
  if (!Number.isFinite(audienceShare) || !Number.isFinite(baselineShare) || baselineShare <= 0) return null;
  return (Math.max(0, audienceShare) / baselineShare) * 100;
}

/**
 * How many times over or under the platform counts as the ends of the 0..1 scale. TGI is a ratio, so it
 * is mapped on a log scale: ×4 (TGI 400) is as good as ÷4 (TGI 25) is bad, and a few extreme niche tags
 * cannot dominate. TGI 100 → 0.5, 200 → 0.75, 400 and above → 1, 50 → 0.25, 25 and below → 0.
 */
export const TGI_SCORE_SPAN = 4;

export function tgiToScore(tgiValue: number): number {
  if (!Number.isFinite(tgiValue) || tgiValue <= 0) return 0;
  const score = 0.5 + Math.log(tgiValue / 100) / (2 * Math.log(TGI_SCORE_SPAN));
  return Math.min(1, Math.max(0, score));
}

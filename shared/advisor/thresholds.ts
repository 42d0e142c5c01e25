/**
 * The advisor's thresholds, one named constant each, with where the figure comes from. Change a figure
 * here and the rules, their tests and the reasons shown to users follow.
 */

/** How far back and ahead the plan is read (issue 10 §1: "content in the last/next 14 days"). */
export const PLAN_WINDOW_DAYS = 14;

/**
 * Two accounts of the same role whose audiences have a cosine similarity at or above this compete for the
 * same people (issue 10 §1: "cosine similarity ≥ 0.8").
 */
export const AUDIENCE_OVERLAP_COSINE = 0.8;

/**
 * A brand-building account whose planned items are more than this share sales objectives (convert, 自播,
 * promotion) is doing a sales job: DOMAIN.md gives brand accounts seeding up to A3 and sales accounts the
 * conversion, so "more than half" is the point where the role has flipped.
 */
export const BRAND_CONVERT_HEAVY_SHARE = 0.5;

/**
 * A planned weekly average below this share of the target is a shortfall. The calendar already warns for
 * each light week (shared/content/guardrails.ts); the advisor flags a shortfall that lasts over the whole
 * window, with 10% slack so one missed post in a 10-post week is not a finding.
 */
export const CADENCE_MIN_SHARE_OF_TARGET = 0.9;

/**
 * An audience covers a product's interest tag when the tag over-indexes in it (TGI above 100, DOMAIN.md's
 * definition of over-indexing) …
 */
export const TAG_COVERAGE_MIN_TGI = 100;
/**
 * … and is at least this share of the audience: audience tools round shares to 0.1–1%, so a tag below 2%
 * is noise even when its platform share is tinier still.
 */
export const TAG_COVERAGE_MIN_SHARE = 0.02;

/**
 * Price bands of the active catalogue's median price, in fen. Below ¥100 is the impulse band of 好价 and
 * 引流款 price points (9.9 / 49 / 99); from ¥500 a purchase is considered and needs seeding first. The
 * figures are conventions of Douyin merchants' price-band reports, not platform rules: adjust them here.
 */
export const PRICE_BAND_LOW_BELOW_FEN = 100_00;
export const PRICE_BAND_HIGH_FROM_FEN = 500_00;

/**
 * An audience is "focused" when its top three interest tags hold at least this share of it: one account's
 * content can speak to all of it. Below, separate accounts can serve the different interest groups. The
 * figure is a reading of typical 粉丝画像 (a top-3 share of 60%+ is a niche audience), editable here.
 */
export const AUDIENCE_FOCUSED_TOP3_SHARE = 0.6;

/** Offer states in which a creator is working with the brand now (shared/domain/offerStateMachine.ts). */
export const ACTIVE_OFFER_STATES = ['sent', 'countered', 'revised', 'accepted'] as const;

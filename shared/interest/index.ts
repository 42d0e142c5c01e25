/** The interest model: taxonomy, audience profiles and audience–target matching. */
export {
  builtInBaseline,
  builtInInterestTagIds,
  findInterestTag,
  interestTags,
  interestTaxonomy,
  type InterestCategory,
  type InterestTag,
  type LocalizedLabel,
} from './taxonomy';
export {
  ageBrackets,
  audienceProfileSchema,
  builtInAudienceProfileSchema,
  SHARE_SUM_TOLERANCE,
  type AgeBracket,
} from './audience';
export { tgi, tgiToScore, TGI_SCORE_SPAN } from './tgi';
export {
  MATCH_WEIGHTS,
  matchScore,
  MISSING_SHARE,
  type MatchInput,
  type MatchResult,
  type MatchWarning,
  type TagContribution,
} from './match';

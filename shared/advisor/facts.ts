import type { AccountRole } from '../domain/account';
import type { IndustryCategory, WorkspaceStage } from '../domain/workspace';

/**
 * What the advisor knows about one workspace, gathered by the backend with a few set queries and judged by
 * the pure rules in this folder. Everything here is plain data so tests can build it by hand.
 */

/** One active account with what its plan holds in the window (cancelled items excluded). */
export interface AccountFacts {
  id: string;
  displayName: string;
  handle: string;
  role: AccountRole;
  selfBroadcast: boolean;
  followers: number;
  postsPerWeekTarget: number | null;
  /** Sales accounts only; null for brand accounts and untargeted sales accounts. */
  liveHoursPerWeekTarget: number | null;
  /** Interest shares of its audience profile (tag id → share), null when no profile is stored. */
  interests: Readonly<Record<string, number>> | null;
  plan: AccountPlanFacts;
}

export interface AccountPlanFacts {
  /** Every planned item in the whole window (last and next days). */
  items: number;
  /** Items with a sales objective (convert, self_broadcast, promotion). */
  salesObjectiveItems: number;
  /** Items that link at least one product. */
  productItems: number;
  /** Short videos and image posts planned from now on, in the days ahead (live sessions count in hours). */
  postsAhead: number;
  /** Own live sessions (not a creator's deliverable) planned from now on, in minutes. */
  liveMinutesAhead: number;
}

/** One active product with its target interest tags resolved to taxonomy ids. */
export interface ProductFacts {
  id: string;
  name: string;
  sku: string;
  priceFen: number;
  tagIds: readonly string[];
}

/** A creator the brand works with now (an open or accepted offer, or planned content in the window). */
export interface CreatorFacts {
  id: string;
  displayName: string;
  interests: Readonly<Record<string, number>> | null;
}

export interface AdvisorFacts {
  industry: IndustryCategory;
  stage: WorkspaceStage;
  /** Length of the plan window read (last + next PLAN_WINDOW_DAYS), in days. */
  windowDays: number;
  /**
   * The days ahead of now that cadence is judged on: the plan still to come is what can be fixed, and past
   * weeks that were never planned in the app would read as a shortfall that is not one.
   */
  aheadDays: number;
  /** Active (not archived) accounts. */
  accounts: readonly AccountFacts[];
  /** Active products. */
  products: readonly ProductFacts[];
  activeCreators: readonly CreatorFacts[];
  /** Tag id → platform share (the TGI denominator), built-in defaults with the workspace's overrides. */
  baseline: Readonly<Record<string, number>>;
  /** Planned GMV-bearing live sessions in the window: own 自播 (sales accounts) vs creators' 达播. */
  liveSessions: { own: number; creator: number };
}

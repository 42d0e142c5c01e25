import type { Db } from '../db/types';
import type { AccountFacts, AdvisorFacts, CreatorFacts, ProductFacts } from '../../../shared/advisor/facts';
import { PLAN_WINDOW_DAYS } from '../../../shared/advisor/thresholds';
import { DAY_MS } from '../../../shared/content/time';
import { resolveTags } from '../../../shared/domain/interestTags';
import { notFound } from '../errors';
import { workspaceInterest } from '../interest/repo';
import {
  countLiveSessions,
  findAdvisorWorkspace,
  listActiveCreators,
  listActiveProducts,
  listActiveProductTags,
  listAdvisorAccounts,
  planPerAccount,
} from './repo';

/** Interest shares from a stored profile's JSON; null when there is none or it carries no interests. */
function interestsOf(json: string | null): Record<string, number> | null {
  if (json === null) return null;
  const parsed = JSON.parse(json) as { interests?: Record<string, number> } | null;
  return parsed?.interests && Object.keys(parsed.interests).length > 0 ? parsed.interests : null;
}

/**
 * Everything the advisor's rules judge, read with one set query per kind of fact. The plan window is the
 * last and next PLAN_WINDOW_DAYS days around now; cadence reads the next PLAN_WINDOW_DAYS only.
 */
export function gatherAdvisorFacts(db: Db, workspaceId: string, now: Date): AdvisorFacts {
  const workspace = findAdvisorWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace', workspaceId);
  const window = {
    workspaceId,
    from: new Date(now.getTime() - PLAN_WINDOW_DAYS * DAY_MS).toISOString(),
    to: new Date(now.getTime() + PLAN_WINDOW_DAYS * DAY_MS).toISOString(),
  };

  const plans = new Map(planPerAccount(db, window, now.toISOString()).map((p) => [p.account_id, p]));
  const accounts: AccountFacts[] = listAdvisorAccounts(db, workspaceId).map((a) => {
    const plan = plans.get(a.id);
    return {
      id: a.id,
      displayName: a.display_name,
      handle: a.handle,
      role: a.role,
      selfBroadcast: a.self_broadcast === 1,
      followers: a.followers,
      postsPerWeekTarget: a.posts_per_week_target,
      liveHoursPerWeekTarget: a.role === 'sales' ? a.live_hours_per_week_target : null,
      interests: interestsOf(a.profile_json),
      plan: {
        items: plan?.items ?? 0,
        salesObjectiveItems: plan?.sales_items ?? 0,
        productItems: plan?.product_items ?? 0,
        postsAhead: plan?.posts_ahead ?? 0,
        liveMinutesAhead: plan?.live_minutes_ahead ?? 0,
      },
    };
  });

  const interest = workspaceInterest(db, workspaceId);
  const tagsByProduct = new Map<string, string[]>();
  for (const row of listActiveProductTags(db, workspaceId)) {
    const list = tagsByProduct.get(row.product_id);
    if (list) list.push(row.tag);
    else tagsByProduct.set(row.product_id, [row.tag]);
  }
  const products: ProductFacts[] = listActiveProducts(db, workspaceId).map((p) => ({
    id: p.id,
    name: p.name,
    sku: p.sku,
    priceFen: p.price_fen,
    // Free tags that map to no interest are no target the advisor can check coverage of.
    tagIds: resolveTags(tagsByProduct.get(p.id) ?? [], interest.customTags).tagIds,
  }));

  const activeCreators: CreatorFacts[] = listActiveCreators(db, window).map((c) => ({
    id: c.id,
    displayName: c.display_name,
    interests: interestsOf(c.audience_json),
  }));

  return {
    industry: workspace.industry,
    stage: workspace.stage,
    windowDays: PLAN_WINDOW_DAYS * 2,
    aheadDays: PLAN_WINDOW_DAYS,
    accounts,
    products,
    activeCreators,
    baseline: interest.baseline,
    liveSessions: countLiveSessions(db, window),
  };
}

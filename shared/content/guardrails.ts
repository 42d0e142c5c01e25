import type { AccountRole } from '../domain/account';
import type { ProductStatus } from '../domain/product';
import type { ContentFormat, ContentObjective, ContentStatus } from './model';
import { HOUR_MS, MINUTE_MS, weekOfInstant } from './time';
import type { ContentWarning } from './warnings';

/**
 * Role guardrails: the rules that keep brand-building and sales accounts doing their own jobs. They never
 * block a save (the marketer may have a reason) but are always shown; the one exception is two live
 * sessions of one account overlapping, which is impossible to run and therefore an error.
 * Cancelled items take no part: they will not be published.
 */

export interface GuardrailAccount {
  id: string;
  role: AccountRole;
  displayName: string;
  targets: { postsPerWeek: number | null; liveHoursPerWeek?: number | null };
}

export interface GuardrailProduct {
  id: string;
  name: string;
  status: ProductStatus;
}

export interface GuardrailItem {
  id: string;
  accountId: string;
  title: string;
  format: ContentFormat;
  objective: ContentObjective;
  status: ContentStatus;
  startMs: number;
  /** start + duration for live sessions; start otherwise. */
  endMs: number;
  productIds: readonly string[];
  /** A creator's deliverable (达播): it runs in the creator's own live room, not the account's. */
  hostedByCreator?: boolean;
}

/** Objectives that belong to sales accounts: converting, 自播 live selling, timed promotions. */
export const salesObjectives: readonly ContentObjective[] = ['convert', 'self_broadcast', 'promotion'];

/** How close two pushes of one product by different sales accounts may come before they compete. */
export const CANNIBALISATION_WINDOW_MS = HOUR_MS;

const LIVE_HOURS_EPSILON = 0.005;

function isActive(item: GuardrailItem): boolean {
  return item.status !== 'cancelled';
}

/** Rules that need only the item, its account and its products. */
export function itemRoleWarnings(
  item: GuardrailItem,
  account: GuardrailAccount | undefined,
  products: ReadonlyMap<string, GuardrailProduct>,
): ContentWarning[] {
  if (!account || !isActive(item)) return [];
  const warnings: ContentWarning[] = [];
  if (account.role === 'brand' && salesObjectives.includes(item.objective)) {
    warnings.push({
      code: 'sales_objective_on_brand_account',
      severity: 'warning',
      scope: 'item',
      message: `Objective "${item.objective}" is a sales job, but ${account.displayName} is a brand-building account: brand-building accounts seed interest; plan conversion on a sales account`,
      params: { objective: item.objective, account: account.displayName },
    });
  }
  if (account.role === 'sales' && item.objective === 'brand_story') {
    warnings.push({
      code: 'brand_story_on_sales_account',
      severity: 'warning',
      scope: 'item',
      message: `A brand story on sales account ${account.displayName}: brand stories belong on brand-building accounts`,
      params: { account: account.displayName },
    });
  }
  if (account.role === 'sales' && item.objective === 'convert' && item.productIds.length === 0) {
    warnings.push({
      code: 'convert_without_product',
      severity: 'warning',
      scope: 'item',
      message: `A convert item on sales account ${account.displayName} links no product: there is nothing to buy`,
      params: { account: account.displayName },
    });
  }
  if (item.status !== 'published') {
    const discontinued = item.productIds
      .map((id) => products.get(id))
      .filter((p): p is GuardrailProduct => p?.status === 'discontinued');
    if (discontinued.length > 0) {
      const names = discontinued.map((p) => p.name).join(', ');
      warnings.push({
        code: 'discontinued_product',
        severity: 'warning',
        scope: 'item',
        message: `Links discontinued product(s): ${names}`,
        params: { products: names },
      });
    }
  }
  return warnings;
}

/** True when two pushes compete: starts less than an hour apart, or one starts while the other's live runs. */
export function pushesClash(a: GuardrailItem, b: GuardrailItem): boolean {
  if (Math.abs(a.startMs - b.startMs) < CANNIBALISATION_WINDOW_MS) return true;
  const [first, second] = a.startMs <= b.startMs ? [a, b] : [b, a];
  return first.format === 'live' && second.startMs < first.endMs;
}

/**
 * Cannibalisation: the same product pushed by two different sales accounts within the same hour splits the
 * audience and the ad budget between them. One warning per item and product, naming the other accounts.
 */
export function cannibalisationWarnings(
  items: readonly GuardrailItem[],
  accounts: ReadonlyMap<string, GuardrailAccount>,
  products: ReadonlyMap<string, GuardrailProduct>,
): Map<string, ContentWarning[]> {
  const byProduct = new Map<string, GuardrailItem[]>();
  for (const item of items) {
    if (!isActive(item) || accounts.get(item.accountId)?.role !== 'sales') continue;
    for (const productId of item.productIds) {
      const list = byProduct.get(productId);
      if (list) list.push(item);
      else byProduct.set(productId, [item]);
    }
  }
  // item id → product id → other account ids
  const clashes = new Map<string, Map<string, Set<string>>>();
  const note = (item: GuardrailItem, productId: string, otherAccountId: string) => {
    let perProduct = clashes.get(item.id);
    if (!perProduct) clashes.set(item.id, (perProduct = new Map()));
    let others = perProduct.get(productId);
    if (!others) perProduct.set(productId, (others = new Set()));
    others.add(otherAccountId);
  };
  for (const [productId, list] of byProduct) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.startMs - b.startMs);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const bound = Math.max(a.startMs + CANNIBALISATION_WINDOW_MS, a.format === 'live' ? a.endMs : 0);
      for (let j = i + 1; j < list.length && list[j]!.startMs < bound; j++) {
        const b = list[j]!;
        if (b.accountId === a.accountId || !pushesClash(a, b)) continue;
        note(a, productId, b.accountId);
        note(b, productId, a.accountId);
      }
    }
  }
  const result = new Map<string, ContentWarning[]>();
  for (const [itemId, perProduct] of clashes) {
    result.set(
      itemId,
      [...perProduct].map(([productId, others]) => {
        const product = products.get(productId)?.name ?? productId;
        const names = [...others].map((id) => accounts.get(id)?.displayName ?? id).join(', ');
        return {
          code: 'product_cannibalisation',
          severity: 'warning',
          scope: 'item',
          message: `${product} is also pushed by ${names} within the same hour: two sales accounts compete for the same buyers`,
          params: { product, accounts: names },
        } satisfies ContentWarning;
      }),
    );
  }
  return result;
}

/** Whether two live sessions' time ranges intersect (touching ends do not). */
export function liveSessionsOverlap(a: GuardrailItem, b: GuardrailItem): boolean {
  return a.format === 'live' && b.format === 'live' && a.startMs < b.endMs && b.startMs < a.endMs;
}

/** Overlapping live sessions on one account: a live room can only run one session at a time. */
export function liveOverlapWarnings(
  items: readonly GuardrailItem[],
  timeLabel: (ms: number) => string = (ms) => new Date(ms).toISOString(),
): Map<string, ContentWarning[]> {
  const byAccount = new Map<string, GuardrailItem[]>();
  for (const item of items) {
    if (!isActive(item) || item.format !== 'live' || item.hostedByCreator) continue;
    const list = byAccount.get(item.accountId);
    if (list) list.push(item);
    else byAccount.set(item.accountId, [item]);
  }
  const result = new Map<string, ContentWarning[]>();
  const add = (item: GuardrailItem, other: GuardrailItem) => {
    const warning: ContentWarning = {
      code: 'live_overlap',
      severity: 'error',
      scope: 'item',
      message: `Overlaps live session "${other.title}" at ${timeLabel(other.startMs)} on the same account`,
      params: { title: other.title, at: timeLabel(other.startMs) },
    };
    const list = result.get(item.id);
    if (list) list.push(warning);
    else result.set(item.id, [warning]);
  };
  for (const list of byAccount.values()) {
    list.sort((a, b) => a.startMs - b.startMs);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.startMs < list[i]!.endMs; j++) {
        add(list[i]!, list[j]!);
        add(list[j]!, list[i]!);
      }
    }
  }
  return result;
}

export type LoadStatus = 'below' | 'on_target' | 'above' | 'no_target';

export interface WeekTally {
  accountId: string;
  weekStart: string;
  /** Short videos and image posts (live sessions are counted in hours, not posts). */
  posts: number;
  liveMinutes: number;
  itemIds: string[];
}

/** Planned posts and live minutes per account and week; the week is the one the item starts in. */
export function tallyWeeks(items: readonly GuardrailItem[], timeZone: string): Map<string, WeekTally> {
  const tallies = new Map<string, WeekTally>();
  for (const item of items) {
    if (!isActive(item)) continue;
    const { weekStart } = weekOfInstant(item.startMs, timeZone);
    const key = `${item.accountId}|${weekStart}`;
    let tally = tallies.get(key);
    if (!tally) {
      tally = { accountId: item.accountId, weekStart, posts: 0, liveMinutes: 0, itemIds: [] };
      tallies.set(key, tally);
    }
    if (item.format === 'live') tally.liveMinutes += Math.round((item.endMs - item.startMs) / MINUTE_MS);
    else tally.posts += 1;
    tally.itemIds.push(item.id);
  }
  return tallies;
}

export function loadStatus(planned: number, target: number | null | undefined, epsilon = 0): LoadStatus {
  if (target === null || target === undefined) return 'no_target';
  if (planned < target - epsilon) return 'below';
  if (planned > target + epsilon) return 'above';
  return 'on_target';
}

export function liveHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Below or above the account's weekly post / live-hours target, as week-scoped warnings. */
export function weekLoadWarnings(tally: WeekTally, account: GuardrailAccount): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  const postsTarget = account.targets.postsPerWeek;
  const posts = loadStatus(tally.posts, postsTarget);
  if (posts === 'below' || posts === 'above') {
    warnings.push({
      code: posts === 'below' ? 'week_posts_below_target' : 'week_posts_above_target',
      severity: 'warning',
      scope: 'week',
      message: `${account.displayName} has ${tally.posts} posts planned in the week of ${tally.weekStart}, ${posts} the target of ${postsTarget}`,
      params: {
        account: account.displayName,
        weekStart: tally.weekStart,
        planned: tally.posts,
        target: postsTarget!,
      },
    });
  }
  const hoursTarget = account.role === 'sales' ? account.targets.liveHoursPerWeek : null;
  const hours = liveHours(tally.liveMinutes);
  const live = loadStatus(hours, hoursTarget, LIVE_HOURS_EPSILON);
  if (live === 'below' || live === 'above') {
    warnings.push({
      code: live === 'below' ? 'week_live_hours_below_target' : 'week_live_hours_above_target',
      severity: 'warning',
      scope: 'week',
      message: `${account.displayName} has ${hours} live hours planned in the week of ${tally.weekStart}, ${live} the target of ${hoursTarget}`,
      params: {
        account: account.displayName,
        weekStart: tally.weekStart,
        planned: hours,
        target: hoursTarget!,
      },
    });
  }
  return warnings;
}

export interface GuardrailContext {
  /** Every item that can affect the ones asked about: the whole weeks they fall in, plus an hour either side. */
  items: readonly GuardrailItem[];
  accounts: ReadonlyMap<string, GuardrailAccount>;
  products: ReadonlyMap<string, GuardrailProduct>;
  timeZone: string;
  timeLabel?: (ms: number) => string;
}

/** All findings for every item of the context, item-scoped first, then week-scoped. */
export function computeContentWarnings(context: GuardrailContext): Map<string, ContentWarning[]> {
  const { items, accounts, products, timeZone } = context;
  const result = new Map<string, ContentWarning[]>();
  const push = (itemId: string, warnings: readonly ContentWarning[]) => {
    if (warnings.length === 0) return;
    const list = result.get(itemId);
    if (list) list.push(...warnings);
    else result.set(itemId, [...warnings]);
  };
  for (const [itemId, warnings] of liveOverlapWarnings(items, context.timeLabel)) push(itemId, warnings);
  for (const item of items) push(item.id, itemRoleWarnings(item, accounts.get(item.accountId), products));
  for (const [itemId, warnings] of cannibalisationWarnings(items, accounts, products)) push(itemId, warnings);
  for (const tally of tallyWeeks(items, timeZone).values()) {
    const account = accounts.get(tally.accountId);
    if (!account) continue;
    const warnings = weekLoadWarnings(tally, account);
    for (const itemId of tally.itemIds) push(itemId, warnings);
  }
  return result;
}

import type { Db } from '../db/types';
import type { Account } from '../../../shared/domain/account';
import type { AudienceProfileOutput } from '../../../shared/domain/interest';
import { resolveTags } from '../../../shared/domain/interestTags';
import { matchScore } from '../../../shared/interest/match';
import { formatCivilDate } from '../../../shared/parsing/calendar';
import { instantToWallTime } from '../../../shared/parsing/timeZone';
import { findAudience, workspaceInterest } from '../interest/repo';
import { stampedEntries } from '../paging/writeStamp';
import {
  joinTargets,
  pastChangeStamp,
  pastStampParts,
  type ItemLinks,
  type PublishedItemNote,
} from './plannedRepo';
import { quantile } from './bands';

/** Posts needed before a per-post distribution (or a typical match) is trusted. */
export const MIN_POSTS = 3;
/** The typical match an account's content has when its history says nothing (middle of the scale). */
const DEFAULT_REFERENCE_MATCH = 60;

/**
 * What planned content is measured against that depends only on the account's past and its audience:
 * its published items' local dates (its usual posting rate), its typical match, and the match of each
 * tag combination scored so far.
 */
export interface AccountPast {
  /** Local dates of the account's published items, ascending. */
  publishedDates: readonly string[];
  /** The median match of its published items with tags, else a neutral 60. */
  referenceMatch: number;
  /** The match of content targeting these tags with the account's audience; null without audience or tags. */
  scoreOf(tags: readonly string[]): number | null;
}

const KEY_SEPARATOR = '\u0000';

/** Where a past's items come from (forecasts/plannedRepo.ts), asked only when the past is not kept. */
export interface PastSource {
  /** The account's published items with their change notes, without what they target (cheap). */
  published(): readonly PublishedItemNote[];
  /** Each item's own tags and linked products, in the order of `ids`. */
  links(ids: readonly string[]): readonly ItemLinks[];
  /** The tags of each of these products (absent when it has none or is gone). */
  productTags(ids: readonly string[]): ReadonlyMap<string, readonly string[]>;
}

/** A published item as a past last read it. */
interface KeptItem {
  seq: number;
  plannedAt: string;
  localDate: string;
  links: ItemLinks;
}

/** An item's targets, joined once per products' tags it is read with. */
const joined = new WeakMap<KeptItem, { from: ReadonlyMap<string, readonly string[]>; targets: string[] }>();
function targetsOf(item: KeptItem, productTags: ReadonlyMap<string, readonly string[]>): string[] {
  const kept = joined.get(item);
  if (kept?.from === productTags) return kept.targets;
  const targets = joinTargets(item.links, productTags);
  joined.set(item, { from: productTags, targets });
  return targets;
}

/** Tag combinations scored against one audience (its stored JSON) and the workspace's interest settings. */
interface Scorer {
  audienceJson: string | null;
  /** The workspace's baseline overrides and custom tags it scores with. */
  interestKey: string;
  scoreOf(tags: readonly string[]): number | null;
}

interface KeptPast {
  past: AccountPast;
  /** The stamp's workspace and bulk parts when it was built (`pastStampParts`). */
  notes: { workspace: string; bulk: string };
  items: ReadonlyMap<string, KeptItem>;
  /** The tags of every product asked for (empty for one with no tags or gone). */
  productTags: ReadonlyMap<string, readonly string[]>;
  scorer: Scorer;
}

/**
 * Kept per connection, account and time zone while nothing it is built from changes: the account's and its
 * workspace's change notes (migration 0420, `pastChangeStamp`) stay as they were. Editing the plan, importing
 * metrics or touching another account keeps it, so those forecasts reread only the horizon's items. After a
 * write it is built from, it is rebuilt from what changed:
 * - the published items' list and notes are read; an item's own tags and product links are read again only
 *   when its note moved (0430) or it is new to the past, and all of them after a bulk write (which leaves
 *   no item notes: its own note on the workspace);
 * - products' tags are read again when the workspace's note moved (a product's tags, the baseline, a custom
 *   tag) or a product is new to the past;
 * - scores are kept while the audience and the workspace's interest settings (baseline, custom tags) are
 *   unchanged.
 * Inside a transaction it is built afresh and not kept: a rollback takes the notes back to numbers a later,
 * different write reuses.
 */
const cached = stampedEntries<KeptPast>((db, key) => {
  const [workspaceId, accountId] = key.split(KEY_SEPARATOR);
  return pastChangeStamp(db, accountId!, workspaceId!);
});

export function accountPast(db: Db, account: Account, timeZone: string, source: PastSource): AccountPast {
  const fresh = { workspace: '', bulk: '' };
  if (db.inTransaction) return buildKeptPast(db, account, timeZone, source, undefined, fresh).past;
  const key = [account.workspaceId, account.id, timeZone].join(KEY_SEPARATOR);
  return cached(db, key, (stale, stamp) =>
    buildKeptPast(db, account, timeZone, source, stale?.value, pastStampParts(stamp)),
  ).past;
}

export function localDate(iso: string, timeZone: string): string {
  return formatCivilDate(instantToWallTime(Date.parse(iso), timeZone));
}

function buildKeptPast(
  db: Db,
  account: Account,
  timeZone: string,
  source: PastSource,
  stale: KeptPast | undefined,
  notes: KeptPast['notes'],
): KeptPast {
  const keptItems = stale?.notes.bulk === notes.bulk ? stale.items : undefined;
  const sameWorkspace = stale?.notes.workspace === notes.workspace;
  const items = new Map<string, KeptItem>();
  const toRead: PublishedItemNote[] = [];
  for (const row of source.published()) {
    const kept = keptItems?.get(row.id);
    if (!kept || kept.seq !== row.seq) toRead.push(row);
    else if (kept.plannedAt === row.planned_at) items.set(row.id, kept);
    else
      items.set(row.id, {
        ...kept,
        plannedAt: row.planned_at,
        localDate: localDate(row.planned_at, timeZone),
      });
  }
  const links = toRead.length === 0 ? [] : source.links(toRead.map((r) => r.id));
  toRead.forEach((row, i) =>
    items.set(row.id, {
      seq: row.seq,
      plannedAt: row.planned_at,
      localDate: localDate(row.planned_at, timeZone),
      links: links[i] ?? { tags: [], productIds: [] },
    }),
  );
  const published = [...items.values()];
  const productIds = [...new Set(published.flatMap((r) => r.links.productIds))];
  const productTags =
    stale && sameWorkspace && productIds.every((id) => stale.productTags.has(id))
      ? stale.productTags
      : readProductTags(source, productIds);
  // Only this account's audience is read (not the workspace's every account's); an unchanged one keeps its
  // scored combinations.
  const audienceJson = findAudience(db, 'account', account.id)?.profile_json ?? null;
  const scorer = scorerFor(db, account, audienceJson, stale?.scorer, sameWorkspace);
  const past: AccountPast = {
    publishedDates: published.map((r) => r.localDate).sort(),
    referenceMatch: referenceMatch(published.map((r) => scorer.scoreOf(targetsOf(r, productTags)))),
    scoreOf: scorer.scoreOf,
  };
  return { past, notes, items, productTags, scorer };
}

/** Every product's tags, an empty list for one with none, so a kept map tells what was asked. */
function readProductTags(source: PastSource, ids: readonly string[]): Map<string, readonly string[]> {
  const read = source.productTags(ids);
  return new Map(ids.map((id) => [id, read.get(id) ?? []]));
}

function scorerFor(
  db: Db,
  account: Account,
  audienceJson: string | null,
  stale: Scorer | undefined,
  sameWorkspace: boolean,
): Scorer {
  if (stale && sameWorkspace && stale.audienceJson === audienceJson) return stale;
  // The workspace's note also moves for products' tags, which scores do not depend on: the interest
  // settings themselves (a few rows) are compared.
  const interest = workspaceInterest(db, account.workspaceId);
  const interestKey = JSON.stringify([[...interest.overrides], interest.customTags]);
  if (stale && stale.audienceJson === audienceJson && stale.interestKey === interestKey) return stale;
  const profile = audienceJson === null ? undefined : (JSON.parse(audienceJson) as AudienceProfileOutput);
  // Items of an account mostly repeat a few tag/product combinations: each is resolved and scored once.
  const scores = new Map<string, number | null>();
  const scoreOf = (tags: readonly string[]) => {
    if (!profile) return null;
    const key = tags.join('\u0000');
    if (scores.has(key)) return scores.get(key)!;
    const { tagIds } = resolveTags(tags, interest.customTags);
    const score =
      tagIds.length === 0
        ? null
        : matchScore({ interests: profile.interests, targetTags: tagIds, baseline: interest.baseline }).score;
    scores.set(key, score);
    return score;
  };
  return { audienceJson, interestKey, scoreOf };
}

/** The account's typical match: the median over its published items with tags, else a neutral 60. */
function referenceMatch(publishedScores: readonly (number | null)[]): number {
  const scores = publishedScores.filter((s): s is number => s !== null).sort((a, b) => a - b);
  if (scores.length < MIN_POSTS) return DEFAULT_REFERENCE_MATCH;
  return Math.max(1, quantile(scores, 0.5));
}

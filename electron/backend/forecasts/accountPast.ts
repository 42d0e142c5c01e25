import type { Db } from '../db/types';
import type { Account } from '../../../shared/domain/account';
import type { AudienceProfileOutput } from '../../../shared/domain/interest';
import { resolveTags } from '../../../shared/domain/interestTags';
import { matchScore } from '../../../shared/interest/match';
import { formatCivilDate } from '../../../shared/parsing/calendar';
import { instantToWallTime } from '../../../shared/parsing/timeZone';
import { findAudience, workspaceInterest } from '../interest/repo';
import { stampedEntries } from '../paging/writeStamp';
import { pastChangeStamp, workspacePartOf, type PublishedItemNote } from './plannedRepo';
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
  /** What each item targets (its tags, then its products' tags), in the order of `ids`. */
  targets(ids: readonly string[]): readonly (readonly string[])[];
}

/** A published item as a past last read it. */
interface KeptItem {
  seq: number;
  plannedAt: string;
  localDate: string;
  tags: readonly string[];
}

interface KeptPast {
  past: AccountPast;
  /** The workspace's note when the items were read: their targets include products' tags. */
  workspaceNote: string;
  items: ReadonlyMap<string, KeptItem>;
}

/**
 * Kept per connection, account and time zone while nothing it is built from changes: the account's and its
 * workspace's change notes (migration 0420, `pastChangeStamp`) stay as they were. Editing the plan, importing
 * metrics or touching another account keeps it, so those forecasts reread only the horizon's items. When the
 * account's note moves (an item published, re-dated, retagged; the audience), the past is rebuilt from the
 * published items' list and notes, and only the items whose own note moved (0430) or that are new to it have
 * their targets read again; the rest keep theirs while the workspace's note stands. Inside a transaction it
 * is built afresh and not kept: a rollback takes the notes back to numbers a later, different write reuses.
 */
const cached = stampedEntries<KeptPast>((db, key) => {
  const [workspaceId, accountId] = key.split(KEY_SEPARATOR);
  return pastChangeStamp(db, accountId!, workspaceId!);
});

export function accountPast(db: Db, account: Account, timeZone: string, source: PastSource): AccountPast {
  if (db.inTransaction) return buildKeptPast(db, account, timeZone, source, undefined, '').past;
  const key = [account.workspaceId, account.id, timeZone].join(KEY_SEPARATOR);
  return cached(db, key, (stale, stamp) => {
    const workspaceNote = workspacePartOf(stamp);
    const reusable = stale?.value.workspaceNote === workspaceNote ? stale.value.items : undefined;
    return buildKeptPast(db, account, timeZone, source, reusable, workspaceNote);
  }).past;
}

export function localDate(iso: string, timeZone: string): string {
  return formatCivilDate(instantToWallTime(Date.parse(iso), timeZone));
}

function buildKeptPast(
  db: Db,
  account: Account,
  timeZone: string,
  source: PastSource,
  reusable: ReadonlyMap<string, KeptItem> | undefined,
  workspaceNote: string,
): KeptPast {
  const items = new Map<string, KeptItem>();
  const toRead: PublishedItemNote[] = [];
  for (const row of source.published()) {
    const kept = reusable?.get(row.id);
    if (!kept || kept.seq !== row.seq) toRead.push(row);
    else if (kept.plannedAt === row.planned_at) items.set(row.id, kept);
    else
      items.set(row.id, {
        ...kept,
        plannedAt: row.planned_at,
        localDate: localDate(row.planned_at, timeZone),
      });
  }
  const targets = toRead.length === 0 ? [] : source.targets(toRead.map((r) => r.id));
  toRead.forEach((row, i) =>
    items.set(row.id, {
      seq: row.seq,
      plannedAt: row.planned_at,
      localDate: localDate(row.planned_at, timeZone),
      tags: targets[i] ?? [],
    }),
  );
  return { past: buildAccountPast(db, account, [...items.values()]), workspaceNote, items };
}

function buildAccountPast(db: Db, account: Account, published: readonly KeptItem[]): AccountPast {
  // Only this account's audience is parsed (not the workspace's every account's).
  const interest = workspaceInterest(db, account.workspaceId);
  const audience = findAudience(db, 'account', account.id);
  const profile = audience ? (JSON.parse(audience.profile_json) as AudienceProfileOutput) : undefined;
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
  return {
    publishedDates: published.map((r) => r.localDate).sort(),
    referenceMatch: referenceMatch(published.map((r) => scoreOf(r.tags))),
    scoreOf,
  };
}

/** The account's typical match: the median over its published items with tags, else a neutral 60. */
function referenceMatch(publishedScores: readonly (number | null)[]): number {
  const scores = publishedScores.filter((s): s is number => s !== null).sort((a, b) => a - b);
  if (scores.length < MIN_POSTS) return DEFAULT_REFERENCE_MATCH;
  return Math.max(1, quantile(scores, 0.5));
}

import type { Db } from '../db/types';
import type { AudienceProfileOutput } from '../../../shared/domain/interest';
import { prepareAudience } from '../../../shared/interest/match';
import { emptyColumns, placeAudience, type AudienceColumns } from '../../../shared/interest/matchColumns';
import { changeTrackedCache } from '../paging/changeTracked';
import {
  creatorChangesSince,
  creatorsWithAudienceByIds,
  latestCreatorChange,
  listCreatorsWithAudience,
  type CreatorWithAudience,
} from './repo';
import { packRoster, savedRosterFormat, unpackRoster } from './savedRoster';
import { findSavedRoster, saveRosterRow, schemaVersion } from './savedRosterRepo';

/** A roster member; whether it has a profile is in the columns. */
export interface RankableCreator {
  id: string;
  name: string;
  followers: number;
  /**
   * The profile's interest shares once the member was shown (a ranking explains the creators it shows);
   * undefined until then: 20,000 profiles are not kept for the few dozen a page shows.
   */
  interests?: AudienceProfileOutput['interests'] | null;
}

/**
 * A workspace's creators ready to rank: each profile parsed and its audience cleaned once into columns
 * (parsing and cleaning 12,000 profiles was most of a ranking). Members keep their slot for the life of
 * the roster; a changed creator's row is replaced, a new one appended, a deleted one emptied.
 */
export interface RankableRoster {
  /** By slot; null where the creator was deleted. */
  slots: (RankableCreator | null)[];
  columns: AudienceColumns;
  /** Live slots in name order (the collator, then id), and each slot's place in it. */
  byName: number[];
  nameRank: Int32Array;
  /** Creators in the roster, and those of them with a profile. */
  total: number;
  scored: number;
  /** The workspace's latest creator change (creator_changes.seq) the roster includes. */
  seq: number;
  /** The `seq` of the saved copy this roster is (migration 0390), -1 when it differs from every saved one. */
  savedSeq: number;
  /** Each creator's slot; made when a change first needs it (a roster read back at start needs none). */
  slotOf: Map<string, number> | null;
}

// One collator for every comparison: localeCompare with a locale argument builds one per call, which
// dominated sorting 12,000 creators.
const collator = new Intl.Collator('zh-CN');
const collate = collator.compare;
export const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  collate(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const audienceOf = (c: CreatorWithAudience) => (c.interests ? prepareAudience(c.interests) : null);
const member = (c: CreatorWithAudience): RankableCreator => ({
  id: c.id,
  name: c.name,
  followers: c.followers,
});

function indexNames(roster: RankableRoster): void {
  if (roster.nameRank.length < roster.slots.length) roster.nameRank = new Int32Array(roster.slots.length * 2);
  roster.byName.forEach((slot, rank) => (roster.nameRank[slot] = rank));
  roster.total = roster.byName.length;
  roster.scored = roster.byName.filter((slot) => roster.columns.hasAudience[slot] === 1).length;
}

/** A roster of `slots` already in name order. */
function rosterOf(slots: RankableCreator[], columns: AudienceColumns, seq: number, savedSeq: number) {
  const roster: RankableRoster = {
    slots,
    columns,
    byName: slots.map((_, slot) => slot),
    nameRank: new Int32Array(slots.length),
    total: 0,
    scored: 0,
    seq,
    savedSeq,
    slotOf: null,
  };
  indexNames(roster);
  return roster;
}

function buildRoster(db: Db, workspaceId: string): RankableRoster {
  const seq = latestCreatorChange(db, workspaceId);
  const creators = listCreatorsWithAudience(db, workspaceId).sort(byName);
  const columns = emptyColumns(creators.length);
  creators.forEach((c, slot) => placeAudience(columns, slot, audienceOf(c)));
  return rosterOf(creators.map(member), columns, seq, -1);
}

/** What a saved roster must have been made with to be read back on this connection. */
const formatOf = (db: Db) => savedRosterFormat(collator, schemaVersion(db));

/** The roster saved by an earlier session, as it was saved (null: none, or made with another format). */
function savedRoster(db: Db, workspaceId: string): RankableRoster | null {
  const row = findSavedRoster(db, workspaceId);
  const saved = row ? unpackRoster(row, formatOf(db)) : null;
  return saved && rosterOf(saved.members, saved.columns, row!.seq, row!.seq);
}

/** Where `creator` goes in the name order (binary search with the ranking's comparison). */
function nameInsertAt(roster: RankableRoster, creator: RankableCreator): number {
  let lo = 0;
  let hi = roster.byName.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byName(roster.slots[roster.byName[mid]!]!, creator) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function slotsById(slots: readonly (RankableCreator | null)[]): Map<string, number> {
  const slotOf = new Map<string, number>();
  slots.forEach((c, slot) => c && slotOf.set(c.id, slot));
  return slotOf;
}

/** More changed creators than this since the last call: the roster is built afresh instead. */
const REBUILD_ABOVE = 500;

/** Applies the creators written since the roster's `seq`: replaced, appended or emptied in place. */
function refreshRoster(db: Db, workspaceId: string, roster: RankableRoster): RankableRoster {
  const { creatorIds, latest } = creatorChangesSince(db, workspaceId, roster.seq);
  if (creatorIds.length === 0) return roster;
  // Each change moves entries of the name order (linear): after a roster import, building afresh is cheaper.
  if (creatorIds.length > REBUILD_ABOVE) return buildRoster(db, workspaceId);
  const current = new Map<string, CreatorWithAudience>(
    creatorsWithAudienceByIds(db, creatorIds).map((c) => [c.id, c]),
  );
  const slotOf = (roster.slotOf ??= slotsById(roster.slots));
  for (const id of creatorIds) {
    const creator = current.get(id) ?? null;
    const existing = slotOf.get(id);
    if (existing !== undefined) {
      roster.byName.splice(roster.byName.indexOf(existing), 1);
      slotOf.delete(id);
      roster.slots[existing] = null;
      placeAudience(roster.columns, existing, null);
    }
    if (creator === null) continue;
    // A changed creator keeps its slot, a new one appends: slots never move, so neither do the columns.
    const slot = existing ?? roster.slots.length;
    if (slot === roster.slots.length) roster.slots.push(member(creator));
    else roster.slots[slot] = member(creator);
    slotOf.set(id, slot);
    placeAudience(roster.columns, slot, audienceOf(creator));
    roster.byName.splice(nameInsertAt(roster, creator), 0, slot);
  }
  roster.seq = latest;
  roster.savedSeq = -1;
  indexNames(roster);
  return roster;
}

const cachedRoster = changeTrackedCache<RankableRoster>();
/** Each connection's latest roster per workspace, for `saveRosters` when the connection closes. */
const latestRosters = new WeakMap<Db, Map<string, RankableRoster>>();

/**
 * The workspace's roster, once per connection and kept current through creator_changes: the first call
 * starts from the roster an earlier session saved (then applies the creators changed since) and builds
 * it from every creator only when none was saved.
 */
export function rankableRoster(db: Db, workspaceId: string): RankableRoster {
  const roster = cachedRoster(
    db,
    workspaceId,
    () => {
      const saved = savedRoster(db, workspaceId);
      return saved ? refreshRoster(db, workspaceId, saved) : buildRoster(db, workspaceId);
    },
    (stale) => refreshRoster(db, workspaceId, stale),
  );
  let rosters = latestRosters.get(db);
  if (!rosters) latestRosters.set(db, (rosters = new Map()));
  rosters.set(workspaceId, roster);
  return roster;
}

/**
 * Saves every roster this connection built or brought up to date since it was read, for the next
 * session's first ranking (the backend calls it as it closes). Returns the workspaces saved.
 */
export function saveRosters(db: Db, at: string): string[] {
  const saved: string[] = [];
  const format = formatOf(db);
  for (const [workspaceId, roster] of latestRosters.get(db) ?? []) {
    if (roster.savedSeq === roster.seq) continue;
    saveRosterRow(
      db,
      workspaceId,
      packRoster(roster.byName, roster.slots, roster.columns, roster.seq, format),
      at,
    );
    roster.savedSeq = roster.seq;
    saved.push(workspaceId);
  }
  return saved;
}

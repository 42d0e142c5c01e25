import type { AudienceColumns } from '../../../shared/interest/matchColumns';
import type { SavedRosterRow } from './savedRosterRepo';

/**
 * A match roster packed for `saved_match_rosters` (migration 0390) and read back. Reading the saved
 * roster is what makes the first ranking of a start cheap, so its numbers go as one blob of typed arrays
 * (copied out in one go, no per-creator parsing) and its strings as one JSON text:
 *
 * - `names_json`: `{ tags, ids, names, entries }`, members in ranking name order (the collator's, then
 *   id), so the name order reads back as 0, 1, 2, …;
 * - `columns`: norms (f64 × n), followers (f64 × n), the entries' shares (f64 × entries), where each tag's
 *   entries start (u32 × tags + 1), the entries' members (u32 × entries), the entries' positions in their
 *   member's profile (u16 × entries), has-a-profile (u8 × n). A tag's entries are the members with a
 *   share of it: each unpacks with two stores into the tag's column, as the ranking reads it. The
 *   positions are kept because the cosine adds its terms in the profile's own order, and the scores must
 *   stay the same to the last bit.
 */

/** A roster member as saved. */
export interface PackedMember {
  id: string;
  name: string;
  followers: number;
}

export interface UnpackedRoster {
  members: PackedMember[];
  columns: AudienceColumns;
}

interface SavedNames {
  tags: string[];
  ids: string[];
  names: string[];
  entries: number;
}

/**
 * Packs the members `order` names (slots, in name order) of `columns` with their `members` by slot.
 * `builtWith` says what the packing depends on beyond the data (`savedRosterFormat`).
 */
export function packRoster(
  order: readonly number[],
  members: readonly (PackedMember | null)[],
  columns: AudienceColumns,
  seq: number,
  builtWith: string,
): SavedRosterRow {
  const n = order.length;
  const tags = [...columns.byTag.keys()];
  const tagStarts = new Uint32Array(tags.length + 1);
  const entryMembers: number[] = [];
  const entryShares: number[] = [];
  const entryPositions: number[] = [];
  [...columns.byTag.values()].forEach((column, tag) => {
    tagStarts[tag] = entryMembers.length;
    order.forEach((slot, rank) => {
      const share = column.shares[slot]!;
      // Cleaned shares are all positive: a zero is a tag the member does not have.
      if (columns.hasAudience[slot] !== 1 || share === 0) return;
      entryMembers.push(rank);
      entryShares.push(share);
      entryPositions.push(column.positions[slot]!);
    });
  });
  const e = entryMembers.length;
  tagStarts[tags.length] = e;
  const bytes = new Uint8Array(byteLength(n, tags.length, e));
  const layout = views(bytes, n, tags.length, e);
  order.forEach((slot, rank) => {
    layout.norms[rank] = columns.norms[slot]!;
    layout.followers[rank] = members[slot]!.followers;
    layout.hasAudience[rank] = columns.hasAudience[slot]!;
  });
  layout.shares.set(entryShares);
  layout.tagStarts.set(tagStarts);
  layout.members.set(entryMembers);
  layout.positions.set(entryPositions);
  const names: SavedNames = {
    tags,
    ids: order.map((slot) => members[slot]!.id),
    names: order.map((slot) => members[slot]!.name),
    entries: e,
  };
  return { seq, built_with: builtWith, names_json: JSON.stringify(names), columns: bytes };
}

/** The roster saved in `row`, in name order; null when it was made with another `builtWith`. */
export function unpackRoster(row: SavedRosterRow, builtWith: string): UnpackedRoster | null {
  if (row.built_with !== builtWith) return null;
  const { tags, ids, names, entries } = JSON.parse(row.names_json) as SavedNames;
  const n = ids.length;
  if (row.columns.length !== byteLength(n, tags.length, entries)) return null;
  // A copy at offset 0 of its own buffer: SQLite's blob may sit anywhere, and f64 views need 8-byte offsets.
  const bytes = new Uint8Array(row.columns.length);
  bytes.set(row.columns);
  const layout = views(bytes, n, tags.length, entries);
  const byTag = new Map<string, { shares: Float64Array; positions: Uint16Array }>();
  tags.forEach((tag, t) => {
    const shares = new Float64Array(n);
    const positions = new Uint16Array(n);
    const end = layout.tagStarts[t + 1]!;
    for (let entry = layout.tagStarts[t]!; entry < end; entry++) {
      const member = layout.members[entry]!;
      shares[member] = layout.shares[entry]!;
      positions[member] = layout.positions[entry]!;
    }
    byTag.set(tag, { shares, positions });
  });
  return {
    members: ids.map((id, member) => ({ id, name: names[member]!, followers: layout.followers[member]! })),
    columns: { count: n, hasAudience: layout.hasAudience.slice(), norms: layout.norms.slice(), byTag },
  };
}

const byteLength = (n: number, t: number, e: number) => 8 * (2 * n + e) + 4 * (t + 1 + e) + 2 * e + n;

function views(bytes: Uint8Array, n: number, t: number, e: number) {
  const buffer = bytes.buffer;
  let offset = bytes.byteOffset;
  const take = <A>(make: (at: number) => A, size: number): A => {
    const array = make(offset);
    offset += size;
    return array;
  };
  return {
    norms: take((at) => new Float64Array(buffer, at, n), 8 * n),
    followers: take((at) => new Float64Array(buffer, at, n), 8 * n),
    shares: take((at) => new Float64Array(buffer, at, e), 8 * e),
    tagStarts: take((at) => new Uint32Array(buffer, at, t + 1), 4 * (t + 1)),
    members: take((at) => new Uint32Array(buffer, at, e), 4 * e),
    positions: take((at) => new Uint16Array(buffer, at, e), 2 * e),
    hasAudience: take((at) => new Uint8Array(buffer, at, n), n),
  };
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * What a saved roster depends on besides the rows: this packing (bump `FORMAT` when it or the cleaning of
 * shares changes), the byte order of its numbers, the collator that made its name order (another ICU
 * may order names differently) and the schema (a migration may rewrite creators without the change log).
 */
export function savedRosterFormat(collator: Intl.Collator, schemaVersion: number): string {
  const FORMAT = 1;
  const icu = process.versions['icu'];
  return [
    `roster ${FORMAT}`,
    littleEndian ? 'le' : 'be',
    `collator ${collator.resolvedOptions().locale} icu ${icu ?? '?'}`,
    `schema ${schemaVersion}`,
  ].join('; ');
}

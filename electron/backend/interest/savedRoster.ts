import type { AudienceColumns } from '../../../shared/interest/matchColumns';
import type { SavedRosterRow } from './savedRosterRepo';

/**
 * A match roster packed for `saved_match_rosters` (migration 0390) and read back. Reading 20,000 saved
 * rows of numbers is what makes the first ranking of a start cheap, so the numbers go as one blob of
 * typed arrays (copied out in one go, no per-creator parsing) and the strings as one JSON text:
 *
 * - `names_json`: `{ tags, ids, names }`, members in ranking name order (the collator's, then id), so the
 *   name order reads back as 0, 1, 2, …;
 * - `columns`: norms (f64 × n), followers (f64 × n), shares (f64 × entries), where each member's entries
 *   start (u32 × n + 1), the entries' tags as indexes into `tags` (u16 × entries), has-a-profile (u8 × n).
 *   A member's entries are its cleaned interest shares in the profile's own order: the cosine adds its
 *   terms in that order, and the scores must stay the same to the last bit.
 */

/** The members of a roster as saved: the strings, and the numbers as they sit in the columns. */
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
): SavedRosterRow | null {
  const n = order.length;
  const tags = [...columns.byTag.keys()];
  // Entries name their tag in 16 bits; a vocabulary past that is not saved (and is built at each start).
  if (tags.length > 0xffff) return null;
  const tagColumns = [...columns.byTag.values()];
  const starts = new Uint32Array(n + 1);
  const entryTags: number[] = [];
  const entryShares: number[] = [];
  const own: { tag: number; position: number; share: number }[] = [];
  order.forEach((slot, rank) => {
    starts[rank] = entryTags.length;
    if (columns.hasAudience[slot] !== 1) return;
    own.length = 0;
    // Cleaned shares are all positive: a zero is a tag the member does not have.
    tagColumns.forEach((column, tag) => {
      const share = column.shares[slot]!;
      if (share !== 0) own.push({ tag, position: column.positions[slot]!, share });
    });
    own.sort((a, b) => a.position - b.position);
    for (const entry of own) {
      entryTags.push(entry.tag);
      entryShares.push(entry.share);
    }
  });
  starts[n] = entryTags.length;
  const e = entryTags.length;
  const bytes = new Uint8Array(8 * (2 * n + e) + 4 * (n + 1) + 2 * e + n);
  const layout = views(bytes, n, e);
  order.forEach((slot, rank) => {
    layout.norms[rank] = columns.norms[slot]!;
    layout.followers[rank] = members[slot]!.followers;
    layout.hasAudience[rank] = columns.hasAudience[slot]!;
  });
  layout.shares.set(entryShares);
  layout.starts.set(starts);
  layout.tags.set(entryTags);
  const names: SavedNames = {
    tags,
    ids: order.map((slot) => members[slot]!.id),
    names: order.map((slot) => members[slot]!.name),
  };
  return { seq, built_with: builtWith, names_json: JSON.stringify(names), columns: bytes };
}

/** The roster saved in `row`, in name order; null when it was made with another `builtWith`. */
export function unpackRoster(row: SavedRosterRow, builtWith: string): UnpackedRoster | null {
  if (row.built_with !== builtWith) return null;
  const { tags, ids, names } = JSON.parse(row.names_json) as SavedNames;
  const n = ids.length;
  // A copy at offset 0 of its own buffer: SQLite's blob may sit anywhere, and f64 views need 8-byte offsets.
  const bytes = new Uint8Array(row.columns.length);
  bytes.set(row.columns);
  const e = (bytes.length - 8 * 2 * n - 4 * (n + 1) - n) / (8 + 2);
  const layout = views(bytes, n, e);
  const byTag = new Map(
    tags.map((tag) => [tag, { shares: new Float64Array(n), positions: new Uint16Array(n) }] as const),
  );
  const tagColumns = [...byTag.values()];
  for (let member = 0; member < n; member++) {
    const start = layout.starts[member]!;
    const end = layout.starts[member + 1]!;
    for (let entry = start; entry < end; entry++) {
      const column = tagColumns[layout.tags[entry]!]!;
      column.shares[member] = layout.shares[entry]!;
      column.positions[member] = entry - start;
    }
  }
  return {
    members: ids.map((id, member) => ({ id, name: names[member]!, followers: layout.followers[member]! })),
    columns: { count: n, hasAudience: layout.hasAudience.slice(), norms: layout.norms.slice(), byTag },
  };
}

function views(bytes: Uint8Array, n: number, e: number) {
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
    starts: take((at) => new Uint32Array(buffer, at, n + 1), 4 * (n + 1)),
    tags: take((at) => new Uint16Array(buffer, at, e), 2 * e),
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

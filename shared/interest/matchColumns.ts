import { combinedScore, type PreparedAudience, type PreparedTarget } from './match';
import { tgi } from './tgi';

/**
 * A roster's audiences as columns, built once per roster: per tag, every audience's share (0 when
 * absent) and the tag's place in that audience's own order. A ranking then reads only the target's
 * few columns per audience instead of walking each audience's Map, and allocates nothing per audience.
 * A member's row can be replaced or a member appended (`placeAudience`) without rebuilding the others:
 * the roster follows a write to one creator in microseconds.
 */
export interface AudienceColumns {
  /** Members (slots) in use; the arrays may be longer (room to append). */
  count: number;
  /** 1 where the roster member has an audience profile. */
  hasAudience: Uint8Array;
  norms: Float64Array;
  byTag: Map<string, TagColumn>;
}

interface TagColumn {
  shares: Float64Array;
  /** Where the tag sits in the audience's insertion order: the cosine adds its terms in that order. */
  positions: Uint16Array;
}

const grown = <A extends Float64Array | Uint16Array | Uint8Array>(array: A, capacity: number): A => {
  const bigger = new (array.constructor as new (n: number) => A)(capacity);
  bigger.set(array);
  return bigger;
};

export function emptyColumns(capacity: number): AudienceColumns {
  return {
    count: 0,
    hasAudience: new Uint8Array(capacity),
    norms: new Float64Array(capacity),
    byTag: new Map(),
  };
}

/** Sets member `slot`'s audience (null: none), replacing what it had; a slot past the end appends. */
export function placeAudience(
  columns: AudienceColumns,
  slot: number,
  audience: PreparedAudience | null,
): void {
  const capacity = columns.hasAudience.length;
  if (slot >= capacity) {
    const next = Math.max(slot + 1, capacity * 2, 16);
    columns.hasAudience = grown(columns.hasAudience, next);
    columns.norms = grown(columns.norms, next);
    for (const column of columns.byTag.values()) {
      column.shares = grown(column.shares, next);
      column.positions = grown(column.positions, next);
    }
  }
  columns.count = Math.max(columns.count, slot + 1);
  if (columns.hasAudience[slot] === 1) for (const column of columns.byTag.values()) column.shares[slot] = 0;
  columns.hasAudience[slot] = audience === null ? 0 : 1;
  columns.norms[slot] = audience === null ? 0 : audience.norm;
  if (audience === null) return;
  let position = 0;
  const size = columns.hasAudience.length;
  for (const [tag, share] of audience.shares) {
    let column = columns.byTag.get(tag);
    if (!column) {
      column = { shares: new Float64Array(size), positions: new Uint16Array(size) };
      columns.byTag.set(tag, column);
    }
    column.shares[slot] = share;
    column.positions[slot] = position++;
  }
}

export function audienceColumns(audiences: readonly (PreparedAudience | null)[]): AudienceColumns {
  const columns = emptyColumns(audiences.length);
  audiences.forEach((audience, slot) => placeAudience(columns, slot, audience));
  return columns;
}

/** Marks a roster member without an audience in the scores `scoreColumns` fills. */
export const NO_AUDIENCE = -1;

/**
 * Every audience's score against one target, written into `scores` (NO_AUDIENCE where there is no
 * profile). The same number `matchScore` gives: the cosine's terms are added
 * in each audience's own tag order, coverage and the target-set TGI in target order, as there.
 */
export function scoreColumns(columns: AudienceColumns, target: PreparedTarget, scores: Int16Array): void {
  const empty = new Float64Array(0);
  const targetColumns = target.targets.map((tag) => columns.byTag.get(tag));
  const weights = target.targets.map((tag) => target.vector.get(tag) ?? 0);
  const known = target.knownTargets.map((tag) => columns.byTag.get(tag));
  const k = targetColumns.length;
  // Scratch for the cosine's terms, sorted by position per audience (k is a handful of tags).
  const termPositions = new Int32Array(k);
  const termValues = new Float64Array(k);
  for (let i = 0; i < columns.count; i++) {
    if (columns.hasAudience[i] === 0) {
      scores[i] = NO_AUDIENCE;
      continue;
    }
    if (k === 0) {
      scores[i] = 0;
      continue;
    }
    let terms = 0;
    let coverageSum = 0;
    for (let t = 0; t < k; t++) {
      const column = targetColumns[t];
      const share = column ? column.shares[i]! : 0;
      coverageSum += share;
      if (share === 0) continue;
      // Insertion by position keeps the terms in the audience's order.
      const position = column!.positions[i]!;
      const value = share * weights[t]!;
      let j = terms++;
      while (j > 0 && termPositions[j - 1]! > position) {
        termPositions[j] = termPositions[j - 1]!;
        termValues[j] = termValues[j - 1]!;
        j--;
      }
      termPositions[j] = position;
      termValues[j] = value;
    }
    let dot = 0;
    for (let j = 0; j < terms; j++) dot += termValues[j]!;
    const norms = columns.norms[i]! * target.norm;
    const similarity = norms === 0 ? 0 : Math.min(1, Math.max(0, dot / norms));
    let targetTgi: number | null = null;
    if (known.length > 0) {
      let knownSum = 0;
      for (const column of known) knownSum += (column?.shares ?? empty)[i] ?? 0;
      targetTgi = tgi(knownSum, target.knownBaselineShare);
    }
    scores[i] = combinedScore(similarity, Math.min(1, coverageSum), targetTgi);
  }
}

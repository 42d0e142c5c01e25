/**
 * Id remapping for a bundle imported as new. Ids here are random UUIDs, so an exact occurrence of an
 * old id anywhere in a row (a foreign key, a soft reference such as `audience_profiles.owner_id`, or an
 * id inside a JSON column such as offer terms' `accountId`) is a reference to that row and is replaced.
 */

/** Columns copied byte for byte: ids shared with the world outside this installation, signed files. */
export const VERBATIM_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  // The id both sides' offer files carry: changing it would cut the negotiation off from the creator.
  offers: ['exchange_id'],
  // A counterpart's signed offer file: any change would break its signature.
  offer_pending_files: ['file_json'],
};

export function isVerbatim(table: string, column: string): boolean {
  return VERBATIM_COLUMNS[table]?.includes(column) ?? false;
}

export function remapText(value: string, ids: ReadonlyMap<string, string>): string {
  const direct = ids.get(value);
  if (direct !== undefined) return direct;
  const first = value.trimStart()[0];
  if (first !== '{' && first !== '[') return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  let changed = false;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const mapped = ids.get(node);
      if (mapped === undefined) return node;
      changed = true;
      return mapped;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  const result = walk(parsed);
  return changed ? JSON.stringify(result) : value;
}

/**
 * Matching a file's column headers to the fields an importer needs. Exports name the same column
 * differently per platform, language and version (播放量 / 播放数 / Views / play_count / 播放量(次)),
 * so each importer passes its own alias table and this module does the fuzzy part once.
 */
export type FieldAliases<Field extends string> = Readonly<Record<Field, readonly string[]>>;

export interface HeaderMapping<Field extends string> {
  /** The file's header (exactly as in the file) chosen for each field, or null when none matched. */
  mapping: Record<Field, string | null>;
  /** Headers no field claimed, in file order: shown to the user so they can map them by hand. */
  unmapped: string[];
}

/**
 * The comparison key: case, width (Ｖｉｅｗｓ), whitespace, punctuation and symbols do not matter,
 * so `Play Count`, `play_count` and `播放量：` compare equal to their aliases.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

// Units and notes in brackets (`成交金额(元)`, `完播率（%）`, `播放量【次】`) describe the column rather
// than name it; a second pass ignores them. NFKC turned full-width brackets into ASCII ones.
function headerKeyWithoutNotes(header: string): string {
  return headerKey(header.normalize('NFKC').replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, ''));
}

/**
 * Assigns each field at most one header and each header at most one field. The field id itself counts
 * as an alias. Exact key matches are tried for all fields before bracket-stripped ones, so `播放量` beats
 * `播放量(万)` when both exist; within a pass, fields claim headers in alias-table order and take the
 * first header in file order.
 */
export function mapHeaders<Field extends string>(
  headers: readonly string[],
  fieldAliases: FieldAliases<Field>,
): HeaderMapping<Field> {
  const fields = Object.keys(fieldAliases) as Field[];
  const mapping = Object.fromEntries(fields.map((field) => [field, null])) as Record<Field, string | null>;
  const claimed = new Set<number>();
  const aliasKeys = new Map<Field, Set<string>>(
    fields.map((field) => [
      field,
      new Set([field, ...fieldAliases[field]].map(headerKey).filter((k) => k !== '')),
    ]),
  );
  for (const keyOf of [headerKey, headerKeyWithoutNotes]) {
    const headerKeys = headers.map(keyOf);
    for (const field of fields) {
      if (mapping[field] !== null) continue;
      const keys = aliasKeys.get(field);
      const index = headerKeys.findIndex(
        (key, i) => !claimed.has(i) && key !== '' && keys?.has(key) === true,
      );
      const header = headers[index];
      if (header === undefined) continue;
      mapping[field] = header;
      claimed.add(index);
    }
  }
  return { mapping, unmapped: headers.filter((_, i) => !claimed.has(i)) };
}

import { mapHeaders, type FieldAliases } from '../../../shared/parsing/headers';
import { invalidInput } from '../errors';

/**
 * The importer's automatic header mapping (adjusted by the importer, if it asks) with the user's corrections
 * applied on top. A correction naming
 * a column the file does not have is refused on `mapping.<field>`; a column feeds one field, so taking it
 * for one field releases it from any other.
 */
export function resolveMapping<Field extends string>(
  headers: readonly string[],
  aliases: FieldAliases<Field>,
  overrides: Partial<Record<Field, string | null>> | undefined,
  /** An importer's own reading of the automatic mapping (what a header means in its kind of sheet). */
  adjust?: (automatic: Record<Field, string | null>) => void,
): { mapping: Record<Field, string | null>; unmapped: string[] } {
  const { mapping } = mapHeaders(headers, aliases);
  adjust?.(mapping);
  const fields = Object.keys(aliases) as Field[];
  for (const [field, header] of Object.entries(overrides ?? {}) as [Field, string | null | undefined][]) {
    if (header === undefined) continue;
    if (header !== null && !headers.includes(header)) {
      throw invalidInput(['mapping', field], `The file has no column "${header}"`, 'imports.noSuchColumn', {
        header,
      });
    }
    if (header !== null) {
      for (const other of fields) if (mapping[other] === header) mapping[other] = null;
    }
    mapping[field] = header;
  }
  const used = new Set(Object.values(mapping).filter((h): h is string => h !== null));
  return { mapping, unmapped: headers.filter((h) => !used.has(h)) };
}

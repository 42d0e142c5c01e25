import type { CsvEncoding } from './tableFile';

/**
 * Decodes CSV bytes, detecting the encoding the way the files actually arrive: web back-ends write UTF-8
 * with a BOM, Excel on Chinese Windows saves "CSV" as GBK, and "Unicode text" exports are UTF-16LE.
 *
 * Without a BOM, UTF-8 is tried strictly first and GBK is used only when the bytes are not valid UTF-8.
 * That order is safe: Chinese GBK text almost never forms valid UTF-8 sequences, while pure ASCII decodes
 * the same either way. A file that is neither valid UTF-8 nor valid GBK yields null.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeStrict(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), 'utf-16be', 'utf-16be');
  return decodeStrict(bytes, 'utf-8', 'utf-8') ?? decodeStrict(bytes, 'gbk', 'gbk');
}

function decodeStrict(
  bytes: Uint8Array,
  label: string,
  encoding: CsvEncoding,
): { text: string; encoding: CsvEncoding } | null {
  try {
    // ignoreBOM: the BOM was already consumed above; a second one would be data.
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return null; // not valid in this encoding; the caller tries the next one or reports the file
  }
}

/**
 * Share of control characters (other than tab, newlines, form feed) in the decoded text. A binary file
 * without NUL bytes can still decode as GBK; real tables have essentially none of these.
 */
export function controlCharacterRatio(text: string, sampleLength = 64 * 1024): number {
  const sample = text.slice(0, sampleLength);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (isBinaryControl(sample.charCodeAt(i))) controls += 1;
  }
  return controls / sample.length;
}

// C0 controls and DEL, except tab (9), line feed (10), form feed (12) and carriage return (13).
function isBinaryControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127;
}

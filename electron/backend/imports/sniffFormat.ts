/**
 * What an uploaded file really is, judged by its first bytes rather than its name: back-ends export
 * tab-separated text named `.xls`, users rename files, and a wrong pick in the file dialog must produce
 * a clear message instead of a screen of mojibake.
 */
export type SniffedFormat =
  | { kind: 'zip' } // XLSX is a ZIP package; readXlsx checks it really is a workbook
  | { kind: 'text' }
  | { kind: 'legacy_office' } // OLE2: Excel 97–2003 .xls, or any password-protected Office file
  | { kind: 'binary'; description: string };

const signatures: readonly { bytes: readonly number[]; offset?: number; description: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], description: 'a GIF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, description: 'a WebP image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], description: 'a PDF document' },
  { bytes: [0x1f, 0x8b], description: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], description: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], description: 'a 7-Zip archive' },
];

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return prefix.every((b, i) => bytes[offset + i] === b);
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return { kind: 'zip' };
  if (startsWith(bytes, OLE2_HEADER)) return { kind: 'legacy_office' };
  for (const signature of signatures) {
    if (startsWith(bytes, signature.bytes, signature.offset))
      return { kind: 'binary', description: signature.description };
  }
  // UTF-16 text is full of NUL bytes, so it has to be recognised (by its BOM) before the NUL test.
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom))) return { kind: 'text' };
  // Text files never contain NUL; virtually every binary format does within its first few KB.
  if (bytes.subarray(0, 64 * 1024).includes(0)) return { kind: 'binary', description: 'a binary file' };
  return { kind: 'text' };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxRecords } from '../../electron/backend/imports/readXlsx';
import { readZipDirectory } from '../../electron/backend/imports/zipDirectory';
import { zipEntriesAreWhole } from '../../electron/backend/imports/zipIntegrity';

const workbook = readFileSync(join(__dirname, '../fixtures/content/plan-zh.xlsx'));
const entries = readZipDirectory(workbook)!;

/** Where each entry's stored bytes lie (after its local header, name and extra field). */
function dataRange(bytes: Uint8Array, localHeaderOffset: number, compressedSize: number): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    localHeaderOffset +
    30 +
    view.getUint16(localHeaderOffset + 26, true) +
    view.getUint16(localHeaderOffset + 28, true);
  return [start, start + compressedSize];
}

const withByteFlipped = (at: number): Buffer => {
  const copy = Buffer.from(workbook);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
};

describe('a workbook is checked whole before it is streamed', () => {
  it('finds a genuine workbook whole', () => {
    expect(entries.length).toBeGreaterThan(3);
    expect(zipEntriesAreWhole(workbook, entries)).toBe(true);
  });

  it('finds any damaged byte inside any part of the package', () => {
    for (const entry of entries) {
      const [start, end] = dataRange(workbook, entry.localHeaderOffset, entry.compressedSize);
      for (let at = start; at < end; at += Math.max(1, Math.floor((end - start) / 12))) {
        const damaged = withByteFlipped(at);
        expect(zipEntriesAreWhole(damaged, readZipDirectory(damaged)!), `${entry.name} byte ${at}`).toBe(
          false,
        );
      }
    }
  });

  it('finds a local header that disagrees with the directory', () => {
    const damaged = withByteFlipped(entries[1]!.localHeaderOffset + 18);
    expect(zipEntriesAreWhole(damaged, readZipDirectory(damaged)!)).toBe(false);
  });

  it('refuses a damaged workbook as unreadable instead of waiting on it', async () => {
    // A flipped byte early in the workbook's relationships part: exceljs's streaming reader, fed this, never
    // settled (the import's preview job waited forever; found by the importer fuzz).
    const rels = entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels')!;
    const [start] = dataRange(workbook, rels.localHeaderOffset, rels.compressedSize);
    await expect(
      readXlsxRecords(withByteFlipped(start + 5), 'plan.xlsx', { maxBytes: 20_000_000, maxRows: 20_000 }),
    ).rejects.toMatchObject({ reason: 'unreadable_file' });
  });
});

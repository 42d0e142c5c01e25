import { Inflate } from 'fflate';
import type { ZipEntry } from './zipDirectory';

/**
 * Whether every entry of an archive is whole: its local header agrees with the central directory and its
 * data inflates to exactly the recorded size and CRC-32. exceljs's streaming reader never settles on some
 * damaged packages (a flipped byte inside a deflated sheet leaves it waiting for an entry that never ends),
 * so a workbook is checked here first and refused as damaged instead. Inflation is streamed in slices and
 * stops at the recorded size, so memory stays at one slice and a lying size cannot expand without bound.
 */
export function zipEntriesAreWhole(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return entries.every((entry) => entryIsWhole(bytes, view, entry));
}

const LOCAL_FILE_HEADER = 0x04034b50;
const SIZES_AFTER_DATA = 0x8;
const SLICE = 64 * 1024;

function entryIsWhole(bytes: Uint8Array, view: DataView, entry: ZipEntry): boolean {
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_FILE_HEADER) return false;
  if (view.getUint16(at + 6, true) !== entry.flags || view.getUint16(at + 8, true) !== entry.method)
    return false;
  if ((entry.flags & SIZES_AFTER_DATA) === 0) {
    if (view.getUint32(at + 14, true) !== entry.crc32) return false;
    if (view.getUint32(at + 18, true) !== entry.compressedSize) return false;
    if (view.getUint32(at + 22, true) !== entry.uncompressedSize) return false;
  }
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return false;
  const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 30, at + 30 + nameLength));
  if (name !== entry.name) return false;
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.byteLength === entry.uncompressedSize && crc32(data) === entry.crc32;
  if (entry.method !== 8) return false;
  return inflatesTo(data, entry.uncompressedSize, entry.crc32);
}

function inflatesTo(data: Uint8Array, size: number, expectedCrc: number): boolean {
  let produced = 0;
  let crc = 0xffffffff;
  let tooLong = false;
  const inflate = new Inflate((chunk) => {
    produced += chunk.byteLength;
    if (produced > size) tooLong = true;
    else crc = crcUpdate(crc, chunk);
  });
  try {
    for (let offset = 0; offset < data.byteLength && !tooLong; offset += SLICE) {
      const end = Math.min(data.byteLength, offset + SLICE);
      inflate.push(data.subarray(offset, end), end === data.byteLength);
    }
    if (data.byteLength === 0) inflate.push(new Uint8Array(0), true);
  } catch {
    return false;
  }
  return !tooLong && produced === size && (crc ^ 0xffffffff) >>> 0 === expectedCrc;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crcUpdate(crc: number, chunk: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < chunk.byteLength; i++) c = CRC_TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

const crc32 = (data: Uint8Array): number => (crcUpdate(0xffffffff, data) ^ 0xffffffff) >>> 0;

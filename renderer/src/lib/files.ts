import type { ExportFile } from '../../../shared/content/model';

/** A picked file as base64 for the import API (the backend detects CSV/XLSX and the encoding itself). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** Offers an exported text file (CSV, .ics) as a download; works the same in the browser and in Electron. */
export function downloadExport(file: ExportFile): void {
  // A Blob of a string holds its UTF-8 bytes: the same bytes the backend wrote (BOM included).
  offerDownload(new Blob([file.content], { type: file.mimeType }), file.fileName);
}

/** Offers a binary file the backend sent as base64 (e.g. a signed .mdoffer) as a download. */
export function downloadBase64(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  offerDownload(new Blob([bytes], { type: file.mimeType }), file.fileName);
}

function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

import type { ExportFile } from '../../../../shared/content/model';

/** A picked file as base64 for the import API (the backend detects CSV/XLSX and the encoding itself). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** Offers an exported file as a download; works the same in the browser and in Electron's window. */
export function downloadExport(file: ExportFile): void {
  // A Blob of a string holds its UTF-8 bytes: the same bytes the backend wrote (BOM included).
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

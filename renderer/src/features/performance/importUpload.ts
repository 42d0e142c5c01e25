import { call } from '../../lib/api';

/** Chunk size for uploads: small enough for a smooth progress bar, large enough to be quick over IPC. */
const CHUNK_BYTES = 512 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

export interface UploadResult {
  sessionId: string;
  headers: string[];
  /** Null for a CSV: its rows are counted by the preview's read, not at the end of the upload. */
  totalRows: number | null;
}

/**
 * Sends a file to an import session chunk by chunk, reporting progress. Cancelling stops after the
 * chunk in flight and discards the session on the server, so nothing of the file stays behind.
 */
export async function uploadInChunks(
  workspaceId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<UploadResult | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let sessionId: string | undefined;
  let offset = 0;
  try {
    do {
      if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
      const last = offset + chunk.length >= bytes.length;
      const answer = await call('metrics.importUpload', {
        workspaceId,
        fileName: file.name,
        ...(sessionId ? { sessionId } : {}),
        offset,
        chunkBase64: toBase64(chunk),
        last,
      });
      sessionId = answer.sessionId;
      offset += chunk.length;
      onProgress(bytes.length === 0 ? 1 : offset / bytes.length);
      if (last) return { sessionId, headers: answer.headers ?? [], totalRows: answer.totalRows };
    } while (offset < bytes.length);
    return null;
  } catch (err) {
    if (sessionId) void call('metrics.importCancel', { sessionId }).catch(() => undefined);
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  }
}

import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * A marker written after a clean close, holding the file's size and modification time. At the next
 * open a matching marker (and no leftover WAL) proves nothing touched the file since we closed it
 * cleanly, so the seconds-long full integrity check can run in the background instead of blocking the
 * start. A crash, a kill, a copy from elsewhere or any outside change leaves no match: full check first.
 */
const markerPath = (dbPath: string) => `${dbPath}.clean`;

interface Marker {
  size: number;
  mtimeMs: number;
}

export function writeCleanShutdownMarker(dbPath: string): void {
  try {
    const info = statSync(dbPath);
    const marker: Marker = { size: info.size, mtimeMs: info.mtimeMs };
    writeFileSync(markerPath(dbPath), JSON.stringify(marker));
  } catch {
    // No marker only means a full check at the next start: never a reason to fail a close.
  }
}

/** Reads and removes the marker: true when the last session ended cleanly and the file is unchanged. */
export function consumeCleanShutdownMarker(dbPath: string): boolean {
  const path = markerPath(dbPath);
  if (!existsSync(path)) return false;
  try {
    const marker = JSON.parse(readFileSync(path, 'utf8')) as Partial<Marker>;
    const info = statSync(dbPath);
    const wal = `${dbPath}-wal`;
    const walEmpty = !existsSync(wal) || statSync(wal).size === 0;
    return walEmpty && marker.size === info.size && marker.mtimeMs === info.mtimeMs;
  } catch {
    return false;
  } finally {
    rmSync(path, { force: true });
  }
}

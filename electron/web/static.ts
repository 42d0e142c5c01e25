import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/*
 * The renderer's files are read once and kept (the first screen asks for two dozen chunks at once, and a fresh
 * browser profile asks again on every start); a stat per request still notices a rebuilt file.
 */
const cache = new Map<string, { mtimeMs: number; size: number; file: StaticFile }>();

/** Resolves a URL path inside `root` only; anything escaping it (../, encoded or not) is not served. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    const info = await stat(full);
    if (!info.isFile()) return undefined;
    const cached = cache.get(full);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.file;
    const file = {
      body: await readFile(full),
      contentType: contentTypes[extname(full).toLowerCase()] ?? 'application/octet-stream',
    };
    cache.set(full, { mtimeMs: info.mtimeMs, size: info.size, file });
    return file;
  } catch {
    return undefined;
  }
}

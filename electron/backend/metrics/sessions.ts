import type { BackendContext } from '../context';
import { invalidInput, notFound } from '../errors';
import type { TableFile } from '../imports/tableFile';
import { DEFAULT_MAX_BYTES } from '../imports/tableFile';
import type { ParsedImport } from './parseImport';

/**
 * Import sessions: the uploaded bytes, the table read from them and the last preview, kept in memory
 * between the calls of one import (upload chunks → preview, re-preview with a corrected mapping →
 * commit or cancel). Nothing reaches the database before the commit, which writes in one transaction,
 * so cancelling (or closing the app) at any point leaves the data exactly as it was.
 */
export interface ImportSession {
  id: string;
  workspaceId: string;
  fileName: string;
  chunks: Buffer[];
  receivedBytes: number;
  table: TableFile | null;
  parsed: ParsedImport | null;
  touchedAt: number;
}

const SESSION_TTL_MS = 60 * 60 * 1000;
const MAX_SESSIONS = 8;

const stores = new WeakMap<BackendContext, Map<string, ImportSession>>();

function storeOf(ctx: BackendContext): Map<string, ImportSession> {
  let store = stores.get(ctx);
  if (!store) {
    store = new Map();
    stores.set(ctx, store);
  }
  const now = ctx.now().getTime();
  for (const [id, s] of store) if (now - s.touchedAt > SESSION_TTL_MS) store.delete(id);
  return store;
}

export function createSession(ctx: BackendContext, workspaceId: string, fileName: string): ImportSession {
  const store = storeOf(ctx);
  // Oldest sessions go first when a user starts many imports without finishing them.
  while (store.size >= MAX_SESSIONS) {
    const oldest = [...store.values()].sort((a, b) => a.touchedAt - b.touchedAt)[0];
    if (!oldest) break;
    store.delete(oldest.id);
  }
  const session: ImportSession = {
    id: ctx.newId(),
    workspaceId,
    fileName,
    chunks: [],
    receivedBytes: 0,
    table: null,
    parsed: null,
    touchedAt: ctx.now().getTime(),
  };
  store.set(session.id, session);
  return session;
}

export function requireSession(ctx: BackendContext, id: string): ImportSession {
  const session = storeOf(ctx).get(id);
  if (!session)
    throw notFound('Import session', `${id} (expired or already committed; start the import again)`);
  session.touchedAt = ctx.now().getTime();
  return session;
}

export function discardSession(ctx: BackendContext, id: string): boolean {
  return storeOf(ctx).delete(id);
}

export function appendChunk(session: ImportSession, offset: number, bytes: Uint8Array): void {
  if (session.table) throw invalidInput(['sessionId'], 'This upload is complete; start a new one');
  if (offset !== session.receivedBytes) {
    throw invalidInput(['offset'], `Expected the chunk at byte ${session.receivedBytes}, got ${offset}`);
  }
  if (session.receivedBytes + bytes.byteLength > DEFAULT_MAX_BYTES) {
    throw invalidInput(
      ['chunkBase64'],
      `The file is larger than ${DEFAULT_MAX_BYTES / 1024 / 1024} MB; split it into smaller files`,
    );
  }
  session.chunks.push(Buffer.from(bytes));
  session.receivedBytes += bytes.byteLength;
}

export function sessionBytes(session: ImportSession): Uint8Array {
  return new Uint8Array(Buffer.concat(session.chunks));
}

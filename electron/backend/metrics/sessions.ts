import type { BackendContext } from '../context';
import { invalidInput, invalidState, notFound } from '../errors';
import type { CsvLayout, RowSource } from '../imports/rowSource';
import type { ImportPlan } from './import/plan';
import type { PreviewedRows } from './import/previewedRows';

/**
 * Performance exports are the big files users bring (a year of daily rows per content item): CSV up to
 * these limits is read as a stream; XLSX keeps the general import limits (exceljs reads it whole).
 */
export const METRICS_MAX_BYTES = 200 * 1024 * 1024;
export const METRICS_MAX_ROWS = 2_000_000;

/**
 * Import sessions: the uploaded bytes, the table read from them and the last preview, kept in memory
 * between the calls of one import (upload chunks → preview, re-preview with a corrected mapping →
 * commit or cancel). The file is kept as its bytes and read again row by row on each pass, never as
 * row objects. Nothing reaches the database before the commit, which writes in one transaction,
 * so cancelling (or closing the app) at any point leaves the data exactly as it was.
 */
export interface ImportSession {
  id: string;
  workspaceId: string;
  fileName: string;
  chunks: Buffer[];
  receivedBytes: number;
  /** The whole file once the last chunk arrived. */
  bytes: Uint8Array | null;
  source: RowSource | null;
  /**
   * The CSV's layout (columns, row count) once a full read found it: the first read may be a preview job's
   * (in its worker), which hands it back so later reads skip the counting pass.
   */
  layout: CsvLayout | null;
  /** What the last preview decided (mapping, granularity, counts): exactly what a commit writes. */
  plan: ImportPlan | null;
  /** The preview job whose result becomes `plan` (a later preview supersedes an earlier one). */
  previewJobId: string | null;
  /**
   * The valid rows the preview behind `plan` kept, so a commit writes them without reading the file
   * again; tied to that plan (a later preview replaces it) and to the bytes it read.
   */
  kept: { plan: ImportPlan; bytes: Uint8Array; rows: PreviewedRows } | null;
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
    bytes: null,
    source: null,
    layout: null,
    plan: null,
    previewJobId: null,
    kept: null,
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

/** The session if it still exists (a job finishing after the user left the import finds none). */
export function findSession(ctx: BackendContext, id: string): ImportSession | undefined {
  return storeOf(ctx).get(id);
}

export function discardSession(ctx: BackendContext, id: string): boolean {
  return storeOf(ctx).delete(id);
}

export function appendChunk(session: ImportSession, offset: number, bytes: Uint8Array): void {
  if (session.bytes) {
    throw invalidInput(
      ['sessionId'],
      'This upload is complete; start a new one',
      'metricsImport.uploadComplete',
    );
  }
  if (offset !== session.receivedBytes) {
    throw invalidInput(
      ['offset'],
      `Expected the chunk at byte ${session.receivedBytes}, got ${offset}`,
      'metricsImport.chunkOutOfOrder',
      { expected: session.receivedBytes, got: offset },
    );
  }
  if (session.receivedBytes + bytes.byteLength > METRICS_MAX_BYTES) {
    throw invalidInput(
      ['chunkBase64'],
      `The file is larger than ${METRICS_MAX_BYTES / 1024 / 1024} MB; split it into smaller files`,
      'metricsImport.fileTooLarge',
      { megabytes: METRICS_MAX_BYTES / 1024 / 1024 },
    );
  }
  session.chunks.push(Buffer.from(bytes));
  session.receivedBytes += bytes.byteLength;
}

/** Joins the chunks once, after the last one; the chunk list is dropped so the file is held once. */
export function completeUpload(session: ImportSession): Uint8Array {
  session.bytes ??= Buffer.concat(session.chunks);
  session.chunks = [];
  return session.bytes;
}

/**
 * Sets what a preview decided, and the rows it kept from the file's `bytes`. Only the latest preview of the
 * whole backend keeps its rows (up to ~90 MB for a big export): another session's kept rows are let go,
 * and that session's commit reads its file again.
 */
export function setPlan(
  ctx: BackendContext,
  session: ImportSession,
  plan: ImportPlan | null,
  kept?: { rows: PreviewedRows | null; bytes: Uint8Array },
): void {
  session.plan = plan;
  session.kept = null;
  if (!plan || !kept?.rows) return;
  for (const other of storeOf(ctx).values()) other.kept = null;
  session.kept = { plan, bytes: kept.bytes, rows: kept.rows };
}

/**
 * The rows kept by the preview behind `plan`, or null when there are none (never kept, or let go). Rows
 * kept from other bytes than the session now holds are refused: what the user previewed is not the file
 * that would be written.
 */
export function keptRows(session: ImportSession, plan: ImportPlan): PreviewedRows | null {
  const kept = session.kept;
  if (!kept || kept.plan !== plan) return null;
  if (kept.bytes !== session.bytes) {
    throw invalidState(
      'The file changed after its preview; preview it again before importing',
      'metricsImport.fileChanged',
    );
  }
  return kept.rows;
}

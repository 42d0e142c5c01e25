/**
 * Metrics import throughput: a platform export of `rows` daily rows uploaded in chunks, previewed and
 * committed as a job (worker thread), against the same rows written by a raw prepared upsert in one
 * transaction in the same process. Each side gets a fresh database with the same 40 accounts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../../electron/backend/app';
import type { MethodInput } from '../../../shared/api/contract';
import type { Figure } from './measure';

const CHUNK = 512 * 1024;
const ACCOUNTS = 40;

export async function call(b: Backend, method: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await b.router(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

export async function freshClient(): Promise<{
  b: Backend;
  dir: string;
  workspaceId: string;
  handles: string[];
}> {
  const dir = mkdtempSync(join(tmpdir(), 'matrixdesk-bench-import-'));
  const b = await openBackend(dir);
  const workspaceId = (
    await call(b, 'workspaces.create', { name: '导入基准', industry: 'beauty_personal_care' })
  )['id'] as string;
  const handles: string[] = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    handles.push(`import_${i}`);
    await call(b, 'accounts.create', {
      workspaceId,
      role: i % 2 ? 'sales' : 'brand',
      handle: `import_${i}`,
      displayName: `导入账号${i}`,
    } as MethodInput<'accounts.create'>);
  }
  return { b, dir, workspaceId, handles };
}

export function exportCsv(handles: readonly string[], rows: number): Buffer {
  const days = Math.ceil(rows / handles.length);
  const start = Date.UTC(1990, 0, 1);
  const lines = ['日期,账号,播放量,点赞,评论,分享,收藏,涨粉,订单数,成交金额'];
  let n = 0;
  for (let d = 0; d < days && n < rows; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const handle of handles) {
      if (n++ >= rows) break;
      const v = 1000 + ((d * 7 + n) % 90_000);
      lines.push(
        `${date},${handle},${v},${v >> 4},${v >> 7},${v >> 8},${v >> 8},${v >> 9},${v >> 8},${(v * 1.3).toFixed(2)}`,
      );
    }
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function waitForJob(b: Backend, id: string): Promise<Record<string, unknown>> {
  for (;;) {
    const job = await call(b, 'jobs.get', { id });
    if (['succeeded', 'failed', 'cancelled'].includes(job['state'] as string)) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Uploads the file in 512 KB chunks as the app does; answers the upload session's id. */
export async function uploadInChunks(
  client: { b: Backend; workspaceId: string },
  file: Buffer,
): Promise<string> {
  let sessionId: string | undefined;
  for (let offset = 0; offset < file.length; offset += CHUNK) {
    const answer = await call(client.b, 'metrics.importUpload', {
      workspaceId: client.workspaceId,
      fileName: 'export.csv',
      ...(sessionId ? { sessionId } : {}),
      offset,
      chunkBase64: file.subarray(offset, offset + CHUNK).toString('base64'),
      last: offset + CHUNK >= file.length,
    });
    sessionId = answer['sessionId'] as string;
  }
  return sessionId!;
}

/**
 * The raw side, prepared untimed: the file's rows split into bound values and one prepared upsert. The
 * function returned writes them in one transaction: the part the benches time.
 */
export function prepareRawUpsert(client: { b: Backend; workspaceId: string }, file: Buffer): () => void {
  const db = client.b.context.db;
  const byHandle = new Map(
    db
      .prepare<[string], { id: string; handle: string }>(
        'SELECT id, handle FROM accounts WHERE workspace_id = ?',
      )
      .all(client.workspaceId)
      .map((r) => [r.handle, r.id]),
  );
  const values: (string | number)[][] = [];
  const lines = file
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);
  for (const line of lines) {
    const c = line.split(',');
    values.push([
      byHandle.get(c[1]!)!,
      'day',
      c[0]!,
      ...c.slice(2, 9).map(Number),
      Math.round(Number(c[9]) * 100),
    ]);
  }
  const upsert = db.prepare(
    `INSERT INTO account_metrics (account_id, granularity, period_start, views, likes, comments, shares, saves,
       new_followers, orders, gmv_fen, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'raw', '2026-01-01T00:00:00Z')
     ON CONFLICT (account_id, granularity, period_start) DO UPDATE SET views = excluded.views, likes = excluded.likes,
       comments = excluded.comments, shares = excluded.shares, saves = excluded.saves,
       new_followers = excluded.new_followers, orders = excluded.orders, gmv_fen = excluded.gmv_fen`,
  );
  return () => {
    db.transaction(() => {
      for (const v of values) upsert.run(...v);
    })();
  };
}

export async function measureImport(rows: number): Promise<Figure[]> {
  const ours = await freshClient();
  const file = exportCsv(ours.handles, rows);
  const figures: Figure[] = [];
  try {
    let t0 = performance.now();
    const sessionId = await uploadInChunks(ours, file);
    const uploadMs = performance.now() - t0;
    t0 = performance.now();
    const preview = await call(ours.b, 'metrics.importPreview', { workspaceId: ours.workspaceId, sessionId });
    const previewMs = performance.now() - t0;
    t0 = performance.now();
    const { jobId } = (await call(ours.b, 'metrics.importStart', { sessionId })) as { jobId: string };
    const job = await waitForJob(ours.b, jobId);
    const jobMs = performance.now() - t0;

    // Raw: the same rows, already as bound values, one prepared upsert in one transaction.
    const raw = await freshClient();
    const writeRaw = prepareRawUpsert(raw, file);
    t0 = performance.now();
    writeRaw();
    const rawMs = performance.now() - t0;
    raw.b.close();
    rmSync(raw.dir, { recursive: true, force: true });

    const perSecond = (ms: number) => Math.round(rows / (ms / 1000));
    figures.push({
      figure: 'metrics import',
      rows,
      megabytes: Math.round((file.length / 1024 / 1024) * 10) / 10,
      state: job['state'],
      result: job['result'],
      previewRows: preview['totalRows'],
      uploadMs: Math.round(uploadMs),
      previewMs: Math.round(previewMs),
      jobMs: Math.round(jobMs),
      jobRowsPerSecond: perSecond(jobMs),
      rawMs: Math.round(rawMs),
      rawRowsPerSecond: perSecond(rawMs),
      jobToRaw: Math.round((rawMs / jobMs) * 1000) / 1000,
      previewPlusJobToRaw: Math.round((rawMs / (previewMs + jobMs)) * 1000) / 1000,
    });
  } finally {
    ours.b.close();
    rmSync(ours.dir, { recursive: true, force: true });
  }
  return figures;
}

/**
 * Metrics import throughput, focused: the same platform export of `--rows` daily rows (default 200,000)
 * written (a) by a raw prepared upsert in one transaction, the rows already split into bound values, and
 * (b) by the full job path: chunked upload, preview, `metrics.importStart`, the job's worker thread
 * re-reading the file and writing it, polled until done. Runs alternate raw/job on fresh databases
 * (`--runs`, default 3); printed as JSON lines, then the medians and their ratio. Never asserted. Wall
 * times swing 2–5× on a shared, loaded machine; the process's CPU time (`cpuJobToRaw`: raw's CPU over
 * the job's, worker and polling included) is the steadier comparison.
 *
 *   npx electron-vite build   # the job runs the bundled worker (out/main/jobWorker.js), as the app does
 *   npx tsx test/bench/metricsImport.ts --rows 200000 --runs 3 [--profile /tmp/job-profiles]
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { call, exportCsv, freshClient, waitForJob } from './scale/importBench';

const CHUNK = 512 * 1024;

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** CPU time of the whole process (all threads) in ms: unlike wall time, hardly moved by other processes' load. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function rawRun(file: Buffer): Promise<{ wallMs: number; cpuMs: number }> {
  const raw = await freshClient();
  try {
    const db = raw.b.context.db;
    const byHandle = new Map(
      db
        .prepare<[string], { id: string; handle: string }>(
          'SELECT id, handle FROM accounts WHERE workspace_id = ?',
        )
        .all(raw.workspaceId)
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
    const t0 = performance.now();
    const c0 = cpuMs();
    db.transaction(() => {
      for (const v of values) upsert.run(...v);
    })();
    return { wallMs: performance.now() - t0, cpuMs: cpuMs() - c0 };
  } finally {
    raw.b.close();
    rmSync(raw.dir, { recursive: true, force: true });
  }
}

async function jobRun(
  file: Buffer,
): Promise<{ uploadMs: number; previewMs: number; jobMs: number; jobCpuMs: number; state: unknown }> {
  const ours = await freshClient();
  try {
    let t0 = performance.now();
    let sessionId: string | undefined;
    for (let offset = 0; offset < file.length; offset += CHUNK) {
      const answer = await call(ours.b, 'metrics.importUpload', {
        workspaceId: ours.workspaceId,
        fileName: 'export.csv',
        ...(sessionId ? { sessionId } : {}),
        offset,
        chunkBase64: file.subarray(offset, offset + CHUNK).toString('base64'),
        last: offset + CHUNK >= file.length,
      });
      sessionId = answer['sessionId'] as string;
    }
    const uploadMs = performance.now() - t0;
    t0 = performance.now();
    const previewJob = await call(ours.b, 'metrics.importPreviewStart', {
      workspaceId: ours.workspaceId,
      sessionId,
    });
    const preview = await waitForJob(ours.b, previewJob['jobId'] as string);
    if (preview['state'] !== 'succeeded') throw new Error(`preview ${JSON.stringify(preview['error'])}`);
    const previewMs = performance.now() - t0;
    t0 = performance.now();
    // The job's worker and this thread's polling: nothing else runs in the process meanwhile.
    const c0 = cpuMs();
    const { jobId } = (await call(ours.b, 'metrics.importStart', { sessionId })) as { jobId: string };
    const job = await waitForJob(ours.b, jobId);
    return {
      uploadMs,
      previewMs,
      jobMs: performance.now() - t0,
      jobCpuMs: cpuMs() - c0,
      state: job['state'],
    };
  } finally {
    ours.b.close();
    rmSync(ours.dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.env['MATRIXDESK_JOB_WORKER'] ??= join(__dirname, '..', '..', 'out', 'main', 'jobWorker.js');
  // --profile <dir>: a CPU profile of each job's worker thread in <dir> (see jobs/workerThread.ts).
  const profileAt = process.argv.indexOf('--profile');
  if (profileAt !== -1) process.env['MATRIXDESK_JOB_CPU_PROF'] = process.argv[profileAt + 1] ?? '.';
  const rows = arg('rows', 200_000);
  const runs = arg('runs', 3);
  const file = exportCsv(
    Array.from({ length: 40 }, (_, i) => `import_${i}`),
    rows,
  );
  const raws: number[] = [];
  const jobs: number[] = [];
  const rawCpus: number[] = [];
  const jobCpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { wallMs: rawMs, cpuMs: rawCpuMs } = await rawRun(file);
    const job = await jobRun(file);
    raws.push(rawMs);
    jobs.push(job.jobMs);
    rawCpus.push(rawCpuMs);
    jobCpus.push(job.jobCpuMs);
    console.log(
      JSON.stringify({
        run,
        rows,
        rawMs: Math.round(rawMs),
        rawCpuMs: Math.round(rawCpuMs),
        ...Object.fromEntries(
          Object.entries(job).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v) : v]),
        ),
        jobToRaw: Math.round((rawMs / job.jobMs) * 1000) / 1000,
        cpuJobToRaw: Math.round((rawCpuMs / job.jobCpuMs) * 1000) / 1000,
        load: loadavg().map((l) => Math.round(l * 100) / 100),
      }),
    );
  }
  const rawMs = median(raws);
  const jobMs = median(jobs);
  console.log(
    JSON.stringify({
      figure: 'metrics import, medians',
      rows,
      runs,
      rawMs: Math.round(rawMs),
      rawRowsPerSecond: Math.round(rows / (rawMs / 1000)),
      jobMs: Math.round(jobMs),
      jobRowsPerSecond: Math.round(rows / (jobMs / 1000)),
      jobToRaw: Math.round((rawMs / jobMs) * 1000) / 1000,
      rawCpuMs: Math.round(median(rawCpus)),
      jobCpuMs: Math.round(median(jobCpus)),
      cpuJobToRaw: Math.round((median(rawCpus) / median(jobCpus)) * 1000) / 1000,
      load: loadavg().map((l) => Math.round(l * 100) / 100),
    }),
  );
}

void main();

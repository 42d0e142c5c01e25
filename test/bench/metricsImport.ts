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
import {
  call,
  exportCsv,
  freshClient,
  prepareRawUpsert,
  uploadInChunks,
  waitForJob,
} from './scale/importBench';

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
    const writeRaw = prepareRawUpsert(raw, file);
    const t0 = performance.now();
    const c0 = cpuMs();
    writeRaw();
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
    const sessionId = await uploadInChunks(ours, file);
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

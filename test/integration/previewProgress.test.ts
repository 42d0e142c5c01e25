import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job, JobProgressUnit } from '../../shared/domain/jobs';
import { previewImport as previewContentImport } from '../../electron/backend/content/import';
import { previewCreatorImport } from '../../electron/backend/creators/import';
import { analyseImport, previewOf } from '../../electron/backend/liveSessions/import';
import { ANALYSIS_REPORTS, type AnalysisHooks } from '../../electron/backend/imports/analysisProgress';
import { jobRunner } from '../../electron/backend/jobs/runner';
import { snapshotTables, type TestBackend } from '../support/backend';
import { backendWithSalesAccounts, closeReleasingJobs } from '../support/jobsWorkspace';

/**
 * Content, creator and live-session previews report the file read as it streams (bytes) and then rows
 * analysed, together at a bounded rate, and stop at a cancel in either phase, in process and as jobs;
 * a stopped preview wrote nothing.
 */
let t: TestBackend;
let workspaceId: string;
const ROWS = 600;

// Worker threads started from TypeScript sources take a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`).toString('base64');
const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

const files = {
  content: () =>
    csv([
      '账号,标题,形式,目标,内容支柱,状态,计划时间',
      ...Array.from(
        { length: ROWS },
        (_, i) => `@brand_store,新品种草第${i}条,短视频,种草,品牌故事,创意,${day(i)} 18:00`,
      ),
    ]),
  creators: () =>
    csv([
      '达人昵称,平台,抖音号,粉丝数',
      ...Array.from({ length: ROWS }, (_, i) => `达人${i},抖音,creator_${i},${10_000 + i}`),
    ]),
  live: () =>
    csv([
      'Account,Start time,End time,Viewers,GMV',
      ...Array.from(
        { length: ROWS },
        (_, i) => `@brand_store,${day(i)} 20:00,${day(i)} 22:00,${1000 + i},${5000 + i}.00`,
      ),
    ]),
};

type Kind = keyof typeof files;
const previews: Record<Kind, (hooks?: AnalysisHooks) => Promise<unknown>> = {
  content: (hooks) =>
    previewContentImport(
      t.backend.context,
      { workspaceId, fileName: 'plan.csv', base64: files.content() },
      hooks,
    ),
  creators: (hooks) =>
    previewCreatorImport(
      t.backend.context,
      { workspaceId, fileName: 'roster.csv', base64: files.creators() },
      hooks,
    ),
  live: async (hooks) =>
    previewOf(
      t.backend.context,
      await analyseImport(
        t.backend.context,
        { workspaceId, fileName: 'sessions.csv', base64: files.live() },
        hooks,
      ),
    ),
};
const startMethods = {
  content: 'content.importPreviewStart',
  creators: 'creators.importPreviewStart',
  live: 'liveSessions.importPreviewStart',
} as const;

class Stop extends Error {}
interface Report {
  done: number;
  total: number | null;
  unit: JobProgressUnit;
}

describe('previews report the read and the analysis, and stop at cancel', () => {
  beforeEach(async () => {
    ({ t, workspaceId } = await backendWithSalesAccounts('直播品牌', [
      { handle: 'brand_store', displayName: '旗舰店' },
    ]));
  });
  afterEach(() => closeReleasingJobs(t));

  it.each(Object.keys(files) as Kind[])(
    '%s: bytes read, then rows analysed, rise a bounded number of times before the end',
    async (kind) => {
      const size = Buffer.from(files[kind](), 'base64').byteLength;
      const reports: Report[] = [];
      const preview = await previews[kind]({
        onProgress: (done, total, unit = 'units') => reports.push({ done, total, unit }),
        checkpoint: () => undefined,
      });
      // The same preview as without hooks: reporting changes nothing of what is read or analysed.
      expect(preview).toEqual(await previews[kind]());
      expect(reports.length).toBeLessThanOrEqual(ANALYSIS_REPORTS);
      const read = reports.filter((r) => r.unit === 'characters');
      const analysed = reports.filter((r) => r.unit === 'units');
      // The read comes first and reports several times while the file is parsed.
      expect(reports.slice(0, read.length)).toEqual(read);
      expect(read.length).toBeGreaterThan(5);
      expect(analysed.length).toBeGreaterThan(5);
      for (const [phase, total] of [
        [read, size],
        [analysed, ROWS],
      ] as const) {
        for (const [i, { done, total: reported }] of phase.entries()) {
          expect(reported).toBe(total);
          expect(done).toBeLessThan(total);
          if (i > 0) expect(done).toBeGreaterThan(phase[i - 1]!.done);
        }
      }
    },
  );

  it.each(Object.keys(files) as Kind[])(
    '%s: a cancel while the file is read stops the parse: no row analysed, nothing written',
    async (kind) => {
      const before = snapshotTables(t.backend);
      const units: JobProgressUnit[] = [];
      let checks = 0;
      const stopped = previews[kind]({
        onProgress: (_done, _total, unit = 'units') => units.push(unit),
        checkpoint: () => {
          if (++checks === 3) throw new Stop();
        },
      });
      await expect(stopped).rejects.toBeInstanceOf(Stop);
      expect(units).toEqual(['characters', 'characters', 'characters']);
      expect(snapshotTables(t.backend)).toEqual(before);
    },
  );

  it.each(Object.keys(files) as Kind[])(
    '%s: a cancel mid-analysis stops it and nothing is written',
    async (kind) => {
      const before = snapshotTables(t.backend);
      let lastDone = 0;
      let unit: JobProgressUnit = 'characters';
      let analysedChecks = 0;
      const stopped = previews[kind]({
        onProgress: (done, _total, reported = 'units') => {
          unit = reported;
          if (unit === 'units') lastDone = done;
        },
        checkpoint: () => {
          if (unit === 'units' && ++analysedChecks === 3) throw new Stop();
        },
      });
      await expect(stopped).rejects.toBeInstanceOf(Stop);
      expect(lastDone).toBeGreaterThan(0);
      expect(lastDone).toBeLessThan(ROWS / 2);
      expect(snapshotTables(t.backend)).toEqual(before);
    },
  );

  it('as jobs: each reports its read while it runs, and a cancel ends it with nothing stored', async () => {
    const inputs = {
      content: { workspaceId, fileName: 'plan.csv', base64: files.content() },
      creators: { workspaceId, fileName: 'roster.csv', base64: files.creators() },
      live: { workspaceId, fileName: 'sessions.csv', base64: files.live() },
    };
    const before = snapshotTables(t.backend);
    for (const kind of Object.keys(files) as Kind[]) {
      jobRunner(t.backend.context).hold(true);
      const { jobId } = await t.call(startMethods[kind], inputs[kind]);
      let job: Job = await t.call('jobs.get', { id: jobId });
      for (let i = 0; i < 6000 && !(job.progress > 0); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        job = await t.call('jobs.get', { id: jobId });
      }
      // Held at its first checkpoint, inside the file's read: some of the file read, not all.
      expect(job, kind).toMatchObject({ state: 'running', progressUnit: 'characters' });
      expect(job.progress).toBeLessThan(job.total!);
      expect((await t.call('jobs.cancel', { id: jobId })).state).toBe('cancelled');
    }
    expect(snapshotTables(t.backend)).toEqual(before);
  });
});

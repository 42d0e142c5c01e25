import type { JobResult } from '../../../shared/domain/jobs';
import type { BackendContext } from '../context';
import { commitPreviewed } from '../metrics/import/commitPreviewed';
import { readProgress } from '../imports/analysisProgress';
import { analyseImport, commitImport as commitLiveImport } from '../liveSessions/import';
import { openMetricsFile } from '../metrics/import/session';
import { runForecastAll } from './forecastAll';
import { runPreviewJob } from './previewJobs';
import type { JobHooks, JobSpec } from './types';

/** Runs one job's body on the given connection (the worker's own). Each body writes in one transaction. */
export async function runJob(ctx: BackendContext, spec: JobSpec, hooks: JobHooks): Promise<JobResult> {
  switch (spec.kind) {
    case 'metrics.import': {
      const outcome = await commitPreviewed(
        ctx.db,
        {
          workspaceId: spec.workspaceId,
          timeZone: spec.timeZone,
          fileName: spec.fileName,
          plan: spec.plan,
          rows: spec.rows,
          skipInvalidRows: spec.skipInvalidRows,
          at: spec.at,
          // Read again only without kept rows; a file without a known layout (XLSX, or a preview's rows
          // let go before its layout came back) reports that read in bytes and stops there at a cancel.
          openSource: () => openMetricsFile(spec.fileName, spec.bytes, spec.layout, readProgress(hooks)),
        },
        hooks,
      );
      return { kind: 'metrics.import', sessionId: spec.sessionId, ...outcome };
    }
    case 'forecasts.runAll':
      return { kind: 'forecasts.runAll', ...runForecastAll(ctx, spec.input, hooks) };
    case 'liveSessions.import': {
      // The file's read reports the bytes read and stops at a cancel before anything is written; the rows'
      // check stops there too but reports nothing, so the bar goes once through the bytes, then once
      // through the sessions written (a preview job reports the check instead: it writes none).
      const analysed = await analyseImport(ctx, spec.input, {
        onProgress: (done, total, unit) => {
          if (unit === 'characters') hooks.onProgress(done, total, unit);
        },
        checkpoint: () => hooks.stopIfCancelled(),
      });
      return {
        kind: 'liveSessions.import',
        ...commitLiveImport(ctx, analysed, spec.input.skipInvalidRows, hooks),
      };
    }
    case 'metrics.preview':
    case 'content.preview':
    case 'creators.preview':
    case 'liveSessions.preview':
      return runPreviewJob(ctx, spec, hooks);
  }
}

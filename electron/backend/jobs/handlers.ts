import type { HandlerSlice } from '../handlers';
import type { jobsContract } from '../../../shared/api/jobs';
import { listAccounts } from '../accounts/repo';
import { assertCommittable } from '../metrics/import/commit';
import { sessionToCommit } from '../metrics/import/session';
import { requireWorkspace } from '../workspaces/guards';
import { discardSession, keptRows } from '../metrics/sessions';
import { jobRunner } from './runner';
import { analyseImport, committableRows } from '../liveSessions/import';
import { previewJobHandlers } from './previewHandlers';

export const jobHandlers = {
  ...previewJobHandlers,

  'jobs.get': ({ id }, ctx) => jobRunner(ctx).get(id),

  'jobs.cancel': ({ id }, ctx) => jobRunner(ctx).cancel(id),

  'metrics.importStart': async (input, ctx) => {
    const { session, plan, timeZone } = await sessionToCommit(ctx, input);
    const skipInvalidRows = input.skipInvalidRows ?? input.skipInvalid ?? false;
    // Refused here, not in the worker: the caller learns at once what is wrong with the file.
    assertCommittable(plan, skipInvalidRows);
    const job = jobRunner(ctx).start(
      session.workspaceId,
      {
        kind: 'metrics.import',
        workspaceId: session.workspaceId,
        sessionId: session.id,
        timeZone,
        fileName: session.fileName,
        bytes: session.bytes!,
        layout: session.layout,
        plan,
        rows: keptRows(session, plan),
        skipInvalidRows,
        at: ctx.now().toISOString(),
      },
      { total: plan.validRows, onSucceeded: () => discardSession(ctx, session.id) },
    );
    return { jobId: job.id };
  },

  'liveSessions.importStart': async (input, ctx) => {
    // Read and checked here, so a file with errors is refused at once; the job reads it again and writes.
    const analysed = await analyseImport(ctx, input);
    const total = committableRows(analysed, input.skipInvalidRows).length;
    const job = jobRunner(ctx).start(
      input.workspaceId,
      { kind: 'liveSessions.import', workspaceId: input.workspaceId, input },
      { total },
    );
    return { jobId: job.id };
  },

  'forecasts.runAll': (input, ctx) => {
    requireWorkspace(ctx, input.workspaceId);
    const total = listAccounts(ctx.db, input.workspaceId, false).length;
    const job = jobRunner(ctx).start(
      input.workspaceId,
      { kind: 'forecasts.runAll', workspaceId: input.workspaceId, input },
      { total },
    );
    return { jobId: job.id };
  },
} satisfies HandlerSlice<typeof jobsContract>;

import type { HandlerSlice } from '../handlers';
import type { jobsContract } from '../../../shared/api/jobs';
import type { BackendContext } from '../context';
import { civilDayIn } from '../../../shared/parsing/partialDate';
import { requireWorkspace } from '../workspaces/guards';
import { completeUpload, findSession, setPlan } from '../metrics/sessions';
import { planOf } from '../metrics/import/plan';
import { chosenAccount } from '../metrics/import/preview';
import { importAccounts } from '../metrics/repo';
import { openSession } from '../metrics/import/session';
import { jobRunner } from './runner';
import type { PreviewJobSpec } from './previewJobs';

type PreviewStartMethods =
  | 'metrics.importPreviewStart'
  | 'content.importPreviewStart'
  | 'creators.importPreviewStart'
  | 'liveSessions.importPreviewStart';

/** A whole-file preview job: the input goes to the worker as sent, with the moment it was asked for. */
function startFilePreview(ctx: BackendContext, spec: Exclude<PreviewJobSpec, { kind: 'metrics.preview' }>) {
  requireWorkspace(ctx, spec.workspaceId);
  const job = jobRunner(ctx).start(spec.workspaceId, spec, { total: null, readOnly: true });
  return { jobId: job.id };
}

/**
 * Start methods of the preview jobs. The metrics preview reads the uploaded session's file; when the job
 * succeeds its preview becomes the session's plan (what a commit writes), exactly as the synchronous
 * preview sets it. Starting a preview clears the previous plan: until the new one is ready (or after it
 * is cancelled) there is nothing to commit.
 */
export const previewJobHandlers = {
  'metrics.importPreviewStart': async (input, ctx) => {
    const workspace = requireWorkspace(ctx, input.workspaceId);
    const { session } = await openSession(ctx, input);
    // The chunks joined (as a synchronous preview joins them), not read.
    const bytes = completeUpload(session);
    // Refused here: the caller learns at once that the chosen account is not in the workspace.
    const account = chosenAccount(importAccounts(ctx.db, workspace.id), input.accountId);
    const referenceDay = civilDayIn(ctx.now().getTime(), workspace.timeZone);
    setPlan(ctx, session, null);
    const sessionId = session.id;
    let jobId = '';
    const job = jobRunner(ctx).start(
      workspace.id,
      {
        kind: 'metrics.preview',
        workspace: { id: workspace.id, timeZone: workspace.timeZone },
        sessionId,
        fileName: session.fileName,
        bytes,
        // Unknown until a first full read: the worker counts the rows then (this handler reads none).
        layout: session.layout,
        options: {
          mapping: input.mapping,
          granularity: input.granularity,
          accountId: input.accountId,
          referenceDay,
        },
      },
      {
        total: session.layout?.rowCount ?? null,
        readOnly: true,
        onSucceeded: (result, handBack) => {
          const current = findSession(ctx, sessionId);
          if (!current) return;
          current.layout ??= handBack.csvLayout ?? null;
          if (result.kind !== 'metrics.preview' || current.previewJobId !== jobId) return;
          // The rows it kept were read from `bytes`: the commit refuses them for any other file.
          setPlan(ctx, current, planOf(result.preview, account?.id ?? null, referenceDay), {
            rows: handBack.previewedRows ?? null,
            bytes,
          });
        },
      },
    );
    jobId = job.id;
    session.previewJobId = jobId;
    return { jobId };
  },

  'content.importPreviewStart': (input, ctx) =>
    startFilePreview(ctx, {
      kind: 'content.preview',
      workspaceId: input.workspaceId,
      input,
      at: ctx.now().toISOString(),
    }),

  'creators.importPreviewStart': (input, ctx) =>
    startFilePreview(ctx, {
      kind: 'creators.preview',
      workspaceId: input.workspaceId,
      input,
      at: ctx.now().toISOString(),
    }),

  'liveSessions.importPreviewStart': (input, ctx) =>
    startFilePreview(ctx, {
      kind: 'liveSessions.preview',
      workspaceId: input.workspaceId,
      input,
      at: ctx.now().toISOString(),
    }),
} satisfies HandlerSlice<Pick<typeof jobsContract, PreviewStartMethods>>;

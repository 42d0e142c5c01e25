import type { HandlerSlice } from '../../handlers';
import type { metricsContract } from '../../../../shared/api/metrics';
import { invalidInput } from '../../errors';
import { decodeBase64 } from '../../imports/base64';
import { appendChunk, createSession, discardSession, keptRows, requireSession } from '../sessions';
import { commitPreviewed } from './commitPreviewed';
import { requireWorkspace } from '../../workspaces/guards';
import { analyse, finishUpload, sessionSource, sessionToCommit } from './session';

type ImportMethods =
  'metrics.importUpload' | 'metrics.importPreview' | 'metrics.importCommit' | 'metrics.importCancel';

/**
 * Performance import in a server-side session: upload in chunks → preview (re-run with corrections) →
 * commit in one transaction, or cancel. `metrics.importCommit` writes on the request path; the app starts
 * the same commit as a job (`metrics.importStart`, see jobs/) so a big file does not stall other calls.
 */
export const metricsImportHandlers = {
  'metrics.importUpload': async ({ workspaceId, fileName, sessionId, offset, chunkBase64, last }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const bytes = decodeBase64(chunkBase64, ['chunkBase64']);
    const session = sessionId ? requireSession(ctx, sessionId) : createSession(ctx, workspaceId, fileName);
    if (session.workspaceId !== workspaceId)
      throw invalidInput(
        ['sessionId'],
        'This import belongs to another workspace',
        'metricsImport.otherWorkspace',
      );
    appendChunk(session, offset, bytes);
    if (!last)
      return { sessionId: session.id, receivedBytes: session.receivedBytes, headers: null, totalRows: null };
    try {
      return {
        sessionId: session.id,
        receivedBytes: session.receivedBytes,
        ...(await finishUpload(session)),
      };
    } catch (err) {
      discardSession(ctx, session.id);
      throw err;
    }
  },

  'metrics.importPreview': async (input, ctx) => (await analyse(ctx, input)).preview,

  'metrics.importCommit': async (input, ctx) => {
    const { session, plan, timeZone } = await sessionToCommit(ctx, input);
    const outcome = await commitPreviewed(ctx.db, {
      workspaceId: session.workspaceId,
      timeZone,
      fileName: session.fileName,
      rows: keptRows(session, plan),
      openSource: () => sessionSource(session),
      plan,
      skipInvalidRows: input.skipInvalidRows ?? input.skipInvalid ?? false,
      at: ctx.now().toISOString(),
    });
    discardSession(ctx, session.id);
    return { sessionId: session.id, ...outcome };
  },

  'metrics.importCancel': ({ sessionId }, ctx) => ({ sessionId, discarded: discardSession(ctx, sessionId) }),
} satisfies HandlerSlice<Pick<typeof metricsContract, ImportMethods>>;

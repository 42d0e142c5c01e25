import { importFieldAliases, type MetricsImportCommitInput } from '../../../../shared/domain/metrics';
import type { BackendContext } from '../../context';
import { invalidInput, invalidState } from '../../errors';
import { openRowSource, readUploadHeaders, type CsvLayout, type RowSource } from '../../imports/rowSource';
import { requireWorkspace } from '../../workspaces/guards';
import { decodeBase64 } from '../../imports/base64';
import { civilDayIn } from '../../../../shared/parsing/partialDate';
import {
  METRICS_MAX_BYTES,
  METRICS_MAX_ROWS,
  completeUpload,
  createSession,
  discardSession,
  requireSession,
  setPlan,
  type ImportSession,
} from '../sessions';
import type { ImportPlan } from './plan';
import { previewImport, type ReadOptions } from './preview';

/**
 * `layout`: what an earlier open of the same bytes found, so a job's worker skips the first pass;
 * `onReadProgress`: that pass's progress when it runs (bytes read of the file; XLSX too).
 */
export function openMetricsFile(
  fileName: string,
  bytes: Uint8Array,
  layout?: CsvLayout | null,
  onReadProgress?: (read: number, size: number) => void,
): Promise<RowSource> {
  return openRowSource({
    layout,
    onReadProgress,
    fileName,
    bytes,
    maxBytes: METRICS_MAX_BYTES,
    maxRows: METRICS_MAX_ROWS,
    fieldAliases: importFieldAliases,
  });
}

/** The session's file as rows; read (and checked) by the first preview that runs on this connection. */
export async function sessionSource(session: ImportSession): Promise<RowSource> {
  session.source ??= await openMetricsFile(session.fileName, completeUpload(session), session.layout);
  session.layout ??= session.source.layout;
  return session.source;
}

/**
 * The end of an upload: the file joined and its headers read, but not its rows. Rows are counted by the
 * first full read (a preview job's, in its worker, for a big file: streamed, with progress and cancel),
 * so this request takes about the same time for a 30 MB export as for a small one, CSV or XLSX;
 * `totalRows` is null until then.
 */
export async function finishUpload(
  session: ImportSession,
): Promise<{ headers: string[]; totalRows: number | null }> {
  const bytes = completeUpload(session);
  const headers = await readUploadHeaders({
    fileName: session.fileName,
    bytes,
    maxBytes: METRICS_MAX_BYTES,
    fieldAliases: importFieldAliases,
  });
  return { headers, totalRows: null };
}

export interface SourceInput extends ReadOptions {
  workspaceId: string;
  fileName?: string | undefined;
  base64?: string | undefined;
  contentBase64?: string | undefined;
  sessionId?: string | undefined;
}

/**
 * The session an input names, or a new one for a file sent whole (read first: an unreadable file leaves
 * nothing behind). `created` says which, so a failure can drop a session made for nothing.
 */
export async function openSession(
  ctx: BackendContext,
  input: SourceInput,
): Promise<{ session: ImportSession; created: boolean }> {
  const fileBase64 = input.base64 ?? input.contentBase64;
  if (fileBase64 === undefined) {
    const session = requireSession(ctx, input.sessionId!);
    if (session.workspaceId !== input.workspaceId) {
      throw invalidInput(
        ['sessionId'],
        'This import belongs to another workspace',
        'metricsImport.otherWorkspace',
      );
    }
    return { session, created: false };
  }
  const bytes = decodeBase64(fileBase64, [input.base64 !== undefined ? 'base64' : 'contentBase64']);
  const source = await openMetricsFile(input.fileName!, bytes);
  const session = createSession(ctx, input.workspaceId, input.fileName!);
  session.bytes = bytes;
  session.source = source;
  return { session, created: true };
}

/** Reads (or re-reads) an import with the given options: the work preview and commit share. */
export async function analyse(ctx: BackendContext, input: SourceInput) {
  const workspace = requireWorkspace(ctx, input.workspaceId);
  const { session, created } = await openSession(ctx, input);
  try {
    const source = await sessionSource(session);
    const { preview, plan, rows } = previewImport(
      ctx.db,
      workspace,
      { sessionId: session.id, fileName: session.fileName, source },
      { ...input, referenceDay: civilDayIn(ctx.now().getTime(), workspace.timeZone) },
    );
    setPlan(ctx, session, plan, { rows, bytes: completeUpload(session) });
    return { session, preview, plan };
  } catch (err) {
    // A session made by this call for a file that cannot be read would only linger.
    if (created) discardSession(ctx, session.id);
    else setPlan(ctx, session, null);
    throw err;
  }
}

/**
 * The session and plan a commit writes. Naming only the session commits exactly what was previewed; new
 * reading options (or a re-sent file) are read and checked afresh first.
 */
export async function sessionToCommit(
  ctx: BackendContext,
  input: MetricsImportCommitInput,
): Promise<{ session: ImportSession; plan: ImportPlan; timeZone: string }> {
  const hasFile = input.base64 !== undefined || input.contentBase64 !== undefined;
  const rereads =
    input.mapping !== undefined || input.accountId !== undefined || input.granularity !== 'auto';
  let session: ImportSession;
  if (!hasFile) {
    session = requireSession(ctx, input.sessionId!);
    if (input.workspaceId !== undefined && input.workspaceId !== session.workspaceId) {
      throw invalidInput(
        ['sessionId'],
        'This import belongs to another workspace',
        'metricsImport.otherWorkspace',
      );
    }
    if (rereads) session = (await analyse(ctx, { ...input, workspaceId: session.workspaceId })).session;
  } else {
    session = (await analyse(ctx, { ...input, workspaceId: input.workspaceId! })).session;
  }
  // A plan comes from a preview, which read the file: the commit needs no read of its own here.
  const plan = session.plan;
  if (!plan || !session.bytes) {
    throw invalidState('Preview the import before committing it', 'metricsImport.previewFirst');
  }
  return { session, plan, timeZone: requireWorkspace(ctx, session.workspaceId).timeZone };
}

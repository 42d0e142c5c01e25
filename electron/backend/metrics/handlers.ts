import { importFieldAliases } from '../../../shared/domain/metrics';
import type { HandlerSlice } from '../handlers';
import type { metricsContract } from '../../../shared/api/metrics';
import type { BackendContext } from '../context';
import { invalidInput, invalidState, notFound } from '../errors';
import { findWorkspace } from '../workspaces/repo';
import { findAccount } from '../accounts/repo';
import { readTableFile } from '../imports/readTableFile';
import { hasTable } from '../interest/repo';
import type { MetricsImportPreview, MetricsImportPreviewInput } from '../../../shared/domain/metrics';
import { decodeBase64 } from './base64';
import { parseImport, type ImportAccount, type ImportContentItem, type ParsedImport } from './parseImport';
import {
  accountMetricsExists,
  contentMetricsExists,
  defaultGranularity,
  overviewTotals,
  readSeries,
  upsertAccountMetrics,
  upsertContentMetrics,
} from './repo';
import {
  appendChunk,
  createSession,
  discardSession,
  requireSession,
  sessionBytes,
  type ImportSession,
} from './sessions';

const PREVIEW_ROWS = 200;
const PREVIEW_ERRORS = 1000;

function requireWorkspace(ctx: BackendContext, workspaceId: string) {
  const workspace = findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace', workspaceId);
  return workspace;
}

function workspaceAccounts(ctx: BackendContext, workspaceId: string): ImportAccount[] {
  return ctx.db
    .prepare<[string], ImportAccount>(
      'SELECT id, handle, display_name AS displayName FROM accounts WHERE workspace_id = ?',
    )
    .all(workspaceId);
}

function workspaceContent(ctx: BackendContext, workspaceId: string): ImportContentItem[] {
  if (!hasTable(ctx.db, 'content_items')) return [];
  return ctx.db
    .prepare<[string], ImportContentItem>(
      'SELECT id, account_id AS accountId, title FROM content_items WHERE workspace_id = ?',
    )
    .all(workspaceId);
}

async function ensureTable(session: ImportSession) {
  session.table ??= await readTableFile({
    fileName: session.fileName,
    bytes: sessionBytes(session),
    fieldAliases: importFieldAliases,
  });
  session.chunks = [];
  return session.table;
}

function isUpdate(ctx: BackendContext, parsed: ParsedImport, row: ParsedImport['rows'][number]): boolean {
  if (!row.date) return false;
  return row.contentId
    ? contentMetricsExists(ctx.db, row.contentId, parsed.granularity, row.date)
    : accountMetricsExists(ctx.db, row.accountId!, parsed.granularity, row.date);
}

function previewOf(
  ctx: BackendContext,
  session: ImportSession,
  parsed: ParsedImport,
  accounts: ImportAccount[],
): MetricsImportPreview {
  const table = session.table!;
  let inserts = 0;
  let updates = 0;
  const perAccount = new Map<string, { rows: number; from: string; to: string }>();
  const actions = new Map<number, 'insert' | 'update' | 'error'>();
  for (const row of parsed.rows) {
    if (row.error || !row.date || !row.accountId) {
      actions.set(row.rowNumber, 'error');
      continue;
    }
    const update = isUpdate(ctx, parsed, row);
    if (update) updates++;
    else inserts++;
    actions.set(row.rowNumber, update ? 'update' : 'insert');
    const entry = perAccount.get(row.accountId) ?? { rows: 0, from: row.date, to: row.date };
    entry.rows++;
    if (row.date < entry.from) entry.from = row.date;
    if (row.date > entry.to) entry.to = row.date;
    perAccount.set(row.accountId, entry);
  }
  const errorRows = parsed.rows.filter((r) => r.error).length;
  return {
    sessionId: session.id,
    fileName: session.fileName,
    format: table.format,
    encoding: table.encoding,
    headers: table.headers,
    mapping: parsed.mapping,
    unmapped: parsed.unmapped,
    granularity: parsed.granularity,
    level: parsed.level,
    totalRows: parsed.rows.length,
    validRows: parsed.rows.length - errorRows,
    errorRows,
    inserts,
    updates,
    accounts: [...perAccount.entries()].map(([accountId, e]) => {
      const a = accounts.find((x) => x.id === accountId)!;
      return { accountId, handle: a.handle, displayName: a.displayName, ...e };
    }),
    errors: parsed.errors.slice(0, PREVIEW_ERRORS),
    errorCount: parsed.errors.length,
    rows: parsed.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      rowNumber: r.rowNumber,
      date: r.date,
      accountId: r.accountId,
      accountLabel: r.accountLabel,
      contentId: r.contentId,
      values: r.values,
      action: actions.get(r.rowNumber) ?? 'error',
    })),
  };
}

interface SourceInput {
  workspaceId: string;
  fileName?: string | undefined;
  base64?: string | undefined;
  contentBase64?: string | undefined;
  sessionId?: string | undefined;
  mapping?: MetricsImportPreviewInput['mapping'];
  granularity: MetricsImportPreviewInput['granularity'];
  accountId?: string | undefined;
}

/** Reads (or re-reads) an import's rows with the given mapping: the work preview and commit share. */
async function analyse(ctx: BackendContext, input: SourceInput) {
  const workspace = requireWorkspace(ctx, input.workspaceId);
  let session: ImportSession;
  const fileBase64 = input.base64 ?? input.contentBase64;
  if (fileBase64 === undefined) {
    session = requireSession(ctx, input.sessionId!);
    if (session.workspaceId !== input.workspaceId) {
      throw invalidInput(['sessionId'], 'This import belongs to another workspace');
    }
  } else {
    const bytes = decodeBase64(fileBase64, [input.base64 !== undefined ? 'base64' : 'contentBase64']);
    // Read before a session exists: an unreadable file leaves nothing behind.
    const table = await readTableFile({ fileName: input.fileName!, bytes, fieldAliases: importFieldAliases });
    session = createSession(ctx, input.workspaceId, input.fileName!);
    session.table = table;
  }
  try {
    const table = await ensureTable(session);
    const accounts = workspaceAccounts(ctx, input.workspaceId);
    let account: ImportAccount | undefined;
    if (input.accountId !== undefined) {
      account = accounts.find((a) => a.id === input.accountId);
      if (!account) throw invalidInput(['accountId'], `Account ${input.accountId} is not in this workspace`);
    }
    const parsed = parseImport(table, {
      mapping: input.mapping,
      granularity: input.granularity,
      account,
      accounts,
      contentItems: workspaceContent(ctx, input.workspaceId),
      timeZone: workspace.timeZone,
    });
    session.parsed = parsed;
    return { session, parsed, accounts };
  } catch (err) {
    // A session made by this call for a file that cannot be read would only linger.
    if (fileBase64 !== undefined) discardSession(ctx, session.id);
    else session.parsed = null;
    throw err;
  }
}

/** Writes every valid row in one transaction (all or nothing) and ends the session. */
function commitSession(ctx: BackendContext, session: ImportSession, skipInvalidRows: boolean) {
  const parsed = session.parsed;
  if (!parsed) throw invalidState('Preview the import before committing it');
  const errorRows = parsed.rows.filter((r) => r.error).length;
  if (errorRows > 0 && !skipInvalidRows) {
    throw invalidState(
      `${errorRows} row${errorRows === 1 ? ' has' : 's have'} errors: fix the file, or commit with skipInvalidRows to leave ${errorRows === 1 ? 'it' : 'them'} out`,
    );
  }
  const valid = parsed.rows.filter((r) => !r.error && r.date && r.accountId);
  if (valid.length === 0) throw invalidState('There are no valid rows to import');
  const at = ctx.now().toISOString();
  const source = session.fileName;
  let inserted = 0;
  let updated = 0;
  ctx.db.transaction(() => {
    for (const row of valid) {
      if (isUpdate(ctx, parsed, row)) updated++;
      else inserted++;
      const base = {
        accountId: row.accountId!,
        granularity: parsed.granularity,
        periodStart: row.date!,
        values: row.values,
      };
      if (row.contentId) {
        upsertContentMetrics(
          ctx.db,
          { ...base, workspaceId: session.workspaceId, contentId: row.contentId },
          source,
          at,
        );
      } else upsertAccountMetrics(ctx.db, base, source, at);
    }
  })();
  discardSession(ctx, session.id);
  const dates = valid.map((r) => r.date!).sort();
  return {
    sessionId: session.id,
    inserted,
    updated,
    skipped: parsed.rows.length - valid.length,
    accounts: new Set(valid.map((r) => r.accountId)).size,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}

export const metricsHandlers = {
  'metrics.importUpload': async ({ workspaceId, fileName, sessionId, offset, chunkBase64, last }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const bytes = decodeBase64(chunkBase64, ['chunkBase64']);
    const session = sessionId ? requireSession(ctx, sessionId) : createSession(ctx, workspaceId, fileName);
    if (session.workspaceId !== workspaceId)
      throw invalidInput(['sessionId'], 'This import belongs to another workspace');
    appendChunk(session, offset, bytes);
    if (!last)
      return { sessionId: session.id, receivedBytes: session.receivedBytes, headers: null, totalRows: null };
    try {
      const table = await ensureTable(session);
      return {
        sessionId: session.id,
        receivedBytes: session.receivedBytes,
        headers: table.headers,
        totalRows: table.rows.length,
      };
    } catch (err) {
      discardSession(ctx, session.id);
      throw err;
    }
  },

  'metrics.importPreview': async (input, ctx) => {
    const { session, parsed, accounts } = await analyse(ctx, input);
    return previewOf(ctx, session, parsed, accounts);
  },

  'metrics.importCommit': async (input, ctx) => {
    const hasFile = input.base64 !== undefined || input.contentBase64 !== undefined;
    const rereads =
      input.mapping !== undefined || input.accountId !== undefined || input.granularity !== 'auto';
    let session: ImportSession;
    if (!hasFile) {
      // Naming only the session commits exactly what was previewed; new reading options re-read it first.
      session = requireSession(ctx, input.sessionId!);
      if (rereads) session = (await analyse(ctx, { ...input, workspaceId: session.workspaceId })).session;
    } else {
      session = (await analyse(ctx, { ...input, workspaceId: input.workspaceId! })).session;
    }
    return commitSession(ctx, session, input.skipInvalidRows ?? input.skipInvalid ?? false);
  },

  'metrics.importCancel': ({ sessionId }, ctx) => ({ sessionId, discarded: discardSession(ctx, sessionId) }),

  'metrics.series': ({ accountId, metric, from, to, granularity }, ctx) => {
    if (!findAccount(ctx.db, accountId)) throw notFound('Account', accountId);
    const resolved = granularity ?? defaultGranularity(ctx.db, accountId);
    return {
      accountId,
      metric,
      granularity: resolved,
      points: readSeries(ctx.db, { accountId, metric, granularity: resolved, from, to }),
    };
  },

  'metrics.overview': ({ workspaceId, days }, ctx) => {
    requireWorkspace(ctx, workspaceId);
    const { rows, from, to } = overviewTotals(ctx.db, workspaceId, days);
    const totals = new Map(rows.map((r) => [r.account_id, r]));
    const accounts = ctx.db
      .prepare<
        [string],
        { id: string; display_name: string; handle: string; role: 'brand' | 'sales'; followers: number }
      >(
        'SELECT id, display_name, handle, role, followers FROM accounts WHERE workspace_id = ? AND archived_at IS NULL ORDER BY role, created_at, rowid',
      )
      .all(workspaceId);
    return {
      workspaceId,
      from,
      to,
      accounts: accounts.map((a) => {
        const t = totals.get(a.id);
        return {
          accountId: a.id,
          displayName: a.display_name,
          handle: a.handle,
          role: a.role,
          followers: a.followers,
          days: t?.days ?? 0,
          views: t?.views ?? 0,
          engagement: t?.engagement ?? 0,
          gmv: (t?.gmv_fen ?? 0) / 100,
          newFollowers: t?.new_followers ?? 0,
        };
      }),
    };
  },
} satisfies HandlerSlice<typeof metricsContract>;

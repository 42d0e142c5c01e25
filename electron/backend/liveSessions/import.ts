import type { BackendContext } from '../context';
import { invalidInput } from '../errors';
import { readTableFile } from '../imports/readTableFile';
import { readUploadedTable, tableHead } from '../imports/outcome';
import { assertImportCommittable } from '../imports/commitGate';
import { requireWorkspace } from '../workspaces/guards';
import { noteCreatorChangesOnce } from '../creators/changesRepo';
import { sessionImportAliases } from '../../../shared/live/importFields';
import type { LiveImportPreview, LiveImportPreviewInput } from '../../../shared/live/schemas';
import { slotOf } from '../../../shared/live/slots';
import { coded } from '../../../shared/domain/importErrors';
import { parseSessions, type ImportRoom, type ParsedSession, type ParsedSessions } from './parseImport';
import type { JobHooks } from '../jobs/types';
import { rowProgress, type AnalysisHooks } from '../imports/analysisProgress';
import {
  findOverlap,
  findSessionAt,
  insertSession,
  overlappingLiveItems,
  updateSession,
  workspaceRooms,
} from './repo';

const PREVIEW_ROWS = 200;
const PREVIEW_ERRORS = 1000;

interface Analysed {
  workspaceId: string;
  timeZone: string;
  fileName: string;
  table: Awaited<ReturnType<typeof readTableFile>>;
  parsed: ParsedSessions;
}

/**
 * Reads the file, maps and parses its rows, then checks each valid row against what is stored: a session
 * of the same room starting at the same time is updated (upsert); one overlapping another stored session
 * of the room is refused, naming both. Preview and commit both run this, so a commit checks afresh.
 */
export async function analyseImport(
  ctx: BackendContext,
  input: LiveImportPreviewInput,
  /** A preview job's: rows checked so far, and where a cancel stops it. */
  hooks?: AnalysisHooks,
): Promise<Analysed> {
  const workspace = requireWorkspace(ctx, input.workspaceId);
  const table = await readUploadedTable(input, { fieldAliases: sessionImportAliases }, hooks);
  const rooms: ImportRoom[] = workspaceRooms(ctx.db, input.workspaceId).map((r) => ({
    type: r.type,
    id: r.id,
    handle: r.handle,
    displayName: r.display_name,
    role: r.role,
  }));
  let room: ImportRoom | undefined;
  const chosen = input.accountId ?? input.creatorId;
  if (chosen !== undefined) {
    const path = input.accountId !== undefined ? 'accountId' : 'creatorId';
    room = rooms.find((r) => r.id === chosen && r.type === (path === 'accountId' ? 'account' : 'creator'));
    if (!room)
      throw invalidInput(
        [path],
        `${chosen} is not a live room in this workspace`,
        'liveSessions.unknownRoom',
        { id: chosen },
      );
    if (room.type === 'account' && room.role !== 'sales') {
      throw invalidInput(
        [path],
        'Live sessions belong to a sales account (自播) or a creator (达播), not a brand-building account',
        'liveSessions.brandAccount',
        { name: room.displayName },
      );
    }
  }
  const parsed = parseSessions(table, {
    mapping: input.mapping,
    room,
    rooms,
    timeZone: workspace.timeZone,
    nowMs: ctx.now().getTime(),
  });
  const step = rowProgress(hooks, parsed.rows.length);
  for (const [index, row] of parsed.rows.entries()) {
    step(index);
    if (row.error || !row.room || !row.startedAt || !row.endedAt) continue;
    const other = findOverlap(ctx.db, row.room.id, row.startedAt, row.endedAt);
    if (other) {
      row.error = true;
      const otherLabel = `${other.started_at}–${other.ended_at}`;
      parsed.errors.push({
        rowNumber: row.rowNumber,
        field: 'startedAt',
        column: parsed.mapping.startedAt,
        value: row.startedAt,
        ...coded(
          `Overlaps the session already imported for ${otherLabel} (${other.id}); a live room runs one session at a time`,
          'row.liveSessionOverlap',
          {
            other: otherLabel,
          },
        ),
      });
    }
  }
  parsed.errors.sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    workspaceId: input.workspaceId,
    timeZone: workspace.timeZone,
    fileName: input.fileName,
    table,
    parsed,
  };
}

function linkedContent(ctx: BackendContext, workspaceId: string, row: ParsedSession): string | null {
  const items = overlappingLiveItems(ctx.db, workspaceId, row.room!.id, row.startedAt!, row.endedAt!);
  if (items.length === 0) return null;
  // Several planned items overlapping one session: the one sharing the most time is the one it ran for.
  const overlap = (i: { planned_at: string; planned_end_at: string }) =>
    Math.min(Date.parse(i.planned_end_at), Date.parse(row.endedAt!)) -
    Math.max(Date.parse(i.planned_at), Date.parse(row.startedAt!));
  return [...items].sort((a, b) => overlap(b) - overlap(a))[0]!.id;
}

export function previewOf(ctx: BackendContext, a: Analysed): LiveImportPreview {
  const { table, parsed } = a;
  let inserts = 0;
  let updates = 0;
  const rows = parsed.rows.map((r) => {
    const valid = !r.error && r.room && r.startedAt && r.endedAt;
    let action: 'insert' | 'update' | 'error' = 'error';
    if (valid) {
      action = findSessionAt(ctx.db, r.room!.id, r.startedAt!) ? 'update' : 'insert';
      if (action === 'update') updates++;
      else inserts++;
    }
    return { r, action };
  });
  const errorRows = parsed.rows.filter((r) => r.error).length;
  return {
    ...tableHead(a.fileName, table),
    unmapped: parsed.unmapped,
    mapping: parsed.mapping,
    totalRows: parsed.rows.length,
    validRows: parsed.rows.length - errorRows,
    errorRows,
    inserts,
    updates,
    errors: parsed.errors.slice(0, PREVIEW_ERRORS),
    errorCount: parsed.errors.length,
    notes: parsed.notes,
    rows: rows.slice(0, PREVIEW_ROWS).map(({ r, action }) => ({
      rowNumber: r.rowNumber,
      roomType: r.room?.type ?? null,
      roomId: r.room?.id ?? null,
      roomLabel: r.roomLabel,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      values: r.values,
      contentId: action === 'error' ? null : linkedContent(ctx, a.workspaceId, r),
      action,
    })),
  };
}

/** The rows a commit would store; refuses (before any write) a file with errors unless they are skipped. */
export function committableRows(a: Analysed, skipInvalidRows: boolean) {
  const { parsed } = a;
  const errorRows = parsed.rows.filter((r) => r.error).length;
  const valid = parsed.rows.filter((r) => !r.error && r.room && r.startedAt && r.endedAt);
  assertImportCommittable({
    invalidRowCount: errorRows,
    totalRows: errorRows + valid.length,
    skipInvalid: skipInvalidRows,
    reasonPrefix: 'liveSessions',
  });
  return valid;
}

/**
 * Stores every committable row in one transaction (upsert by room and start). As a job (`hooks`), it
 * reports progress per session and stops at cancel, which rolls the whole import back.
 */
export function commitImport(ctx: BackendContext, a: Analysed, skipInvalidRows: boolean, hooks?: JobHooks) {
  const { parsed } = a;
  const valid = committableRows(a, skipInvalidRows);
  const at = ctx.now().toISOString();
  let inserted = 0;
  let updated = 0;
  let linkedToPlan = 0;
  const sessionIds: string[] = [];
  // Creator rooms' sessions are noted once for the import, not per session (migration 0280).
  const creatorIds = new Set<string>();
  const writeAll = () => {
    hooks?.onProgress(0, valid.length);
    for (const [index, row] of valid.entries()) {
      const room = row.room!;
      if (room.type === 'creator') creatorIds.add(room.id);
      const contentId = linkedContent(ctx, a.workspaceId, row);
      if (contentId) linkedToPlan++;
      const write = {
        workspaceId: a.workspaceId,
        accountId: room.type === 'account' ? room.id : null,
        creatorId: room.type === 'creator' ? room.id : null,
        contentId,
        startedAt: row.startedAt!,
        endedAt: row.endedAt!,
        slot: slotOf(row.startedAt!, a.timeZone),
        values: row.values,
        traffic: row.traffic,
        source: a.fileName,
        importedAt: at,
      };
      const existing = findSessionAt(ctx.db, room.id, row.startedAt!);
      if (existing) {
        updateSession(ctx.db, existing, write);
        updated++;
        sessionIds.push(existing);
      } else {
        const id = ctx.newId();
        insertSession(ctx.db, id, write);
        inserted++;
        sessionIds.push(id);
      }
      if ((index + 1) % 20 === 0 || index + 1 === valid.length) {
        hooks?.onProgress(index + 1, valid.length);
        hooks?.checkpoint();
      }
    }
    return creatorIds;
  };
  ctx.db.transaction(() => noteCreatorChangesOnce(ctx.db, a.workspaceId, writeAll))();
  return { inserted, updated, skipped: parsed.rows.length - valid.length, linkedToPlan, sessionIds };
}

import { AppError } from '../errors';
import { resolveMapping } from '../imports/resolveMapping';
import type { TableFile } from '../imports/tableFile';
import {
  detectBareNumberScale,
  parseCountCell,
  parseDateTimeCell,
  parseMoneyCell,
  parsePercentCell,
  type ParseResult,
} from '../../../shared/parsing';
import { headerKey } from '../../../shared/parsing/headers';
import type { CellValue } from '../../../shared/parsing/cellValue';
import { coded, type ImportErrorCode } from '../../../shared/domain/importErrors';
import {
  emptySessionValues,
  sessionCountFields,
  sessionMoneyFields,
  trafficSources,
  type SessionValueField,
  type SessionValues,
  type TrafficMix,
} from '../../../shared/live/fields';
import { headerDurationUnit, parseDuration } from '../../../shared/live/duration';
import { sessionImportAliases, type SessionImportField } from '../../../shared/live/importFields';
import type { LiveImportError } from '../../../shared/live/schemas';

export interface ImportRoom {
  type: 'account' | 'creator';
  id: string;
  handle: string;
  displayName: string;
  /** Accounts only: brand-building accounts do not sell live. */
  role: 'brand' | 'sales' | null;
}

export interface ParsedSession {
  rowNumber: number;
  room: ImportRoom | null;
  roomLabel: string | null;
  startedAt: string | null;
  endedAt: string | null;
  values: SessionValues;
  traffic: TrafficMix;
  error: boolean;
}

export interface ParsedSessions {
  mapping: Record<SessionImportField, string | null>;
  unmapped: string[];
  rows: ParsedSession[];
  errors: LiveImportError[];
}

export interface ParseSessionsOptions {
  mapping?: Partial<Record<string, string | null>> | undefined;
  /** Rows of a file without a room column belong to this room. */
  room?: ImportRoom | undefined;
  rooms: readonly ImportRoom[];
  timeZone: string;
}

/**
 * Impossible funnels: a later step cannot have more people than the one before it. Rows breaking these
 * are flagged and never stored (the export, or the column mapping, is wrong).
 */
const funnelOrder: readonly [SessionValueField, SessionValueField][] = [
  ['viewers', 'exposureUsers'],
  ['buyers', 'viewers'],
];

const cellText = (value: CellValue): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : String(value);

function requireMapping(
  headers: readonly string[],
  mapping: Record<SessionImportField, string | null>,
  hasRoom: boolean,
) {
  const columns = headers.map((h) => `"${h}"`).join(', ');
  const issues: { path: (string | number)[]; message: string; code: string }[] = [];
  if (mapping.startedAt === null) {
    issues.push({
      path: ['mapping', 'startedAt'],
      message: `No column is mapped to the start time (直播开始时间); the file's columns are ${columns}`,
      code: 'liveSessions.noStartColumn',
    });
  }
  if (mapping.room === null && !hasRoom) {
    issues.push({
      path: ['mapping', 'room'],
      message:
        'No column names the live room (账号/直播间): map one or choose the account or creator the file belongs to',
      code: 'liveSessions.noRoom',
    });
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new AppError('invalid_input', `${first.path.join('.')}: ${first.message}`, issues, {
      reason: first.code,
    });
  }
}

function findRoom(rooms: readonly ImportRoom[], text: string): ImportRoom | undefined {
  const handle = text.replace(/^@+/, '').toLowerCase();
  const key = headerKey(text);
  // Sales accounts before creators: an own room and a creator sharing a name is the brand's own room.
  return (
    rooms.find((r) => r.type === 'account' && r.handle.toLowerCase() === handle) ??
    rooms.find((r) => r.type === 'account' && headerKey(r.displayName) === key) ??
    rooms.find((r) => r.type === 'creator' && r.handle.toLowerCase() === handle) ??
    rooms.find((r) => r.type === 'creator' && headerKey(r.displayName) === key)
  );
}

const countFields: ReadonlySet<SessionValueField> = new Set(sessionCountFields);
const moneyFields: ReadonlySet<SessionValueField> = new Set(sessionMoneyFields);

function readValue(field: SessionValueField, value: CellValue, header: string): ParseResult<number | null> {
  if (countFields.has(field)) return parseCountCell(value);
  if (moneyFields.has(field)) return parseMoneyCell(value);
  // 人均观看时长: bare numbers are seconds unless the header says otherwise; 1:30 is a minute and a half.
  return parseDuration(value, { bareUnitSeconds: headerDurationUnit(header, 1), twoPartClock: 'ms' });
}

export function parseSessions(table: TableFile, options: ParseSessionsOptions): ParsedSessions {
  const { mapping, unmapped } = resolveMapping(table.headers, sessionImportAliases, options.mapping);
  requireMapping(table.headers, mapping, options.room !== undefined);
  const errors: LiveImportError[] = [];
  const valueFields = (Object.keys(emptySessionValues()) as SessionValueField[]).filter(
    (f) => mapping[f] !== null,
  );
  const trafficColumns = trafficSources
    .map((source) => ({ source, header: mapping[`traffic.${source}`] }))
    .filter((t): t is { source: (typeof trafficSources)[number]; header: string } => t.header !== null)
    .map((t) => ({
      ...t,
      // Shares come as "45.2%", 45.2 or 0.452: decided per column, never per cell.
      scale: /%|％/.test(t.header)
        ? ('percent' as const)
        : detectBareNumberScale(table.rows.map((r) => r.cells[t.header])),
    }));

  const rows = table.rows.map((row): ParsedSession => {
    let failed = false;
    const fail = (
      field: SessionImportField | null,
      message: string,
      code: ImportErrorCode,
      params?: Record<string, string | number>,
    ) => {
      failed = true;
      const column = field ? mapping[field] : null;
      errors.push({
        rowNumber: row.rowNumber,
        field,
        column,
        value: column ? cellText(row.cells[column] ?? null) : null,
        ...coded(message, code, params),
      });
    };
    const cell = (field: SessionImportField): CellValue => {
      const header = mapping[field];
      return header === null ? null : (row.cells[header] ?? null);
    };

    let room = options.room;
    let roomLabel: string | null = room ? room.displayName : null;
    if (mapping.room !== null) {
      const text = cellText(cell('room'))?.trim() ?? '';
      if (text !== '') {
        roomLabel = text;
        const found = findRoom(options.rooms, text);
        if (!found) {
          fail(
            'room',
            `Unknown live room "${text}": use the handle or name of a sales account or creator in this workspace`,
            'row.unknownRoom',
            { text },
          );
          room = undefined;
        } else if (found.type === 'account' && found.role !== 'sales') {
          fail(
            'room',
            `"${text}" is a brand-building account; live sessions belong to a sales account or a creator`,
            'row.liveBrandAccount',
            { text },
          );
          room = undefined;
        } else room = found;
      } else if (!room) fail('room', 'The live room is empty', 'row.required');
    }

    let startedAt: string | null = null;
    const start = parseDateTimeCell(cell('startedAt'), options.timeZone);
    if (!start.ok) fail('startedAt', start.error, start.code, start.params);
    else if (start.value === null) fail('startedAt', 'The start time is empty', 'row.required');
    else startedAt = start.value;

    let endedAt: string | null = null;
    const end = parseDateTimeCell(cell('endedAt'), options.timeZone);
    if (!end.ok) fail('endedAt', end.error, end.code, end.params);
    else endedAt = end.value;

    let durationSeconds: number | null = null;
    if (mapping.duration !== null) {
      const d = parseDuration(cell('duration'), {
        bareUnitSeconds: headerDurationUnit(mapping.duration, 60),
        twoPartClock: 'hm',
      });
      if (!d.ok) fail('duration', d.error, d.code, d.params);
      else durationSeconds = d.value;
    }
    if (startedAt && endedAt === null && end.ok) {
      if (durationSeconds !== null && durationSeconds > 0) {
        endedAt = new Date(Date.parse(startedAt) + durationSeconds * 1000).toISOString();
      } else if (durationSeconds === null) {
        fail(
          mapping.endedAt !== null ? 'endedAt' : 'duration',
          'The session needs an end time or a duration',
          'row.required',
        );
      }
    }
    if (startedAt && endedAt && endedAt <= startedAt) {
      fail(
        mapping.endedAt !== null ? 'endedAt' : 'duration',
        `The end ${endedAt} is not after the start ${startedAt}`,
        'row.liveEndBeforeStart',
        {
          start: startedAt,
          end: endedAt,
        },
      );
    }

    const values = emptySessionValues();
    let any = false;
    for (const field of valueFields) {
      const header = mapping[field]!;
      const result = readValue(field, row.cells[header] ?? null, header);
      if (!result.ok) fail(field, result.error, result.code, result.params);
      else if (result.value !== null) {
        values[field] = result.value;
        any = true;
      }
    }
    if (!any && !failed) fail(null, 'The row has no metric values', 'row.noMetrics');
    for (const [later, earlier] of funnelOrder) {
      const a = values[later];
      const b = values[earlier];
      if (a !== null && b !== null && a > b) {
        fail(
          later,
          `${mapping[later]} (${a}) is larger than ${mapping[earlier]} (${b}): the funnel cannot be so`,
          'row.liveFunnelImpossible',
          {
            field: mapping[later]!,
            value: a,
            other: mapping[earlier]!,
            otherValue: b,
          },
        );
      }
    }

    const traffic: TrafficMix = {};
    for (const t of trafficColumns) {
      const share = parsePercentCell(row.cells[t.header] ?? null, { bareNumber: t.scale });
      if (!share.ok) fail(`traffic.${t.source}`, share.error, share.code, share.params);
      else if (share.value !== null) traffic[t.source] = share.value;
    }

    return {
      rowNumber: row.rowNumber,
      room: room ?? null,
      roomLabel,
      startedAt,
      endedAt,
      values,
      traffic,
      error: failed,
    };
  });

  // Two rows of one room whose times overlap: a room runs one session at a time, so one of them is wrong.
  const byRoom = new Map<string, ParsedSession[]>();
  for (const r of rows) {
    if (r.error || !r.room || !r.startedAt || !r.endedAt) continue;
    const list = byRoom.get(r.room.id) ?? [];
    const clash = list.find((o) => o.startedAt! < r.endedAt! && o.endedAt! > r.startedAt!);
    if (clash) {
      r.error = true;
      errors.push({
        rowNumber: r.rowNumber,
        field: 'startedAt',
        column: mapping.startedAt,
        value: r.startedAt,
        ...coded(
          `Overlaps the session in row ${clash.rowNumber}; a live room runs one session at a time`,
          'row.liveSessionOverlapRow',
          {
            row: clash.rowNumber,
          },
        ),
      });
    } else list.push(r);
    byRoom.set(r.room.id, list);
  }

  return { mapping, unmapped, rows, errors };
}

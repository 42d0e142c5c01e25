import { resolveMapping } from '../imports/resolveMapping';
import { throwMappingIssues } from '../imports/mappingIssues';
import type { TableFile } from '../imports/tableFile';
import {
  detectBareNumberScale,
  headerMagnitude,
  parseCountCell,
  parseMoneyCell,
  parsePercentCell,
  type ParseResult,
} from '../../../shared/parsing';
import { headerKey } from '../../../shared/parsing/headers';
import type { CellValue } from '../../../shared/parsing/cellValue';
import { headerDurationUnit, parseDuration } from '../../../shared/parsing/duration';
import { fullDateOf, yearRule, yearRuleRange, type YearFor } from '../../../shared/parsing/yearRule';
import { coded } from '../../../shared/domain/importErrors';
import {
  cellText,
  rowReporter,
  yearAssumedNotes,
  type ImportCellError,
  type RowReporter,
} from '../../../shared/domain/importCells';
import type { ImportNote } from '../../../shared/domain/importPreview';
import { readPlannedAt } from '../../../shared/content/importPlannedAt';
import {
  emptySessionValues,
  sessionCountFields,
  sessionMoneyFields,
  trafficSources,
  type SessionValueField,
  type SessionValues,
  type TrafficMix,
} from '../../../shared/live/fields';
import { sessionImportAliases, type SessionImportField } from '../../../shared/live/importFields';

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
  /** The year given to a start written without one (`12月22日 20:00`), for the preview's note. */
  assumedYear: number | null;
  error: boolean;
}

export interface ParsedSessions {
  mapping: Record<SessionImportField, string | null>;
  unmapped: string[];
  rows: ParsedSession[];
  errors: ImportCellError[];
  /** The years assumed for starts written without one, and what they were placed near. */
  notes: ImportNote[];
}

export interface ParseSessionsOptions {
  mapping?: Partial<Record<string, string | null>> | undefined;
  /** Rows of a file without a room column belong to this room. */
  room?: ImportRoom | undefined;
  rooms: readonly ImportRoom[];
  timeZone: string;
  /** The instant of the import: a file with only month-day starts places them near this day. */
  nowMs: number;
}

/**
 * Impossible funnels: a later step cannot have more people than the one before it. Rows breaking these
 * are flagged and never stored (the export, or the column mapping, is wrong).
 */
const funnelOrder: readonly [SessionValueField, SessionValueField][] = [
  ['viewers', 'exposureUsers'],
  ['buyers', 'viewers'],
];

function requireMapping(
  headers: readonly string[],
  mapping: Record<SessionImportField, string | null>,
  hasRoom: boolean,
) {
  const columns = headers.map((h) => `"${h}"`).join(', ');
  const issues: { path: string[]; message: string; code: string }[] = [];
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
  throwMappingIssues(issues);
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
  // 成交金额(万元), 观看人数(万): the header's unit note scales bare numbers.
  if (countFields.has(field)) return parseCountCell(value, { columnPower: headerMagnitude(header) });
  if (moneyFields.has(field)) return parseMoneyCell(value, { columnPower: headerMagnitude(header) });
  // 人均观看时长: bare numbers are seconds unless the header says otherwise; 1:30 is a minute and a half.
  return parseDuration(value, { bareUnitSeconds: headerDurationUnit(header, 1), twoPartClock: 'ms' });
}

/**
 * The start and end of a session row. The start is a date-time (`2025-08-01 20:00`, `8月1日 20:00`), or a
 * date column (直播日期) with the start's time of day in its own column (开播时间 `20:00`); an end given as
 * a bare time belongs to the start's day, or the next when it is not after the start (a live past midnight).
 * A start written as a slot (`20:00-22:00`) ends with the slot when no end is given.
 */
function readTimes(
  report: RowReporter<SessionImportField>,
  mapping: Record<SessionImportField, string | null>,
  timeZone: string,
  yearFor: YearFor,
): {
  startedAt: string | null;
  endedAt: string | null;
  endOk: boolean;
  assumedYear: number | null;
  slotMinutes: number | null;
} {
  const whole = readPlannedAt({ date: report.cell('startedAt'), time: null, timeZone, yearFor });
  // A date column beside a start column that already carries its date (`2025-08-01 20:00`): the start wins.
  const splitDate = mapping.startDate !== null && !(whole.ok && whole.value !== null && !whole.dateOnly);
  const start = splitDate
    ? readPlannedAt({ date: report.cell('startDate'), time: report.cell('startedAt'), timeZone, yearFor })
    : whole;
  let startedAt: string | null = null;
  let assumedYear: number | null = null;
  if (!start.ok) {
    const field = start.field === 'plannedTime' || !splitDate ? 'startedAt' : 'startDate';
    report.fail(field, start.error.message, start.error.code ?? 'value.invalid', start.error.params);
  } else if (start.value === null) {
    report.fail(splitDate ? 'startDate' : 'startedAt', 'The start time is empty', 'row.required');
  } else {
    startedAt = start.value;
    assumedYear = start.assumedYear;
  }

  const endCell = report.cell('endedAt');
  const end = readPlannedAt({ date: endCell, time: null, timeZone, yearFor });
  // 直播时间 `20:00-22:00` beside 直播日期: the slot's length stands in when no end or duration is given.
  const slotMinutes = start.ok ? start.slotMinutes : null;
  if (end.ok) return { startedAt, endedAt: end.value, endOk: true, assumedYear, slotMinutes };
  // 下播时间 `22:15` beside a start: the end's time of day on the start's day.
  if (splitDate && startedAt !== null) {
    const late = readPlannedAt({ date: report.cell('startDate'), time: endCell, timeZone, yearFor });
    if (late.ok && late.value !== null) {
      const endMs = Date.parse(late.value);
      const next = endMs <= Date.parse(startedAt) ? endMs + 86_400_000 : endMs;
      return { startedAt, endedAt: new Date(next).toISOString(), endOk: true, assumedYear, slotMinutes };
    }
  }
  report.fail('endedAt', end.error.message, end.error.code ?? 'value.invalid', end.error.params);
  return { startedAt, endedAt: null, endOk: false, assumedYear, slotMinutes };
}

export function parseSessions(table: TableFile, options: ParseSessionsOptions): ParsedSessions {
  const { mapping, unmapped } = resolveMapping(table.headers, sessionImportAliases, options.mapping);
  requireMapping(table.headers, mapping, options.room !== undefined);
  const errors: ImportCellError[] = [];
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
  // Starts without a year take the year nearest the file's full dates, else nearest today (as content).
  const dateHeader = mapping.startDate ?? mapping.startedAt;
  const fullDates = table.rows
    .map((r) => fullDateOf(dateHeader === null ? null : (r.cells[dateHeader] ?? null), options.timeZone))
    .filter((d): d is string => d !== null);
  const yearFor = yearRule(yearRuleRange(fullDates, options.nowMs, options.timeZone));

  const rows = table.rows.map((row): ParsedSession => {
    const report = rowReporter<SessionImportField>(row, mapping, errors);
    const fail = report.fail;

    let room = options.room;
    let roomLabel: string | null = room ? room.displayName : null;
    if (mapping.room !== null) {
      const text = cellText(report.cell('room'))?.trim() ?? '';
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

    const times = readTimes(report, mapping, options.timeZone, yearFor);
    const { startedAt, assumedYear } = times;
    let endedAt = times.endedAt;

    let durationSeconds: number | null = null;
    if (mapping.duration !== null) {
      const d = report.read(
        'duration',
        parseDuration(report.cell('duration'), {
          bareUnitSeconds: headerDurationUnit(mapping.duration, 60),
          twoPartClock: 'hm',
        }),
      );
      if (d !== undefined) durationSeconds = d;
    }
    if (startedAt && endedAt === null && times.endOk) {
      if (durationSeconds !== null && durationSeconds > 0) {
        endedAt = new Date(Date.parse(startedAt) + durationSeconds * 1000).toISOString();
      } else if (durationSeconds === null && times.slotMinutes !== null) {
        endedAt = new Date(Date.parse(startedAt) + times.slotMinutes * 60_000).toISOString();
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
      const value = report.read(field, readValue(field, row.cells[header] ?? null, header));
      if (value !== undefined && value !== null) {
        values[field] = value;
        any = true;
      }
    }
    if (!any && !report.failed) fail(null, 'The row has no metric values', 'row.noMetrics');
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
      const share = report.read(
        `traffic.${t.source}`,
        parsePercentCell(row.cells[t.header] ?? null, { bareNumber: t.scale }),
      );
      if (share !== undefined && share !== null) traffic[t.source] = share;
    }

    return {
      rowNumber: row.rowNumber,
      room: room ?? null,
      roomLabel,
      startedAt,
      endedAt,
      values,
      traffic,
      assumedYear,
      error: report.failed,
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

  const notes = yearAssumedNotes(
    rows.filter((r) => !r.error),
    fullDates.length > 0 ? 'fileDates' : 'today',
  );
  return { mapping, unmapped, rows, errors, notes };
}

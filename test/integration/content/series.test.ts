import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/backend';
import type { MethodInput } from '../../../shared/api/contract';
import { formatWallMinute } from '../../../shared/content/time';
import { item, live, setupPlan, type Plan } from './setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

const SH = 'Asia/Shanghai';
const wall = (iso: string) => formatWallMinute(Date.parse(iso), SH);

/** A weekly 自播 live on Tuesdays and Thursdays at 20:00, six times, from Tue 2025-08-05. */
function weeklyLive(
  patch: Partial<MethodInput<'content.createSeries'>> = {},
): MethodInput<'content.createSeries'> {
  return {
    ...live(p, '2025-08-05T20:00:00+08:00', 120, { title: '周二周四自播' }),
    repeat: { freq: 'weekly', byDay: ['TU', 'TH'], count: 6 },
    ...patch,
  };
}

const august = () => ({ workspaceId: p.workspaceId, from: '2025-08-01', to: '2025-09-01' });

async function occurrences(seriesIds?: string[]) {
  const items = (await p.t.call('content.list', august())).items;
  return items.filter((i) => i.series && (!seriesIds || seriesIds.includes(i.series.id)));
}

describe('content.createSeries', () => {
  it('stores every occurrence as an item at 20:00 local and lists them', async () => {
    const { series, items } = await p.t.call('content.createSeries', weeklyLive());
    expect(series.rrule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=6');
    expect(series.repeat).toEqual({
      freq: 'weekly',
      interval: 1,
      byDay: ['TU', 'TH'],
      until: null,
      count: 6,
    });
    expect(series.occurrenceCount).toBe(6);
    expect(items.map((i) => wall(i.plannedAt))).toEqual([
      '2025-08-05 20:00',
      '2025-08-07 20:00',
      '2025-08-12 20:00',
      '2025-08-14 20:00',
      '2025-08-19 20:00',
      '2025-08-21 20:00',
    ]);
    const listed = await occurrences();
    expect(listed.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(listed.every((i) => i.series?.id === series.id && !i.series.detached)).toBe(true);
    // Guardrails run on every occurrence: each is an ordinary item with its warnings.
    expect(listed.every((i) => Array.isArray(i.warnings))).toBe(true);
    expect(await p.t.call('content.getSeries', { id: series.id })).toEqual(series);
  });

  it('starts a weekly repeat on its first chosen weekday and ends on an until date (inclusive)', async () => {
    const { items } = await p.t.call(
      'content.createSeries',
      weeklyLive({
        plannedAt: '2025-08-04T20:00:00+08:00', // a Monday
        repeat: { freq: 'weekly', byDay: ['TU', 'TH'], until: '2025-08-12' },
      }),
    );
    expect(items.map((i) => wall(i.plannedAt).slice(0, 10))).toEqual([
      '2025-08-05',
      '2025-08-07',
      '2025-08-12',
    ]);
  });

  it('every N days and plain items on the brand account', async () => {
    const { items } = await p.t.call('content.createSeries', {
      ...item(p, { plannedAt: '2025-08-01T09:30:00+08:00', title: '早安栏目' }),
      repeat: { freq: 'daily', interval: 3, count: 4 },
    });
    expect(items.map((i) => wall(i.plannedAt))).toEqual([
      '2025-08-01 09:30',
      '2025-08-04 09:30',
      '2025-08-07 09:30',
      '2025-08-10 09:30',
    ]);
  });

  it('refuses a repeat whose occurrence overlaps a live session, naming the date, storing nothing', async () => {
    await p.t.call('content.create', live(p, '2025-08-14T21:00:00+08:00', 60, { title: '大促加场' }));
    const before = snapshotTables(p.t.backend);
    const error = await p.t.fail('content.createSeries', weeklyLive());
    expect(error.code).toBe('conflict');
    expect(error.issues?.[0]).toMatchObject({
      path: ['plannedAt'],
      code: 'contentSeries.liveOverlap',
      params: { date: '2025-08-14', title: '大促加场', from: '2025-08-14 21:00', to: '22:00' },
    });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('refuses an archived account, a missing end and too long a repeat, storing nothing', async () => {
    const before = snapshotTables(p.t.backend);
    const noEnd = await p.t.fail('content.createSeries', weeklyLive({ repeat: { freq: 'daily' } }));
    expect(noEnd.issues?.[0]).toMatchObject({ path: ['repeat', 'until'], code: 'contentSeries.endRequired' });
    const tooLong = await p.t.fail(
      'content.createSeries',
      weeklyLive({ repeat: { freq: 'weekly', interval: 4, until: '2027-12-31' } }),
    );
    expect(tooLong.issues?.[0]).toMatchObject({ path: ['repeat', 'until'], code: 'contentSeries.tooLong' });
    const tooMany = await p.t.fail(
      'content.createSeries',
      weeklyLive({ repeat: { freq: 'daily', until: '2026-12-31' } }),
    );
    expect(tooMany.issues?.[0]).toMatchObject({ code: 'contentSeries.tooMany', params: { max: 366 } });
    expect(snapshotTables(p.t.backend)).toEqual(before);
    await p.t.call('accounts.archive', { id: p.store });
    const archived = snapshotTables(p.t.backend);
    const error = await p.t.fail('content.createSeries', weeklyLive());
    expect(error.issues?.[0]).toMatchObject({ path: ['accountId'], code: 'content.archivedAccount' });
    expect(snapshotTables(p.t.backend)).toEqual(archived);
  });
});

describe('editing occurrences', () => {
  it('"this" makes an exception that "all" keeps; "all" rewrites the others', async () => {
    const { series, items } = await p.t.call('content.createSeries', weeklyLive());
    const third = items[2]!;
    const edited = await p.t.call('content.updateOccurrence', {
      id: third.id,
      scope: 'this',
      title: '特别场',
    });
    expect(edited.item.series).toEqual({ id: series.id, occurrenceAt: third.plannedAt, detached: true });
    await p.t.call('content.updateOccurrence', {
      id: items[0]!.id,
      scope: 'all',
      title: '青柠自播',
      owner: '小林',
    });
    const listed = await occurrences();
    expect(listed.map((i) => i.title)).toEqual([
      '青柠自播',
      '青柠自播',
      '特别场',
      '青柠自播',
      '青柠自播',
      '青柠自播',
    ]);
    expect(listed.map((i) => i.owner)).toEqual(['小林', '小林', '', '小林', '小林', '小林']);
    expect((await p.t.call('content.getSeries', { id: series.id })).exceptionCount).toBe(1);
  });

  it('a calendar drag of one occurrence makes it an exception too', async () => {
    const { items } = await p.t.call('content.createSeries', weeklyLive());
    const moved = await p.t.call('content.move', {
      id: items[1]!.id,
      plannedAt: '2025-08-08T20:00:00+08:00',
    });
    expect(moved.series?.detached).toBe(true);
  });

  it('"this and following" splits the series at the occurrence and moves the later ones', async () => {
    const { series, items } = await p.t.call('content.createSeries', weeklyLive());
    const result = await p.t.call('content.updateOccurrence', {
      id: items[3]!.id,
      scope: 'following',
      plannedAt: '2025-08-14T21:00:00+08:00',
      title: '晚一小时',
    });
    expect(result.changed).toBe(3);
    const listed = await occurrences();
    expect(listed.map((i) => `${wall(i.plannedAt)} ${i.title}`)).toEqual([
      '2025-08-05 20:00 周二周四自播',
      '2025-08-07 20:00 周二周四自播',
      '2025-08-12 20:00 周二周四自播',
      '2025-08-14 21:00 晚一小时',
      '2025-08-19 21:00 晚一小时',
      '2025-08-21 21:00 晚一小时',
    ]);
    // Same items (ids kept), now in two series: the first ends after three, the second has the rest.
    expect(listed.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const head = await p.t.call('content.getSeries', { id: series.id });
    expect(head.repeat.count).toBe(3);
    const tailId = listed[3]!.series!.id;
    expect(tailId).not.toBe(series.id);
    const tail = await p.t.call('content.getSeries', { id: tailId });
    expect(tail).toMatchObject({ occurrenceCount: 3, exceptionCount: 0, repeat: { count: 3 } });
    expect(wall(tail.dtstart)).toBe('2025-08-14 21:00');
  });

  it('"all" with a new rule re-plans the series; exceptions and deleted dates stay', async () => {
    const { series, items } = await p.t.call('content.createSeries', weeklyLive());
    await p.t.call('content.updateOccurrence', { id: items[1]!.id, scope: 'this', title: '例外' });
    await p.t.call('content.deleteOccurrence', { id: items[2]!.id, scope: 'this' });
    expect((await p.t.call('content.getSeries', { id: series.id })).deletedCount).toBe(1);
    await p.t.call('content.updateOccurrence', {
      id: items[0]!.id,
      scope: 'all',
      repeat: { freq: 'daily', interval: 2, count: 6 },
    });
    const listed = await occurrences();
    expect(listed.map((i) => `${wall(i.plannedAt)} ${i.title}`)).toEqual([
      '2025-08-05 20:00 周二周四自播',
      '2025-08-07 20:00 例外',
      // index 2 (deleted) stays deleted
      '2025-08-11 20:00 周二周四自播',
      '2025-08-13 20:00 周二周四自播',
      '2025-08-15 20:00 周二周四自播',
    ]);
    const after = await p.t.call('content.getSeries', { id: series.id });
    expect(after).toMatchObject({
      rrule: 'FREQ=DAILY;INTERVAL=2;COUNT=6',
      exceptionCount: 1,
      deletedCount: 1,
    });
  });

  it('an edit that makes an occurrence overlap a live session is refused and changes nothing', async () => {
    const { items } = await p.t.call('content.createSeries', weeklyLive());
    await p.t.call('content.create', live(p, '2025-08-19T22:30:00+08:00', 60, { title: '加场' }));
    const before = snapshotTables(p.t.backend);
    const error = await p.t.fail('content.updateOccurrence', {
      id: items[0]!.id,
      scope: 'all',
      durationMinutes: 180,
    });
    expect(error.issues?.[0]).toMatchObject({
      code: 'contentSeries.liveOverlap',
      params: { date: '2025-08-19', title: '加场' },
    });
    expect(snapshotTables(p.t.backend)).toEqual(before);
  });

  it('a new rule needs a wider scope than "this"', async () => {
    const { items } = await p.t.call('content.createSeries', weeklyLive());
    const error = await p.t.fail('content.updateOccurrence', {
      id: items[0]!.id,
      scope: 'this',
      repeat: { freq: 'daily', count: 2 },
    });
    expect(error.issues?.[0]).toMatchObject({ path: ['repeat'], code: 'contentSeries.ruleNeedsScope' });
  });
});

describe('deleting occurrences', () => {
  it('"this", "this and following" and "all"', async () => {
    const { series, items } = await p.t.call('content.createSeries', weeklyLive());
    expect(await p.t.call('content.deleteOccurrence', { id: items[1]!.id, scope: 'this' })).toEqual({
      deleted: 1,
    });
    expect(await p.t.call('content.deleteOccurrence', { id: items[4]!.id, scope: 'following' })).toEqual({
      deleted: 2,
    });
    expect((await occurrences()).map((i) => i.id)).toEqual([items[0]!.id, items[2]!.id, items[3]!.id]);
    expect((await p.t.call('content.getSeries', { id: series.id })).rrule).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=4',
    );
    expect(await p.t.call('content.deleteOccurrence', { id: items[2]!.id, scope: 'all' })).toEqual({
      deleted: 3,
    });
    expect(await occurrences()).toEqual([]);
    expect((await p.t.fail('content.getSeries', { id: series.id })).code).toBe('not_found');
  });
});

describe('content.duplicate', () => {
  it('copies an item to another day and account; refuses an overlap or an archived account', async () => {
    const source = await p.t.call(
      'content.create',
      live(p, '2025-08-06T20:00:00+08:00', 90, { tags: ['夏日'] }),
    );
    const copy = await p.t.call('content.duplicate', {
      id: source.id,
      accountId: p.deals,
      plannedAt: '2025-08-07T20:00:00+08:00',
    });
    expect(copy).toMatchObject({
      accountId: p.deals,
      title: source.title,
      durationMinutes: 90,
      productIds: [p.tea],
      tags: ['夏日'],
      series: null,
    });
    expect(wall(copy.plannedAt)).toBe('2025-08-07 20:00');
    expect(copy.id).not.toBe(source.id);
    const before = snapshotTables(p.t.backend);
    const overlap = await p.t.fail('content.duplicate', { id: source.id });
    expect(overlap.issues?.[0]).toMatchObject({ code: 'content.liveOverlap' });
    await p.t.call('accounts.archive', { id: p.brand });
    const afterArchive = snapshotTables(p.t.backend);
    const archived = await p.t.fail('content.duplicate', { id: source.id, accountId: p.brand });
    expect(archived.issues?.[0]).toMatchObject({ code: 'content.archivedAccount' });
    expect(snapshotTables(p.t.backend)).toEqual(afterArchive);
    expect(Object.keys(before)).toEqual(Object.keys(afterArchive));
  });
});

describe('.ics export of a series', () => {
  /** Unfolds content lines (RFC 5545 §3.1) and reads each VEVENT's properties. */
  function vevents(ics: string): Map<string, string>[] {
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    const events: Map<string, string>[] = [];
    let current: Map<string, string> | null = null;
    for (const line of lines) {
      if (line === 'BEGIN:VEVENT') current = new Map();
      else if (line === 'END:VEVENT' && current) {
        events.push(current);
        current = null;
      } else if (current) {
        const colon = line.indexOf(':');
        current.set(line.slice(0, colon).split(';')[0]!, line.slice(colon + 1));
      }
    }
    return events;
  }

  it('writes expanded occurrences: one VEVENT per stored occurrence, none for a deleted one, no RRULE', async () => {
    const { items } = await p.t.call('content.createSeries', weeklyLive());
    await p.t.call('content.deleteOccurrence', { id: items[1]!.id, scope: 'this' });
    await p.t.call('content.updateOccurrence', {
      id: items[2]!.id,
      scope: 'this',
      plannedAt: '2025-08-13T20:00:00+08:00',
    });
    const file = await p.t.call('content.exportIcs', august());
    const events = vevents(file.content);
    expect(events.every((e) => !e.has('RRULE') && !e.has('RECURRENCE-ID'))).toBe(true);
    expect(events.map((e) => e.get('DTSTART'))).toEqual([
      '20250805T120000Z',
      '20250813T120000Z',
      '20250814T120000Z',
      '20250819T120000Z',
      '20250821T120000Z',
    ]);
    expect(new Set(events.map((e) => e.get('UID'))).size).toBe(5);
    expect(events[1]!.get('UID')).toBe(`${items[2]!.id}@matrixdesk`);
    expect(events[1]!.get('SEQUENCE')).toBe('1');
  });
});

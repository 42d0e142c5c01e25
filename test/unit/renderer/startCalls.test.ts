import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/result';
import { call, setTransport, startCall } from '../../../renderer/src/lib/api';
import {
  startCalendarCalls,
  startCalendarInGuessedZone,
  startPageName,
  workspaceRoute,
} from '../../../renderer/src/app/startCalls';
import { viewRange, weeksOfView } from '../../../renderer/src/features/content/calendarRange';

/** A transport that answers every method with its own name and counts the requests it sent. */
function countingTransport() {
  const sent: string[] = [];
  setTransport((method, input) => {
    sent.push(`${method} ${JSON.stringify(input)}`);
    return Promise.resolve<ApiResult<unknown>>({ ok: true, value: { method, n: sent.length } });
  });
  return sent;
}

describe('reads started by the entry module (issue 11 §8)', () => {
  it('hands a started read to the first call with the same method and input, whatever its fields order', async () => {
    const sent = countingTransport();
    startCall('accounts.list', { workspaceId: 'w1', includeArchived: true });
    expect(sent).toHaveLength(1);

    const first = await call('accounts.list', { includeArchived: true, workspaceId: 'w1' });
    expect(first).toEqual({ method: 'accounts.list', n: 1 });
    expect(sent).toHaveLength(1);

    // Taken once: a refetch asks the backend again.
    const again = await call('accounts.list', { workspaceId: 'w1', includeArchived: true });
    expect(again).toEqual({ method: 'accounts.list', n: 2 });
    expect(sent).toHaveLength(2);
  });

  it('does not hand a started read to a call with other input', async () => {
    const sent = countingTransport();
    startCall('matrix.summary', { workspaceId: 'w1' });
    await call('matrix.summary', { workspaceId: 'w2' });
    expect(sent).toEqual(['matrix.summary {"workspaceId":"w1"}', 'matrix.summary {"workspaceId":"w2"}']);
    await call('matrix.summary', { workspaceId: 'w1' });
    expect(sent).toHaveLength(2);
  });

  it('gives a refusal to the call that takes it, as an error', async () => {
    setTransport(() =>
      Promise.resolve<ApiResult<unknown>>({ ok: false, error: { code: 'not_found', message: 'gone' } }),
    );
    startCall('matrix.summary', { workspaceId: 'gone' });
    await expect(call('matrix.summary', { workspaceId: 'gone' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('the start URL the entry module reads', () => {
  it('finds the workspace and section of a workspace route', () => {
    expect(workspaceRoute('#/w/ws-1/matrix')).toEqual({ workspaceId: 'ws-1', section: 'matrix' });
    expect(workspaceRoute('#/w/ws-1/calendar?view=month')).toEqual({
      workspaceId: 'ws-1',
      section: 'calendar',
    });
    expect(workspaceRoute('#/w/ws-1/offers/o-9')).toEqual({ workspaceId: 'ws-1', section: 'offers' });
    expect(workspaceRoute('#/w/ws-1')).toEqual({ workspaceId: 'ws-1', section: '' });
    expect(workspaceRoute('#/')).toBeUndefined();
    expect(workspaceRoute('#/creator/offers/o-1')).toBeUndefined();
  });

  it('fetches the matrix page at once, also for the bare workspace URL that shows it', () => {
    expect(startPageName('#/w/ws-1/matrix?account=a1')).toBe('MatrixPage');
    expect(startPageName('#/w/ws-1')).toBe('MatrixPage');
    expect(startPageName('#/w/ws-1/products')).toBeUndefined();
    expect(startPageName('#/')).toBeUndefined();
  });
});

describe('the calendar start (issue 11 §8)', () => {
  it('fetches the calendar page at once', () => {
    expect(startPageName('#/w/ws-1/calendar?view=week')).toBe('ContentPage');
  });

  it("asks for the URL's week in the workspace's zone, and the page's own calls take those answers", async () => {
    const sent = countingTransport();
    startCalendarCalls('ws-1', 'America/New_York', 'view=week&date=2025-08-06');
    // Monday 4 to Monday 11 August, midnights in New York (UTC−4 in summer).
    const range = { workspaceId: 'ws-1', from: '2025-08-04T04:00:00.000Z', to: '2025-08-11T04:00:00.000Z' };
    expect(sent).toEqual([
      `content.calendarItems ${JSON.stringify(range)}`,
      `deliverables.calendar ${JSON.stringify(range)}`,
      `approvals.states ${JSON.stringify(range)}`,
      'calendar.weekLoads {"workspaceId":"ws-1","weekStarts":["2025-08-04"]}',
    ]);

    // The page builds its inputs with the same helpers (and no filter set): nothing is asked twice.
    const pageRange = viewRange('week', '2025-08-06', 'America/New_York');
    await call('content.calendarItems', { ...pageRange, workspaceId: 'ws-1' });
    await call('deliverables.calendar', { workspaceId: 'ws-1', ...pageRange });
    await call('approvals.states', { workspaceId: 'ws-1', ...pageRange });
    await call('calendar.weekLoads', { workspaceId: 'ws-1', weekStarts: weeksOfView('week', '2025-08-06') });
    expect(sent).toHaveLength(4);
  });

  it('asks for no week loads on the list view, and plans in Shanghai when the workspace is not listed', () => {
    const sent = countingTransport();
    startCalendarCalls('ws-2', undefined, 'view=list&date=2025-08-15');
    const range = { workspaceId: 'ws-2', from: '2025-07-31T16:00:00.000Z', to: '2025-08-31T16:00:00.000Z' };
    expect(sent).toEqual([
      `content.calendarItems ${JSON.stringify(range)}`,
      `deliverables.calendar ${JSON.stringify(range)}`,
      `approvals.states ${JSON.stringify(range)}`,
    ]);
  });

  it("asks for the calendar's reads before the workspace list answers, in the zone new workspaces plan in", async () => {
    const sent = countingTransport();
    let answerList: (answer: ApiResult<{ id: string; timeZone: string }[]>) => void = () => undefined;
    const list = new Promise<ApiResult<{ id: string; timeZone: string }[]>>(
      (resolve) => (answerList = resolve),
    );
    startCalendarInGuessedZone('ws-3', list, 'view=list&date=2025-08-15');
    // Shanghai's August (UTC+8): sent while the list is still in flight.
    const range = { workspaceId: 'ws-3', from: '2025-07-31T16:00:00.000Z', to: '2025-08-31T16:00:00.000Z' };
    expect(sent).toEqual([
      `content.calendarItems ${JSON.stringify(range)}`,
      `deliverables.calendar ${JSON.stringify(range)}`,
      `approvals.states ${JSON.stringify(range)}`,
    ]);
    answerList({ ok: true, value: [{ id: 'ws-3', timeZone: 'Asia/Shanghai' }] });
    await list;
    await Promise.resolve();
    // The guess was right: nothing is asked again, and the page's call takes the answer.
    await call('content.calendarItems', {
      workspaceId: 'ws-3',
      ...viewRange('list', '2025-08-15', 'Asia/Shanghai'),
    });
    expect(sent).toHaveLength(3);
  });

  it("asks again in the workspace's own zone when it is another, and drops the guessed reads", async () => {
    const sent = countingTransport();
    const list = Promise.resolve<ApiResult<{ id: string; timeZone: string }[]>>({
      ok: true,
      value: [{ id: 'ws-4', timeZone: 'Europe/London' }],
    });
    startCalendarInGuessedZone('ws-4', list, 'view=list&date=2025-08-15');
    await list;
    await Promise.resolve();
    // London's August (UTC+1 in summer), after the three guessed reads.
    const london = { workspaceId: 'ws-4', from: '2025-07-31T23:00:00.000Z', to: '2025-08-31T23:00:00.000Z' };
    expect(sent.slice(3)).toEqual([
      `content.calendarItems ${JSON.stringify(london)}`,
      `deliverables.calendar ${JSON.stringify(london)}`,
      `approvals.states ${JSON.stringify(london)}`,
    ]);
    await call('content.calendarItems', {
      workspaceId: 'ws-4',
      ...viewRange('list', '2025-08-15', 'Europe/London'),
    });
    expect(sent).toHaveLength(6);
    // A later read of the guessed range is not handed the stale guessed answer: it asks the backend.
    await call('content.calendarItems', {
      workspaceId: 'ws-4',
      ...viewRange('list', '2025-08-15', 'Asia/Shanghai'),
    });
    expect(sent).toHaveLength(7);
  });
});

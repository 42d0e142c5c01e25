import type { BackendContext } from '../context';
import { MAX_WEEK_LOADS, type WeekLoad } from '../../../shared/content/weekLoad';
import { liveHours, loadStatus, tallyWeeks, type WeekTally } from '../../../shared/content/guardrails';
import { parseIsoInstant } from '../../../shared/content/model';
import { parseCivilDate, weekOfDate, type PlanningWeek } from '../../../shared/content/time';
import { instantToWallTime } from '../../../shared/parsing/timeZone';
import { invalidInput } from '../errors';
import { guardrailItem, loadWorkspaceContext, type WorkspaceContext } from './context';
import { itemsStartingIn } from './repo';

/**
 * Planned posts and live hours per account for one Monday-to-Sunday week in the workspace's zone, against
 * the account's weekly targets. Archived accounts appear only when they still have items that week.
 */
export function weekLoad(ctx: BackendContext, input: { workspaceId: string; weekStart: string }): WeekLoad {
  const [load] = loadWeeks(ctx, input.workspaceId, [input.weekStart], () => ['weekStart']);
  return load!;
}

/**
 * The loads of several weeks (a month view) from one query over their span, in the order asked. The weeks
 * must lie within `MAX_WEEK_LOADS` weeks of each other, so one call never reads more than a month view.
 */
export function weekLoads(
  ctx: BackendContext,
  input: { workspaceId: string; weekStarts: string[] },
): WeekLoad[] {
  return loadWeeks(ctx, input.workspaceId, input.weekStarts, (i) => ['weekStarts', i]);
}

function loadWeeks(
  ctx: BackendContext,
  workspaceId: string,
  weekStarts: string[],
  pathOf: (index: number) => (string | number)[],
): WeekLoad[] {
  const wctx = loadWorkspaceContext(ctx.db, workspaceId);
  const weeks = weekStarts.map((text, i) => weekOfText(text, wctx.timeZone, pathOf(i)));
  const startMs = Math.min(...weeks.map((w) => w.startMs));
  const endMs = Math.max(...weeks.map((w) => w.endMs));
  if (endMs - startMs > (MAX_WEEK_LOADS + 1) * 7 * 86_400_000) {
    throw invalidInput(
      pathOf(weeks.length - 1),
      `The weeks must lie within ${MAX_WEEK_LOADS} weeks of each other`,
      'weekLoad.spanTooLong',
      { max: MAX_WEEK_LOADS },
    );
  }
  const rows = itemsStartingIn(
    ctx.db,
    workspaceId,
    new Date(startMs).toISOString(),
    new Date(endMs).toISOString(),
  );
  const tallies = tallyWeeks(rows.map(guardrailItem), wctx.timeZone);
  return weeks.map((week) => loadOfWeek(workspaceId, wctx, week, tallies));
}

function weekOfText(text: string, timeZone: string, path: (string | number)[]): PlanningWeek {
  let date = parseCivilDate(text);
  if (!date) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      throw invalidInput(path, `${text} is not a valid calendar date`, 'field.realDate');
    }
    date = instantToWallTime(parseIsoInstant(text)!, timeZone);
  }
  return weekOfDate(date, timeZone);
}

function loadOfWeek(
  workspaceId: string,
  wctx: WorkspaceContext,
  week: PlanningWeek,
  tallies: Map<string, WeekTally>,
): WeekLoad {
  const accounts = [...wctx.accounts.values()]
    .filter((a) => !a.archivedAt || tallies.has(`${a.id}|${week.weekStart}`))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'brand' ? -1 : 1));
  return {
    workspaceId,
    weekStart: week.weekStart,
    from: new Date(week.startMs).toISOString(),
    to: new Date(week.endMs).toISOString(),
    timeZone: wctx.timeZone,
    accounts: accounts.map((a) => {
      const tally = tallies.get(`${a.id}|${week.weekStart}`);
      const posts = tally?.posts ?? 0;
      const hours = liveHours(tally?.liveMinutes ?? 0);
      const postsTarget = a.targets.postsPerWeek;
      const hoursTarget = a.role === 'sales' ? a.targets.liveHoursPerWeek : null;
      return {
        accountId: a.id,
        displayName: a.displayName,
        handle: a.handle,
        role: a.role,
        archived: a.archivedAt !== null,
        posts: { planned: posts, target: postsTarget, status: loadStatus(posts, postsTarget) },
        liveHours: { planned: hours, target: hoursTarget, status: loadStatus(hours, hoursTarget, 0.005) },
      };
    }),
  };
}

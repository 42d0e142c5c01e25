import type { BackendContext } from '../context';
import type { WeekLoad } from '../../../shared/content/weekLoad';
import { liveHours, loadStatus, tallyWeeks } from '../../../shared/content/guardrails';
import { parseIsoInstant } from '../../../shared/content/model';
import { parseCivilDate, weekOfDate } from '../../../shared/content/time';
import { instantToWallTime } from '../../../shared/parsing/timeZone';
import { invalidInput } from '../errors';
import { guardrailItem, loadWorkspaceContext } from './context';
import { itemsStartingIn } from './repo';

/**
 * Planned posts and live hours per account for one Monday-to-Sunday week in the workspace's zone, against
 * the account's weekly targets. Archived accounts appear only when they still have items that week.
 */
export function weekLoad(ctx: BackendContext, input: { workspaceId: string; weekStart: string }): WeekLoad {
  const wctx = loadWorkspaceContext(ctx.db, input.workspaceId);
  let date = parseCivilDate(input.weekStart);
  if (!date) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(input.weekStart)) {
      throw invalidInput(['weekStart'], `${input.weekStart} is not a valid calendar date`, 'field.realDate');
    }
    date = instantToWallTime(parseIsoInstant(input.weekStart)!, wctx.timeZone);
  }
  const week = weekOfDate(date, wctx.timeZone);
  const from = new Date(week.startMs).toISOString();
  const to = new Date(week.endMs).toISOString();
  const rows = itemsStartingIn(ctx.db, input.workspaceId, from, to);
  const tallies = tallyWeeks(rows.map(guardrailItem), wctx.timeZone);
  const accounts = [...wctx.accounts.values()]
    .filter((a) => !a.archivedAt || tallies.has(`${a.id}|${week.weekStart}`))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'brand' ? -1 : 1));
  return {
    workspaceId: input.workspaceId,
    weekStart: week.weekStart,
    from,
    to,
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

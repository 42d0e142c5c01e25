import { useSearchParams } from 'react-router';
import { deliverableStatuses, type DeliverableStatus } from '../../../../shared/domain/offer';
import { dueWindows, type DueWindow } from '../../../../shared/domain/trackerFilters';

export interface TrackerFilters {
  statuses: DeliverableStatus[];
  due: DueWindow | null;
  creatorId: string | null;
  offerId: string | null;
  sort: 'dueAsc' | 'dueDesc';
}

const isStatus = (s: string): s is DeliverableStatus =>
  (deliverableStatuses as readonly string[]).includes(s);
const isWindow = (s: string | null): s is DueWindow =>
  s !== null && (dueWindows as readonly string[]).includes(s);

/**
 * The tracker's filters live in the address (`?due=overdue&status=due,submitted&creator=…&offer=…&sort=…`),
 * so a link (the reminders bell, an offer) opens the tracker already filtered and Back restores a filter.
 * Unknown values are ignored rather than sent to be refused.
 */
export function useTrackerFilters() {
  const [params, setParams] = useSearchParams();
  const filters: TrackerFilters = {
    statuses: (params.get('status') ?? '').split(',').filter(isStatus),
    due: isWindow(params.get('due')) ? (params.get('due') as DueWindow) : null,
    creatorId: params.get('creator') || null,
    offerId: params.get('offer') || null,
    sort: params.get('sort') === 'dueDesc' ? 'dueDesc' : 'dueAsc',
  };
  const update = (change: Partial<TrackerFilters>) => {
    const next = { ...filters, ...change };
    const entries: [string, string | null][] = [
      ['status', next.statuses.length > 0 ? next.statuses.join(',') : null],
      ['due', next.due],
      ['creator', next.creatorId],
      ['offer', next.offerId],
      ['sort', next.sort === 'dueDesc' ? 'dueDesc' : null],
    ];
    setParams(new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== null)), {
      replace: true,
    });
  };
  return { filters, update };
}

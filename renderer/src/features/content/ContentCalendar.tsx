import FullCalendar, {
  type CalendarRef,
  type DateClickInfo,
  type DayCellInfo,
  type EventClickInfo,
  type EventDropInfo,
  type EventInput,
  type MoreLinkInfo,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import zhCnLocale from '@fullcalendar/react/locales/zh-cn';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import type { ApprovalState } from '../../../../shared/approvals/stateMachine';
import { contentFormats, contentStatuses } from '../../../../shared/content/kinds';
import { EventDataContext, renderEventContent, type EventData, type EventLabels } from './CalendarEvent';
import { roleColors } from './presentation';
import { atTime, formatInZone, wallParts, type CalendarView } from './time';
import { isContextMenuKey, itemIdAt } from './ItemContextMenu';
import { useDrawnItems } from './firstRowItems';
import { flaggedByDate, type Attention } from './attention';
import { loadViewPlugin, prefetchViewPluginsWhenIdle, viewPluginReady, viewPlugins } from './viewPlugins';
import {
  DayNumberMark,
  FlaggedContext,
  keepPopoverOnScreen,
  MoreLinkMark,
  POPOVER_CLASS,
} from './calendarMarks';

type FcView = Exclude<CalendarView, 'board'>;

const fcViews: Record<FcView, string> = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  list: 'listMonth',
};

interface Props {
  view: Exclude<CalendarView, 'board'>;
  anchor: string;
  timeZone: string;
  language: 'zh-CN' | 'en';
  items: ContentCalendarItem[];
  accounts: Map<string, Account>;
  /** Creator deliverables behind items, by content item id (offers feature). */
  deliverables: ReadonlyMap<string, TrackedDeliverable>;
  /** Client approval state by content item id (approvals feature); items without one show no badge. */
  approvals?: ReadonlyMap<string, ApprovalState>;
  /** A slot was clicked: create an item starting at this instant. */
  onCreateAt(iso: string): void;
  onOpen(item: ContentCalendarItem): void;
  /** An item was dropped at a new time; call revert() if the move is refused. */
  onMove(item: ContentCalendarItem, plannedAt: string, revert: () => void): void;
  /** Overdue / warned / creator flags by item id (see attention.ts). */
  attention?: ReadonlyMap<string, Attention>;
  /** The item a link led to: scrolled to, outlined and focused. */
  focusItemId?: string | null;
  /** Right-click, Shift+F10 or the menu key on an event (ItemContextMenu.tsx). */
  onItemContextMenu?(item: ContentCalendarItem, at: { x: number; y: number } | HTMLElement): void;
}

/** The default time for an item created from a day cell: the evening peak when feeds are busiest. */
const DEFAULT_TIME = '20:00';

/**
 * FullCalendar in the workspace's time zone: month, week and list views of the filtered items, coloured by
 * account role and marked by format. Navigation is driven from outside (view + anchor date).
 */
export function ContentCalendar(props: Props) {
  const { anchor, timeZone, language, items, accounts } = props;
  const { t } = useTranslation('content');
  const tSafety = useTranslation('contentSafety').t;
  const ref = useRef<CalendarRef>(null);
  const { view, key, plugins } = useViewPlugins(props.view);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  // The first screen's month grid draws its first week row first (firstRowItems.ts).
  // The view drawn, or (before the first view's plugin is here) the one wanted.
  const eventView = view ?? props.view;
  const drawn = useDrawnItems(items, eventView, anchor, timeZone, props.focusItemId);
  // Each item's start read in the workspace's zone once per list, not on every render of every event.
  const times = useMemo(
    () => new Map(items.map((i) => [i.id, formatInZone(i.plannedAt, timeZone, false)])),
    [items, timeZone],
  );

  // FullCalendar starts at the initial view and date; it is moved only when they change afterwards (a new
  // instance, made when a view's plugin is added, starts where it should be).
  const shown = useRef({ view, anchor, key });
  useEffect(() => {
    const before = shown.current;
    shown.current = { view, anchor, key };
    if (before.key !== key || (before.view === view && before.anchor === anchor) || view === null) return;
    ref.current?.getApi().changeView(fcViews[view], anchor);
  }, [view, anchor, key]);

  const flagged = useMemo(
    () => flaggedByDate(items, props.attention ?? new Map(), timeZone),
    [items, props.attention, timeZone],
  );
  useFocusItem(
    ref,
    props.focusItemId && view ? byId.get(props.focusItemId) : undefined,
    view ?? 'month',
    timeZone,
  );

  // Only what FullCalendar lays out: marks, badges and the focus reach the events through EventDataContext,
  // so their queries landing do not rebuild the events.
  const events = useMemo(
    (): EventInput[] =>
      drawn.map((item) => {
        const role = accounts.get(item.accountId)?.role ?? 'brand';
        return {
          id: item.id,
          title: item.title,
          start: item.plannedAt,
          ...(item.format === 'live' ? { end: item.plannedEndAt } : {}),
          allDay: false,
          // Light fill and dark text by role; the strong role colour is the event's left edge (CalendarEvent).
          color: item.status === 'cancelled' ? '#f5f5f5' : roleColors[role].background,
          contrastColor: item.status === 'cancelled' ? '#4d4d4d' : roleColors[role].text,
          // Archived items are off the plan: open them to restore, never drag them.
          editable: item.status !== 'published' && !item.archived,
        };
      }),
    [drawn, accounts],
  );

  const labels = useMemo(
    (): EventLabels => ({
      status: Object.fromEntries(contentStatuses.map((s) => [s, t(`status.${s}`)])) as EventLabels['status'],
      format: Object.fromEntries(contentFormats.map((f) => [f, t(`format.${f}`)])) as EventLabels['format'],
      overdue: tSafety('attention.overdueItem'),
      archived: t('archivedTag'),
    }),
    [t, tSafety],
  );
  const eventData = useMemo(
    (): EventData => ({
      byId,
      times,
      accounts,
      deliverables: props.deliverables,
      approvals: props.approvals,
      attention: props.attention,
      view: eventView,
      focusItemId: props.focusItemId,
      labels,
      t,
    }),
    [
      byId,
      times,
      accounts,
      props.deliverables,
      props.approvals,
      props.attention,
      eventView,
      props.focusItemId,
      labels,
      t,
    ],
  );

  // FullCalendar's handlers read the latest props through a ref, so the options it sees stay the same
  // between renders (a changed option makes it re-render its views).
  const latest = useRef({ props, byId });
  useLayoutEffect(() => {
    latest.current = { props, byId };
  });
  const handlers = useMemo(
    () => ({
      dateClick(info: DateClickInfo) {
        const { props: p } = latest.current;
        if (info.allDay) {
          const { date } = wallParts(info.date.toISOString(), p.timeZone);
          p.onCreateAt(atTime(date, DEFAULT_TIME, p.timeZone));
        } else p.onCreateAt(info.date.toISOString());
      },
      eventClick(info: EventClickInfo) {
        info.jsEvent.preventDefault();
        const item = latest.current.byId.get(info.event.id);
        if (item) latest.current.props.onOpen(item);
      },
      eventDrop(info: EventDropInfo) {
        const item = latest.current.byId.get(info.event.id);
        const start = info.event.start;
        if (!item || !start) {
          info.revert();
          return;
        }
        latest.current.props.onMove(item, start.toISOString(), info.revert);
      },
    }),
    [],
  );

  return (
    <div
      data-testid="content-calendar"
      data-view={view}
      onContextMenu={(e) => {
        const hit = itemIdAt(e.target);
        const item = hit && byId.get(hit.id);
        if (!item || !props.onItemContextMenu) return;
        e.preventDefault();
        props.onItemContextMenu(item, { x: e.clientX, y: e.clientY });
      }}
      onKeyDown={(e) => {
        if (!isContextMenuKey(e)) return;
        const hit = itemIdAt(e.target);
        const item = hit && byId.get(hit.id);
        if (!item || !props.onItemContextMenu) return;
        e.preventDefault();
        props.onItemContextMenu(item, e.target as HTMLElement);
      }}
    >
      <FlaggedContext.Provider value={flagged}>
        <EventDataContext.Provider value={eventData}>
          {view !== null && (
            <FullCalendar
              key={key}
              ref={ref}
              plugins={plugins}
              initialView={fcViews[view]}
              initialDate={anchor}
              timeZone={timeZone}
              locale={language === 'zh-CN' ? zhCnLocale : 'en'}
              headerToolbar={false}
              firstDay={1}
              fixedWeekCount={false}
              height={view === 'week' ? 760 : 'auto'}
              scrollTime="08:00:00"
              allDaySlot={false}
              nowIndicator
              dayMaxEvents={5}
              eventDisplay="block"
              defaultTimedEventDuration="00:30"
              editable
              eventDurationEditable={false}
              eventTimeFormat={eventTimeFormat}
              // The events draw their own time (CalendarEvent, worked out once per list): FullCalendar's own
              // time text cost a named-zone format per event. The list view keeps it for its time column.
              displayEventTime={view === 'list'}
              events={events}
              eventContent={renderEventContent}
              dateClick={handlers.dateClick}
              eventClick={handlers.eventClick}
              eventDrop={handlers.eventDrop}
              noEventsContent={t('list.empty')}
              dayCellTopContent={dayCellTopContent}
              moreLinkContent={moreLinkContent}
              moreLinkClick={moreLinkClick}
              popoverClass={POPOVER_CLASS}
            />
          )}
        </EventDataContext.Provider>
      </FlaggedContext.Provider>
    </div>
  );
}

// FullCalendar's options that never change, made once: new objects or functions on each render would make
// it rebuild what depends on them.
const basePlugins = [dayGridPlugin, interactionPlugin, classicThemePlugin];
const eventTimeFormat = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const dayCellTopContent = (arg: DayCellInfo) => <DayNumberMark>{arg.dayNumberText}</DayNumberMark>;
const moreLinkContent = (arg: MoreLinkInfo) => <MoreLinkMark text={arg.text} />;
const moreLinkClick = () => {
  keepPopoverOnScreen();
  return 'popover' as const;
};

/**
 * The view FullCalendar draws and the plugins it is given (viewPlugins.ts). A view whose plugin is not here
 * yet is loaded; until it arrives the calendar keeps the view it shows (or, on a first screen in that view,
 * draws nothing), then draws it. FullCalendar is remade (`key`) when a view's plugin is first added, at most
 * twice in a page's life and always together with a change of view.
 */
function useViewPlugins(wanted: FcView) {
  const [, setArrived] = useState(0);
  const ready = viewPluginReady(wanted);
  // The views FullCalendar has been given plugins for, and the view it last drew (kept while the next loads).
  const [shown, setShown] = useState<{ given: ReadonlySet<FcView>; view: FcView | null }>(() => ({
    given: new Set<FcView>(ready ? ['month', wanted] : ['month']),
    view: ready ? wanted : null,
  }));
  if (ready && shown.view !== wanted) {
    setShown({
      given: shown.given.has(wanted) ? shown.given : new Set([...shown.given, wanted]),
      view: wanted,
    });
  }
  const view = ready ? wanted : shown.view;
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadViewPlugin(wanted).then(
      () => live && setArrived((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  useEffect(() => prefetchViewPluginsWhenIdle(), []);
  const given = shown.given;
  const key = [...given].sort().join();
  const plugins = useMemo(() => [...basePlugins, ...viewPlugins(given)], [given]);
  return { view, key, plugins };
}

/**
 * Brings the linked item into view once: in week view scrolls the time grid to an hour before it, then
 * centres and focuses its event (the outline comes from renderEvent).
 */
function useFocusItem(
  ref: React.RefObject<CalendarRef | null>,
  item: ContentCalendarItem | undefined,
  view: Exclude<CalendarView, 'board'>,
  timeZone: string,
) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!item || done.current === `${item.id}|${view}`) return;
    done.current = `${item.id}|${view}`;
    if (view === 'week') {
      const [hour = 0, minute = 0] = wallParts(item.plannedAt, timeZone).time.split(':').map(Number);
      const from = Math.max(0, hour * 60 + minute - 60);
      ref.current?.getApi().scrollToTime({ minutes: from });
    }
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`[data-item-id="${item.id}"]`);
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
      el?.focus({ preventScroll: true });
    });
  }, [ref, item, view, timeZone]);
}

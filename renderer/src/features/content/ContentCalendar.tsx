import FullCalendar, {
  type CalendarRef,
  type DateClickInfo,
  type EventClickInfo,
  type EventDisplayInfo,
  type EventDropInfo,
  type EventInput,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import zhCnLocale from '@fullcalendar/react/locales/zh-cn';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import type { ApprovalState } from '../../../../shared/approvals/stateMachine';
import { ApprovalBadge } from '../approvals';
import { CreatorMarker, FormatIcon, itemScopeWarnings, roleColors, WarningMarker } from './presentation';
import { atTime, formatInZone, wallParts, type CalendarView } from './time';
import { SeriesMarker } from './SeriesMarker';
import { isContextMenuKey, itemIdAt } from './ItemContextMenu';
import { flaggedByDate, type Attention } from './attention';
import {
  DayNumberMark,
  FlaggedContext,
  keepPopoverOnScreen,
  MoreLinkMark,
  OverdueMarker,
  POPOVER_CLASS,
} from './calendarMarks';

const fcViews: Record<Exclude<CalendarView, 'board'>, string> = {
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
  const { view, anchor, timeZone, language, items, accounts } = props;
  const { t } = useTranslation('content');
  const ref = useRef<CalendarRef>(null);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  useEffect(() => {
    ref.current?.getApi().changeView(fcViews[view], anchor);
  }, [view, anchor]);

  const flagged = useMemo(
    () => flaggedByDate(items, props.attention ?? new Map(), timeZone),
    [items, props.attention, timeZone],
  );
  useFocusItem(ref, props.focusItemId ? byId.get(props.focusItemId) : undefined, view, timeZone);

  const events = useMemo(
    (): EventInput[] =>
      items.map((item) => {
        const role = accounts.get(item.accountId)?.role ?? 'brand';
        return {
          id: item.id,
          title: item.title,
          start: item.plannedAt,
          ...(item.format === 'live' ? { end: item.plannedEndAt } : {}),
          allDay: false,
          // Light fill and dark text by role; the strong role colour is the event's left edge (see renderEvent).
          color: item.status === 'cancelled' ? '#f5f5f5' : roleColors[role].background,
          contrastColor: item.status === 'cancelled' ? '#4d4d4d' : roleColors[role].text,
          editable: item.status !== 'published',
          extendedProps: { itemId: item.id, approval: props.approvals?.get(item.id) },
        };
      }),
    [items, accounts, props.approvals],
  );

  const renderEvent = (arg: EventDisplayInfo) => {
    const item = byId.get(arg.event.id);
    if (!item) return arg.event.title;
    const account = accounts.get(item.accountId);
    const deliverable = props.deliverables.get(item.id);
    const approval = props.approvals?.get(item.id);
    const time = formatInZone(item.plannedAt, timeZone, false);
    // Week columns are narrow: titles wrap onto more lines instead of being cut to ~4 characters.
    const wrap = view === 'week';
    const focused = item.id === props.focusItemId;
    return (
      <span
        data-testid="calendar-item"
        data-item-id={item.id}
        data-highlighted={focused ? 'true' : undefined}
        className={focused ? 'md-focused-item' : undefined}
        tabIndex={focused ? -1 : undefined}
        data-role={account?.role}
        data-format={item.format}
        data-status={item.status}
        title={`${time} ${item.title} · ${account?.displayName ?? ''} · ${t(`status.${item.status}`)}`}
        style={{
          display: 'flex',
          alignItems: wrap ? 'flex-start' : 'center',
          flexWrap: wrap ? 'wrap' : 'nowrap',
          gap: 4,
          overflow: 'hidden',
          whiteSpace: wrap ? 'normal' : 'nowrap',
          width: '100%',
          textDecoration: item.status === 'cancelled' ? 'line-through' : undefined,
          padding: '0 2px',
          borderInlineStart: `3px solid ${item.status === 'cancelled' ? '#bfbfbf' : roleColors[account?.role ?? 'brand'].border}`,
          alignSelf: 'stretch',
        }}
      >
        <FormatIcon format={item.format} title={t(`format.${item.format}`)} />
        <SeriesMarker item={item} />
        <span style={{ opacity: 0.85, fontVariantNumeric: 'tabular-nums' }}>{time}</span>
        <span
          data-testid="calendar-item-title"
          style={
            wrap
              ? { flex: '1 1 100%', overflowWrap: 'anywhere', lineHeight: 1.3 }
              : { overflow: 'hidden', textOverflow: 'ellipsis', flex: 1 }
          }
        >
          {item.title}
        </span>
        {view === 'list' && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {account?.displayName}
          </Typography.Text>
        )}
        {deliverable && <CreatorMarker deliverable={deliverable} t={t} />}
        {!deliverable && props.attention?.get(item.id)?.overdue && <OverdueMarker />}
        {approval && <ApprovalBadge state={approval} compact />}
        <WarningMarker warnings={itemScopeWarnings(item)} t={t} />
      </span>
    );
  };

  const onDateClick = (info: DateClickInfo) => {
    if (info.allDay) {
      const { date } = wallParts(info.date.toISOString(), timeZone);
      props.onCreateAt(atTime(date, DEFAULT_TIME, timeZone));
    } else props.onCreateAt(info.date.toISOString());
  };

  const onEventClick = (info: EventClickInfo) => {
    info.jsEvent.preventDefault();
    const item = byId.get(info.event.id);
    if (item) props.onOpen(item);
  };

  const onEventDrop = (info: EventDropInfo) => {
    const item = byId.get(info.event.id);
    const start = info.event.start;
    if (!item || !start) {
      info.revert();
      return;
    }
    props.onMove(item, start.toISOString(), info.revert);
  };

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
        <FullCalendar
          ref={ref}
          plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin]}
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
          eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          events={events}
          eventContent={renderEvent}
          dateClick={onDateClick}
          eventClick={onEventClick}
          eventDrop={onEventDrop}
          noEventsContent={t('list.empty')}
          dayCellTopContent={(arg) => <DayNumberMark>{arg.dayNumberText}</DayNumberMark>}
          moreLinkContent={(arg) => <MoreLinkMark text={arg.text} />}
          moreLinkClick={() => {
            keepPopoverOnScreen();
            return 'popover';
          }}
          popoverClass={POPOVER_CLASS}
        />
      </FlaggedContext.Provider>
    </div>
  );
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

import { ClockCircleFilled, UserOutlined, WarningFilled } from '@ant-design/icons';
import type { EventDisplayInfo } from '@fullcalendar/react';
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { Account } from '../../../../shared/domain/account';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';
import type { ContentFormat, ContentStatus } from '../../../../shared/content/model';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import type { ApprovalState } from '../../../../shared/approvals/stateMachine';
import { ApprovalBadge } from '../approvals';
import type { Attention } from './attention';
import { FormatIcon, roleColors, warningText } from './presentation';
import { SeriesMarker } from './SeriesMarker';
import type { CalendarView } from './time';

/**
 * What every calendar event draws from, handed down by context instead of through FullCalendar's
 * `eventContent`: that function stays the same for the calendar's life, so FullCalendar keeps its event
 * segments when deliverables, approval states or the focus land after the items (issue 11 §8: each query
 * landing used to rebuild every event); only these small components re-render.
 */
export interface EventData {
  byId: ReadonlyMap<string, ContentCalendarItem>;
  /** `HH:mm` of each item's start in the workspace's zone, worked out once per item list. */
  times: ReadonlyMap<string, string>;
  accounts: ReadonlyMap<string, Account>;
  deliverables: ReadonlyMap<string, TrackedDeliverable>;
  approvals: ReadonlyMap<string, ApprovalState> | undefined;
  attention: ReadonlyMap<string, Attention> | undefined;
  view: Exclude<CalendarView, 'board'>;
  focusItemId: string | null | undefined;
  /** Labels translated once per language, not once per item. */
  labels: EventLabels;
  t: TFunction<'content'>;
}

export interface EventLabels {
  status: Record<ContentStatus, string>;
  format: Record<ContentFormat, string>;
  overdue: string;
  archived: string;
}

export const EventDataContext = createContext<EventData | null>(null);

/** FullCalendar's `eventContent`: one function for the calendar's life (see EventData). */
export function renderEventContent(arg: EventDisplayInfo) {
  return <CalendarEvent id={arg.event.id} title={arg.event.title} />;
}

const OVERDUE = '#cf1322';

function CalendarEvent({ id, title }: { id: string; title: string }) {
  const data = useContext(EventDataContext);
  const item = data?.byId.get(id);
  if (!data || !item) return title;
  const { labels, t } = data;
  const account = data.accounts.get(item.accountId);
  const deliverable = data.deliverables.get(id);
  const approval = data.approvals?.get(id);
  const time = data.times.get(id) ?? '';
  // Week columns are narrow: titles wrap onto more lines instead of being cut to ~4 characters.
  const wrap = data.view === 'week';
  const focused = id === data.focusItemId;
  const cancelled = item.status === 'cancelled';
  // Shown only with 显示已归档: muted, with a tag, so it never reads as part of the plan.
  const archived = item.archived;
  const warnings = item.warnings;
  return (
    <span
      data-testid="calendar-item"
      data-item-id={id}
      data-highlighted={focused ? 'true' : undefined}
      className={focused ? 'md-focused-item' : undefined}
      tabIndex={focused ? -1 : undefined}
      data-role={account?.role}
      data-format={item.format}
      data-status={item.status}
      data-archived={archived ? 'true' : undefined}
      title={`${time} ${item.title} · ${account?.displayName ?? ''} · ${labels.status[item.status]}`}
      style={{
        display: 'flex',
        alignItems: wrap ? 'flex-start' : 'center',
        flexWrap: wrap ? 'wrap' : 'nowrap',
        gap: 4,
        overflow: 'hidden',
        whiteSpace: wrap ? 'normal' : 'nowrap',
        width: '100%',
        textDecoration: cancelled ? 'line-through' : undefined,
        padding: '0 2px',
        opacity: archived ? 0.55 : undefined,
        borderInlineStart: `3px solid ${cancelled ? '#bfbfbf' : roleColors[account?.role ?? 'brand'].border}`,
        alignSelf: 'stretch',
      }}
    >
      <FormatIcon format={item.format} title={labels.format[item.format]} />
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
      {archived && (
        <span data-testid="archived-tag" style={{ fontSize: 11, color: 'var(--ant-color-text-secondary)' }}>
          [{labels.archived}]
        </span>
      )}
      {data.view === 'list' && (
        <span style={{ fontSize: 12, color: 'var(--ant-color-text-secondary)' }}>{account?.displayName}</span>
      )}
      {/* Marks carry their text as a native tooltip: an antd Tooltip per event cost more than the event. */}
      {deliverable && <CreatorMark deliverable={deliverable} t={t} />}
      {!deliverable && data.attention?.get(id)?.overdue && (
        <ClockCircleFilled
          data-testid="overdue-item"
          role="img"
          aria-label={labels.overdue}
          title={labels.overdue}
          style={{ color: OVERDUE }}
        />
      )}
      {approval && <ApprovalBadge state={approval} compact />}
      {warnings.length > 0 && (
        <WarningFilled
          data-testid="item-warning"
          role="img"
          aria-label={warnings.map((w) => warningText(w, t)).join('；')}
          title={warnings.map((w) => warningText(w, t)).join('\n')}
          style={{ color: warnings.some((w) => w.severity === 'error') ? OVERDUE : '#d48806' }}
        />
      )}
    </span>
  );
}

/** A creator deliverable (达播/达人视频) on an event; red when past its due date and not yet published. */
function CreatorMark({ deliverable, t }: { deliverable: TrackedDeliverable; t: TFunction<'content'> }) {
  const params = { creator: deliverable.creatorName, due: deliverable.dueOn };
  const label = deliverable.overdue ? t('deliverableOverdue', params) : t('deliverableBy', params);
  return (
    <UserOutlined
      data-testid={deliverable.overdue ? 'overdue-deliverable' : 'creator-deliverable'}
      role="img"
      aria-label={label}
      title={label}
      style={{ color: deliverable.overdue ? OVERDUE : '#531dab' }}
    />
  );
}

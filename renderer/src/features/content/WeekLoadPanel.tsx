import { Collapse, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekLoad } from '../../../../shared/content/weekLoad';
import type { LoadStatus } from '../../../../shared/content/guardrails';
import { useAfterFirstPaint } from '../../lib/afterFirstPaint';
import { PlainTag, type PresetColor } from '../../lib/antdMarkup';
import { PlainSmallTable, type PlainColumn } from '../../lib/antdTableMarkup';
import { useWeekLoads } from './queries';

const WeekLoadTable = lazy(() => import('./WeekLoadTable').then((m) => ({ default: m.WeekLoadTable })));

/** The account column's width; the week columns take what their tags need. */
const ACCOUNT_WIDTH = 180;

const statusColor: Record<LoadStatus, PresetColor> = {
  below: 'orange',
  on_target: 'green',
  above: 'purple',
  no_target: 'default',
};

interface Row {
  accountId: string;
  displayName: string;
  role: 'brand' | 'sales';
  weeks: Map<string, WeekLoad['accounts'][number]>;
}

/**
 * The calendar's week header: per account and week, planned posts and live hours against the account's
 * weekly targets (from the matrix), so under- and over-planned weeks show before they happen.
 */
export function WeekLoadPanel({ workspaceId, weekStarts }: { workspaceId: string; weekStarts: string[] }) {
  const { t } = useTranslation('content');
  const query = useWeekLoads(workspaceId, weekStarts);
  const loads = query.data ?? [];
  const rows = new Map<string, Row>();
  for (const load of loads) {
    for (const a of load.accounts) {
      const row = rows.get(a.accountId) ?? {
        accountId: a.accountId,
        displayName: a.displayName,
        role: a.role,
        weeks: new Map(),
      };
      row.weeks.set(load.weekStart, a);
      rows.set(a.accountId, row);
    }
  }
  const cell = (entry: WeekLoad['accounts'][number] | undefined) => {
    if (!entry) return null;
    const posts =
      entry.posts.target === null
        ? t('weekLoad.postsNoTarget', { planned: entry.posts.planned })
        : t('weekLoad.posts', { planned: entry.posts.planned, target: entry.posts.target });
    const showLive =
      entry.role === 'sales' && (entry.liveHours.target !== null || entry.liveHours.planned > 0);
    const live =
      entry.liveHours.target === null
        ? t('weekLoad.liveNoTarget', { planned: entry.liveHours.planned })
        : t('weekLoad.live', { planned: entry.liveHours.planned, target: entry.liveHours.target });
    // One tag per target: its status as colour and tooltip, what was planned against it as text.
    // The status as a native tooltip: an antd Tooltip per tag (two per account and week) was a large part of
    // the calendar's first render (issue 11 §8).
    // The tags are antd's Tag markup (lib/antdMarkup.tsx): one Tag instance per account and week was a
    // dozen hooks each; the header's real Tags write the CSS variables they read.
    const statusTag = (status: keyof typeof statusColor, text: string, testId: string) => (
      <PlainTag
        color={statusColor[status]}
        data-testid={testId}
        data-status={status}
        title={t(`weekLoad.status.${status}`)}
      >
        {text}
      </PlainTag>
    );
    return (
      <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
        {statusTag(entry.posts.status, posts, 'week-load-posts')}
        {showLive && statusTag(entry.liveHours.status, live, 'week-load-live')}
      </span>
    );
  };
  const columns: PlainColumn<Row>[] = [
    {
      key: 'account',
      title: t('weekLoad.account'),
      render: (row) => (
        <span data-testid="week-load-account" data-account-id={row.accountId}>
          <PlainTag color={row.role === 'brand' ? 'orange' : 'red'}>{t(`legend.${row.role}`)}</PlainTag>
          {row.displayName}
        </span>
      ),
    },
    ...weekStarts.map((weekStart) => ({
      key: weekStart,
      title: `${dayjs(weekStart).format('M/D')}–${dayjs(weekStart).add(6, 'day').format('M/D')}`,
      render: (row: Row) => cell(row.weeks.get(weekStart)),
    })),
  ];
  const table = {
    columns,
    rows: [...rows.values()],
    rowKey: (row: Row) => row.accountId,
    firstWidth: ACCOUNT_WIDTH,
  };
  // In the app's first frame the loaded table is antd's markup, the same boxes as the Table that replaces it
  // a frame later (issue 11 §8: rc-table's per-cell hooks and antd's Table code were on the calendar's path to
  // its first item). The markup also stands in while the Table's code downloads.
  const painted = useAfterFirstPaint();
  const plain = <PlainSmallTable data-testid="week-load" {...table} />;
  const offTarget = loads
    .flatMap((l) => l.accounts)
    .filter(
      (a) =>
        a.posts.status === 'below' ||
        a.posts.status === 'above' ||
        a.liveHours.status === 'below' ||
        a.liveHours.status === 'above',
    ).length;
  return (
    <Collapse
      size="small"
      defaultActiveKey={['load']}
      items={[
        {
          key: 'load',
          label: (
            <span>
              <Typography.Text strong>{t('weekLoad.title')}</Typography.Text>
              {offTarget > 0 && (
                <PlainTag color="orange" style={{ marginInlineStart: 8 }} data-testid="week-load-off">
                  {t('weekLoad.offTarget', { count: offTarget })}
                </PlainTag>
              )}
            </span>
          ),
          // The region scrolls sideways on narrow windows: focusable and named, so keyboard users can scroll it.
          children: (
            <div role="region" aria-label={t('weekLoad.title')} tabIndex={0} style={{ overflowX: 'auto' }}>
              {painted || query.isLoading ? (
                <Suspense fallback={plain}>
                  <WeekLoadTable {...table} loading={query.isLoading} />
                </Suspense>
              ) : (
                plain
              )}
            </div>
          ),
        },
      ]}
    />
  );
}

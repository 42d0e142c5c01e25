import { Collapse, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WeekLoad } from '../../../../shared/content/weekLoad';
import type { LoadStatus } from '../../../../shared/content/guardrails';
import { useWeekLoads } from './queries';

const statusColor: Record<LoadStatus, string> = {
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
    const statusTag = (status: keyof typeof statusColor, text: string, testId: string) => (
      <Tag
        color={statusColor[status]}
        data-testid={testId}
        data-status={status}
        title={t(`weekLoad.status.${status}`)}
      >
        {text}
      </Tag>
    );
    return (
      <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
        {statusTag(entry.posts.status, posts, 'week-load-posts')}
        {showLive && statusTag(entry.liveHours.status, live, 'week-load-live')}
      </span>
    );
  };
  const columns = [
    {
      key: 'account',
      title: t('weekLoad.account'),
      fixed: 'left' as const,
      width: 180,
      render: (_v: unknown, row: Row) => (
        <span data-testid="week-load-account" data-account-id={row.accountId}>
          <Tag color={row.role === 'brand' ? 'orange' : 'red'} bordered={false}>
            {t(`legend.${row.role}`)}
          </Tag>
          {row.displayName}
        </span>
      ),
    },
    ...weekStarts.map((weekStart) => ({
      key: weekStart,
      title: `${dayjs(weekStart).format('M/D')}–${dayjs(weekStart).add(6, 'day').format('M/D')}`,
      render: (_v: unknown, row: Row) => cell(row.weeks.get(weekStart)),
    })),
  ];
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
                <Tag color="orange" style={{ marginInlineStart: 8 }} data-testid="week-load-off">
                  {t('weekLoad.offTarget', { count: offTarget })}
                </Tag>
              )}
            </span>
          ),
          // The region scrolls sideways on narrow windows: focusable and named, so keyboard users can scroll it.
          children: (
            <div role="region" aria-label={t('weekLoad.title')} tabIndex={0} style={{ overflowX: 'auto' }}>
              <Table<Row>
                data-testid="week-load"
                size="small"
                rowKey="accountId"
                pagination={false}
                loading={query.isLoading}
                dataSource={[...rows.values()]}
                columns={columns}
              />
            </div>
          ),
        },
      ]}
    />
  );
}

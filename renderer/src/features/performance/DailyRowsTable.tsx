import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DailyMetricsRow } from '../../../../shared/api/metricsRows';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { CursorPager } from '../../lib/paging/CursorPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';

export const DAILY_ROWS_PAGE_SIZE = 30;

/** Under 'metrics', so an import (which invalidates every metrics query) refreshes the rows too. */
const dailyRowsKey = (accountId: string, cursor: string | undefined) =>
  ['metrics', 'rows', accountId, cursor ?? ''] as const;

function useDailyRows(accountId: string, cursor: string | undefined) {
  return useQuery({
    queryKey: dailyRowsKey(accountId, cursor),
    queryFn: () =>
      call('metrics.rows', { accountId, limit: DAILY_ROWS_PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    placeholderData: keepPreviousData,
  });
}

const countColumns = ['views', 'likes', 'comments', 'shares', 'saves', 'newFollowers', 'orders'] as const;

/**
 * 每日数据: the account's imported daily rows behind the charts, newest first, one server page at a time
 * (an account gathers a row a day, years of them).
 */
export function DailyRowsTable({ accountId }: { accountId: string }) {
  const { t } = useTranslation('performance');
  const f = useFormat();
  const pages = useCursorPages(accountId);
  const rows = useDailyRows(accountId, pages.cursor);
  const count = (v: number | null) => f.count(v);

  return (
    <Card title={t('dailyRows.title')} data-testid="daily-rows">
      <Table<DailyMetricsRow>
        size="small"
        rowKey="date"
        loading={rows.isLoading}
        dataSource={rows.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('dailyRows.empty') }}
        columns={[
          { title: t('fields.date'), dataIndex: 'date', render: (v: string) => f.date(v), fixed: 'left' },
          ...countColumns.map((field) => ({
            title: t(`fields.${field}`),
            dataIndex: field,
            align: 'right' as const,
            render: count,
          })),
          {
            title: t('fields.gmv'),
            dataIndex: 'gmv',
            align: 'right',
            render: (v: number | null) => f.moneyAt('table', v),
          },
          { title: t('dailyRows.source'), dataIndex: 'source', ellipsis: true },
        ]}
      />
      <CursorPager
        page={pages.page}
        pageSize={DAILY_ROWS_PAGE_SIZE}
        shown={rows.data?.items.length ?? 0}
        total={rows.data?.total ?? 0}
        nextCursor={rows.data?.nextCursor ?? null}
        onNext={pages.next}
        onPrevious={pages.previous}
        testId="daily-rows-pager"
      />
    </Card>
  );
}

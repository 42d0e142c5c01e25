import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PortfolioRow } from '../../../../shared/portfolio/schema';
import { describeError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { PageLayout } from '../../lib/PageLayout';
import { portfolioColumns } from './columns';
import { usePortfolio } from './queries';

/**
 * The agency's home when it has two or more clients: one row per workspace with what needs attention.
 * A row opens that workspace on the page its most urgent problem is on (the backend decides which).
 */
export function PortfolioPage() {
  const { t } = useTranslation(['portfolio', 'workspaces']);
  const f = useFormat();
  const navigate = useNavigate();
  const portfolio = usePortfolio();
  const rows = useMemo(() => portfolio.data?.rows ?? [], [portfolio.data]);
  // "Last activity within 7 days" counts from when the backend answered, so filtering is stable.
  const asOf = portfolio.data ? Date.parse(portfolio.data.generatedAt) : 0;
  const columns = useMemo(() => portfolioColumns(t, f, rows, asOf), [t, f, rows, asOf]);
  const open = (row: PortfolioRow) => navigate(`/w/${row.workspaceId}/${row.focus.page}`);

  return (
    <PageLayout
      title={t('title')}
      subtitle={t('subtitle', { count: rows.length })}
      extra={
        <Button
          icon={<ReloadOutlined />}
          onClick={() => void portfolio.refetch()}
          loading={portfolio.isFetching}
        >
          {t('refresh')}
        </Button>
      }
    >
      {portfolio.error && <Alert type="error" title={describeError(portfolio.error, t)} />}
      <Table<PortfolioRow>
        aria-label={t('table')}
        data-testid="portfolio-table"
        rowKey="workspaceId"
        size="middle"
        loading={portfolio.isLoading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        onRow={(row) => ({
          onClick: () => open(row),
          onKeyDown: (e) => {
            if (e.key === 'Enter') open(row);
          },
          tabIndex: 0,
          style: { cursor: 'pointer' },
        })}
      />
    </PageLayout>
  );
}

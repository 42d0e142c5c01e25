import { ExportOutlined } from '@ant-design/icons';
import { Button, Card, Spin, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalRow } from '../../../../shared/approvals/model';
import type { ApprovalState } from '../../../../shared/approvals/stateMachine';
import { useCurrentWorkspace, useWorkspaceId } from '../../lib/workspaceContext';
import { useFormat } from '../../lib/format';
import { PageLayout } from '../../lib/PageLayout';
import { useAccounts } from '../accounts';
import { ApprovalBadge, ApprovalStateFilter } from './ApprovalBadge';
import { ApprovalItemDrawer } from './ApprovalItemDrawer';
import { ApprovalModeSetting } from './ApprovalModeSetting';
import { ExportPackModal } from './ExportPackModal';
import { ImportAnswers } from './ImportAnswers';
import { useApprovalList } from './queries';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

/** Rows loaded before the table draws only those in view (antd's virtual list). */
const VIRTUAL_ROWS_FROM = 150;

/** 客户审核: the mode, packs out, answers in, and every item sent for review with its state. */
export function ApprovalsPage() {
  const { t } = useTranslation('approvals');
  const format = useFormat();
  const workspaceId = useWorkspaceId();
  const { workspace } = useCurrentWorkspace();
  const accountsQuery = useAccounts(workspaceId, true);
  const [exportOpen, setExportOpen] = useState(false);
  const [states, setStates] = useState<ApprovalState[]>([]);
  const [openItem, setOpenItem] = useState<string | null>(null);
  // Both built when first opened, not with the list (issue 11 §8).
  const exportMounted = useOpenedOnce(exportOpen);
  const itemMounted = useOpenedOnce(openItem !== null);
  const list = useApprovalList(workspaceId, states);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const accounts = accountsQuery.data ?? [];
  const accountName = new Map(accounts.map((a) => [a.id, a.displayName]));

  if (!workspace) return <Spin />;

  return (
    <PageLayout
      titles={t}
      extra={
        <Button type="primary" icon={<ExportOutlined />} onClick={() => setExportOpen(true)}>
          {t('exportPack')}
        </Button>
      }
    >
      <Card size="small">
        <ApprovalModeSetting workspaceId={workspaceId} />
      </Card>
      <Card size="small" title={t('importAnswers')}>
        <ImportAnswers workspaceId={workspaceId} />
      </Card>
      <Card
        size="small"
        title={t('list.total', { count: list.data?.pages[0]?.total ?? 0 })}
        extra={<ApprovalStateFilter value={states} onChange={setStates} />}
      >
        <Table<ApprovalRow>
          size="small"
          rowKey="itemId"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          // "Load more" keeps appending pages: past a few pages only the rows in view are drawn.
          virtual={rows.length > VIRTUAL_ROWS_FROM}
          scroll={rows.length > VIRTUAL_ROWS_FROM ? { y: 640 } : undefined}
          locale={{ emptyText: t('list.empty') }}
          onRow={(row) => ({ onClick: () => setOpenItem(row.itemId), style: { cursor: 'pointer' } })}
          data-testid="approvals-table"
          columns={[
            {
              title: t('list.title'),
              dataIndex: 'title',
              render: (title: string, row) => (
                <span data-testid="approval-row" data-item-id={row.itemId}>
                  {title}
                  <Typography.Text type="secondary"> · {accountName.get(row.accountId)}</Typography.Text>
                </span>
              ),
            },
            { title: t('list.plannedAt'), dataIndex: 'plannedAt', render: (v: string) => format.dateTime(v) },
            {
              title: t('list.state'),
              dataIndex: 'state',
              render: (s: ApprovalState) => <ApprovalBadge state={s} />,
            },
            { title: t('list.reviewer'), dataIndex: 'reviewer', render: (v: string | null) => v ?? '—' },
            {
              title: t('list.decidedAt'),
              dataIndex: 'decidedAt',
              render: (v: string | null) => format.dateTime(v),
            },
            { title: t('list.comments'), dataIndex: 'commentCount', render: (n: number) => format.count(n) },
          ]}
        />
        {list.hasNextPage && (
          <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('list.more')}
          </Button>
        )}
      </Card>
      {exportMounted && (
        <ExportPackModal
          workspaceId={workspaceId}
          timeZone={workspace.timeZone}
          accounts={accounts}
          open={exportOpen}
          onClose={() => setExportOpen(false)}
        />
      )}
      {itemMounted && (
        <ApprovalItemDrawer workspaceId={workspaceId} itemId={openItem} onClose={() => setOpenItem(null)} />
      )}
    </PageLayout>
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { LiveSessionListItem } from '../../../../shared/live/schemas';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { PageLayout } from '../../lib/PageLayout';
import { ResultPager } from '../../lib/paging/ResultPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';
import { useAccounts } from '../accounts';
import { ImportLiveModal } from './ImportLiveModal';
import { formatMetric } from './metricFormat';
import { useLiveMutations, useLiveSessions } from './queries';

const PAGE_SIZE = 20;

/** 2小时15分 / 2 h 15 min from seconds. */
export function durationParts(seconds: number): { h: number; m: number } {
  const minutes = Math.round(seconds / 60);
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}

/** 直播诊断: the room's imported sessions, newest first, paged; each opens its diagnosis. */
export function LivePage() {
  const { t } = useTranslation('live');
  const { message } = AntApp.useApp();
  const f = useFormat();
  const navigate = useNavigate();
  const workspaceId = useWorkspaceId();
  const [roomId, setRoomId] = useState<string | undefined>();
  const [importing, setImporting] = useState(false);
  // Keyset pages (the server's cursor), so importing sessions while paging neither repeats nor skips one.
  const pages = useCursorPages(roomId ?? '');
  const sessions = useLiveSessions(workspaceId, roomId, pages.cursor, PAGE_SIZE);
  const accounts = useAccounts(workspaceId, false);
  const { remove } = useLiveMutations();

  const salesAccounts = (accounts.data ?? []).filter((a) => a.role === 'sales');

  return (
    <PageLayout
      titles={t}
      extra={
        <Flex gap={8}>
          <Select
            allowClear
            style={{ width: 220 }}
            aria-label={t('room')}
            placeholder={t('allRooms')}
            value={roomId}
            onChange={(v: string | undefined) => setRoomId(v)}
            options={salesAccounts.map((a) => ({ value: a.id, label: `${a.displayName} @${a.handle}` }))}
          />
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('importButton')}
          </Button>
        </Flex>
      }
    >
      <Table<LiveSessionListItem>
        rowKey="id"
        data-testid="live-sessions"
        loading={sessions.isLoading}
        dataSource={sessions.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        pagination={false}
        onRow={(s) => ({ onDoubleClick: () => void navigate(s.id) })}
        columns={[
          {
            title: t('columns.startedAt'),
            dataIndex: 'startedAt',
            render: (v: string, s) => (
              <Link to={s.id} style={{ whiteSpace: 'nowrap' }}>
                {f.dateTime(v)}
              </Link>
            ),
          },
          {
            title: t('room'),
            dataIndex: 'roomLabel',
            render: (v: string, s) => (
              <Flex gap={4} align="center">
                {v}
                <Tag>{s.roomType === 'creator' ? t('creatorRoom') : t('ownRoom')}</Tag>
              </Flex>
            ),
          },
          {
            title: t('columns.slot'),
            dataIndex: 'slot',
            render: (v: LiveSessionListItem['slot']) => (
              <span style={{ whiteSpace: 'nowrap' }}>{t(`slots.${v}`)}</span>
            ),
          },
          {
            title: t('columns.duration'),
            dataIndex: 'durationSeconds',
            render: (v: number) => (
              <span style={{ whiteSpace: 'nowrap' }}>{t('durationValue', durationParts(v))}</span>
            ),
          },
          {
            title: t('columns.viewers'),
            key: 'viewers',
            align: 'right',
            render: (_: unknown, s) => f.count(s.values.viewers),
          },
          {
            title: t('columns.gmv'),
            key: 'gmv',
            align: 'right',
            render: (_: unknown, s) => f.moneyAt('table', s.values.gmv),
          },
          {
            title: t('columns.gpm'),
            key: 'gpm',
            align: 'right',
            render: (_: unknown, s) => formatMetric(f, 'gpm', s.metrics.gpm),
          },
          { title: t('columns.plan'), dataIndex: 'contentTitle', render: (v: string | null) => v ?? '—' },
          {
            key: 'actions',
            render: (_: unknown, s) => (
              <Flex gap={8}>
                <Link to={s.id}>{t('open')}</Link>
                <Popconfirm
                  title={t('deleteConfirm')}
                  onConfirm={() =>
                    void runWithToast(
                      async () => {
                        await remove.mutateAsync(s.id);
                        void message.success(t('deleted'));
                      },
                      { t, message },
                    )
                  }
                >
                  <Button size="small" type="link" danger>
                    {t('delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <ResultPager pages={pages} result={sessions.data} pageSize={PAGE_SIZE} testId="live-pager" />
      <ImportLiveModal
        workspaceId={workspaceId}
        open={importing}
        onClose={() => setImporting(false)}
        onOpenSession={(id) => void navigate(id)}
      />
    </PageLayout>
  );
}

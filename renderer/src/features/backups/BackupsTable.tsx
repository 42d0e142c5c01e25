import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api/backups';
import { useFormat } from '../../lib/format';
import { formatBytes } from './queries';

/** The backups with time, size, reason, app and data version; `onRestore` adds the restore action. */
export function BackupsTable({
  items,
  onRestore,
  restoreLabel,
}: {
  items: BackupInfo[];
  onRestore(backup: BackupInfo): void;
  restoreLabel: string;
}) {
  const { t } = useTranslation('backups');
  const format = useFormat();
  return (
    <Table<BackupInfo>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={false}
      locale={{ emptyText: t('empty') }}
      data-testid="backups-table"
      columns={[
        { title: t('col.createdAt'), dataIndex: 'createdAt', render: (v: string) => format.dateTime(v) },
        {
          title: t('col.size'),
          dataIndex: 'sizeBytes',
          align: 'right',
          render: (v: number) => formatBytes(v),
        },
        {
          title: t('col.reason'),
          dataIndex: 'reason',
          render: (v: BackupInfo['reason']) => t(`reason.${v}`),
        },
        { title: t('col.appVersion'), dataIndex: 'appVersion' },
        { title: t('col.schemaVersion'), dataIndex: 'schemaVersion', align: 'right' },
        {
          title: t('col.actions'),
          key: 'actions',
          render: (_: unknown, backup) => (
            <Button size="small" onClick={() => onRestore(backup)}>
              {restoreLabel}
            </Button>
          ),
        },
      ]}
    />
  );
}

import { App as AntApp, Alert, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api/backups';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { PageLayout } from '../../lib/PageLayout';
import { TypedConfirmModal } from '../../lib/TypedConfirmModal';
import { BackupsTable } from './BackupsTable';
import { formatBytes, reloadApp, useBackupNow, useBackups, useIntegrityCheck } from './queries';

/** 数据与备份: where the data lives, "Back up now", the integrity check, and restore from the list. */
export function BackupsPage() {
  const { t } = useTranslation('backups');
  const { t: tAll } = useTranslation();
  const { message } = AntApp.useApp();
  const toast = { t: tAll, message };
  const format = useFormat();
  const backups = useBackups();
  const backupNow = useBackupNow();
  const check = useIntegrityCheck();
  const [restoring, setRestoring] = useState<BackupInfo>();

  if (backups.isLoading || !backups.data) return <Spin />;
  const data = backups.data;
  const lastCheck = data.lastCheck;

  return (
    <PageLayout
      titles={t}
      extra={
        <Space wrap>
          {data.canOpenFolder && (
            <Button onClick={() => void runWithToast(() => call('backups.openFolder', {}), toast)}>
              {t('openFolder')}
            </Button>
          )}
          <Button
            loading={check.isPending}
            onClick={() => void runWithToast(() => check.mutateAsync(undefined), toast)}
          >
            {t('checkNow')}
          </Button>
          <Button
            type="primary"
            loading={backupNow.isPending}
            onClick={() =>
              void runWithToast(async () => {
                const made = await backupNow.mutateAsync(undefined);
                void message.success(t('backupDone', { size: formatBytes(made.sizeBytes) }));
              }, toast)
            }
          >
            {t('backupNow')}
          </Button>
        </Space>
      }
    >
      <Card size="small">
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'dataDir',
              label: t('dataDir'),
              children: <Typography.Text copyable>{data.dataDir}</Typography.Text>,
            },
            {
              key: 'backupsDir',
              label: t('backupsDir'),
              children: <Typography.Text copyable>{data.backupsDir}</Typography.Text>,
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('retention')}
        </Typography.Paragraph>
      </Card>
      {lastCheck ? (
        <Alert
          type={lastCheck.ok ? 'success' : 'error'}
          showIcon
          data-testid="integrity-status"
          title={
            lastCheck.ok
              ? t('checkOk', { at: format.dateTime(lastCheck.checkedAt) })
              : t('checkFailed', { problems: lastCheck.problems.join('; ') })
          }
        />
      ) : (
        <Alert type="info" showIcon data-testid="integrity-status" title={t('lastCheckNone')} />
      )}
      <Card size="small" title={t('list')}>
        <BackupsTable items={data.items} onRestore={setRestoring} restoreLabel={t('restore')} />
      </Card>
      <TypedConfirmModal
        open={restoring !== undefined}
        title={t('restoreTitle')}
        body={t('restoreBody', {
          at: restoring ? format.dateTime(restoring.createdAt) : '',
          word: t('restoreWord'),
        })}
        expected={t('restoreWord')}
        okText={t('restore')}
        onCancel={() => setRestoring(undefined)}
        onConfirm={async () => {
          if (!restoring) return;
          await call('backups.restore', { id: restoring.id });
          void message.success(t('restored'));
          reloadApp();
        }}
      />
    </PageLayout>
  );
}

import { App as AntApp, Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RecoveryStatus } from '../../../../shared/api/backups';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { TypedConfirmModal } from '../../lib/TypedConfirmModal';
import { LanguageSwitch } from '../../lib/LanguageSwitch';
import { PageHeader } from '../../lib/PageHeader';
import { BackupsTable } from './BackupsTable';
import { reloadApp } from './queries';

/**
 * What the app shows instead of an error box and exit when the database cannot be used: the file, the
 * problem in plain words, and the ways out — restore the latest backup, choose another, or start fresh
 * after moving the file aside (never deleting it). A read-only file only offers "try again".
 */
export function RecoveryPage({ status }: { status: RecoveryStatus }) {
  const { t } = useTranslation('backups');
  const { t: tAll } = useTranslation();
  const { message } = AntApp.useApp();
  const format = useFormat();
  const [choosing, setChoosing] = useState(false);
  const [confirmFresh, setConfirmFresh] = useState(false);
  const [working, setWorking] = useState(false);
  const problem = status.problem!;
  const readOnly = problem.kind === 'read_only';
  const latest = status.backups[0];

  async function run(action: () => Promise<{ movedAsideTo: string | null } | RecoveryStatus>) {
    setWorking(true);
    await runWithToast(
      async () => {
        const result = await action();
        if ('mode' in result && result.mode === 'recovery') {
          void message.error(t('recovery.stillBroken'));
          return;
        }
        if ('movedAsideTo' in result && result.movedAsideTo) {
          void message.success(t('recovery.movedAside', { path: result.movedAsideTo }));
        }
        reloadApp();
      },
      { t: tAll, message },
    );
    setWorking(false);
  }
  const restore = (backup: BackupInfo) => run(() => call('recovery.restore', { id: backup.id }));

  return (
    <Flex justify="center" style={{ padding: 32, minHeight: '100vh' }}>
      <Card style={{ maxWidth: 880, width: '100%' }} data-testid="recovery-page">
        <Flex vertical gap={16}>
          <PageHeader
            title={
              <>
                <WarningOutlined style={{ color: '#c4320a', marginRight: 8 }} />
                {t('recovery.title')}
              </>
            }
            extra={<LanguageSwitch />}
          />
          <Alert
            type={readOnly ? 'warning' : 'error'}
            showIcon
            data-testid="recovery-problem"
            data-kind={problem.kind}
            title={t(`recovery.problem.${problem.kind}`)}
            description={
              <>
                <Typography.Paragraph copyable={{ text: problem.path }} style={{ marginBottom: 4 }}>
                  {t('recovery.file', { path: problem.path })}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {t('recovery.detail', { detail: problem.detail })}
                </Typography.Text>
              </>
            }
          />
          {readOnly ? (
            <Space>
              <Button type="primary" loading={working} onClick={() => run(() => call('recovery.retry', {}))}>
                {t('recovery.retry')}
              </Button>
            </Space>
          ) : (
            <>
              <Space wrap>
                {latest ? (
                  <Button type="primary" loading={working} onClick={() => restore(latest)}>
                    {t('recovery.restoreLatest', { at: format.dateTime(latest.createdAt) })}
                  </Button>
                ) : (
                  <Typography.Text>{t('recovery.noBackups')}</Typography.Text>
                )}
                {status.backups.length > 1 && (
                  <Button onClick={() => setChoosing((v) => !v)}>{t('recovery.chooseBackup')}</Button>
                )}
                <Button danger onClick={() => setConfirmFresh(true)}>
                  {t('recovery.startFresh')}
                </Button>
                <Button onClick={() => run(() => call('recovery.retry', {}))}>{t('recovery.retry')}</Button>
              </Space>
              {choosing && (
                <BackupsTable
                  items={status.backups}
                  onRestore={(backup) => void restore(backup)}
                  restoreLabel={t('recovery.restoreChosen')}
                />
              )}
            </>
          )}
          <Typography.Text type="secondary">
            {t('backupsDir')}: {status.backupsDir}
          </Typography.Text>
        </Flex>
      </Card>
      <TypedConfirmModal
        open={confirmFresh}
        title={t('recovery.startFreshTitle')}
        body={t('recovery.startFreshBody', { word: t('recovery.startFreshWord') })}
        expected={t('recovery.startFreshWord')}
        okText={t('recovery.startFresh')}
        onCancel={() => setConfirmFresh(false)}
        onConfirm={async () => {
          setConfirmFresh(false);
          await run(() => call('recovery.startFresh', {}));
        }}
      />
    </Flex>
  );
}

import { ThunderboltOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Modal, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { ForecastMetric } from '../../../../shared/domain/metrics';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { usePerformanceMutations } from './queries';

/**
 * Saves a forecast for every account, one request per account, with a progress bar. Cancel stops
 * before the next account: runs already saved stay (each is a complete record on its own).
 */
export function ForecastAllButton({
  accounts,
  metric,
  horizon,
}: {
  accounts: Account[];
  metric: ForecastMetric;
  horizon: number;
}) {
  const { t } = useTranslation('performance');
  const { message } = AntApp.useApp();
  const { invalidateAll } = usePerformanceMutations();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancelled = useRef(false);

  const run = async () => {
    cancelled.current = false;
    setProgress({ done: 0, total: accounts.length });
    let saved = 0;
    try {
      for (const [i, account] of accounts.entries()) {
        if (cancelled.current) break;
        const result = await call('forecasts.run', { accountId: account.id, metric, horizon, save: true });
        if (!result.insufficientHistory) saved++;
        setProgress({ done: i + 1, total: accounts.length });
      }
      void message.success(t('all.done', { count: saved }));
    } catch (err) {
      void message.error(describeError(err, t));
    } finally {
      await invalidateAll();
      setProgress(null);
    }
  };

  return (
    <>
      <Button icon={<ThunderboltOutlined />} disabled={accounts.length === 0} onClick={() => void run()}>
        {t('all.button')}
      </Button>
      <Modal
        open={progress !== null}
        title={t('all.title', { metric: t(`metrics.${metric}`) })}
        closable={false}
        maskClosable={false}
        footer={
          <Button danger onClick={() => (cancelled.current = true)}>
            {t('all.cancel')}
          </Button>
        }
      >
        <Flex vertical gap={8}>
          <Progress
            percent={progress ? Math.round((progress.done / Math.max(1, progress.total)) * 100) : 0}
          />
          <Typography.Text type="secondary">
            {t('all.progress', { done: progress?.done ?? 0, total: progress?.total ?? 0 })}
          </Typography.Text>
        </Flex>
      </Modal>
    </>
  );
}

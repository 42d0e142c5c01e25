import { ThunderboltOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastMetric } from '../../../../shared/domain/metrics';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { CommitJobProgress } from '../jobs';
import { usePerformanceMutations } from './queries';

/**
 * Saves a forecast for every active account as one background job (forecasts.runAll) with a progress
 * bar. The runs are written in one transaction: cancel rolls the whole pass back.
 */
export function ForecastAllButton({
  workspaceId,
  accountCount,
  metric,
  horizon,
}: {
  workspaceId: string;
  accountCount: number;
  metric: ForecastMetric;
  horizon: number;
}) {
  const { t } = useTranslation(['performance', 'jobs']);
  const { message } = AntApp.useApp();
  const { invalidateAll } = usePerformanceMutations();
  const [jobId, setJobId] = useState<string | null>(null);

  const run = () =>
    runWithToast(
      async () => setJobId((await call('forecasts.runAll', { workspaceId, metric, horizon })).jobId),
      { t, message },
    );

  const ended = () => {
    setJobId(null);
    void invalidateAll();
  };

  return (
    <>
      <Button icon={<ThunderboltOutlined />} disabled={accountCount === 0} onClick={() => void run()}>
        {t('all.button')}
      </Button>
      <Modal
        open={jobId !== null}
        title={t('all.title', { metric: t(`metrics.${metric}`) })}
        closable={false}
        maskClosable={false}
        footer={null}
      >
        {jobId && (
          <CommitJobProgress
            jobId={jobId}
            kind="forecasts.runAll"
            onSucceeded={(result) => {
              ended();
              void message.success(t('all.done', { count: result.saved }));
            }}
            onStopped={ended}
          />
        )}
      </Modal>
    </>
  );
}

import { ThunderboltOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Modal } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../shared/domain/jobs';
import type { ForecastMetric } from '../../../../shared/domain/metrics';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { runWithToast } from '../../lib/runWithToast';
import { JobProgress, jobErrorToApiError } from '../jobs';
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

  const onFinished = useCallback(
    (job: Job) => {
      setJobId(null);
      void invalidateAll();
      if (job.state === 'succeeded' && job.result?.kind === 'forecasts.runAll') {
        void message.success(t('all.done', { count: job.result.saved }));
      } else if (job.state === 'cancelled') void message.info(t('jobs:cancelled'));
      else if (job.error) void message.error(describeError(jobErrorToApiError(job.error), t));
    },
    [invalidateAll, message, t],
  );

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
        {jobId && <JobProgress jobId={jobId} onFinished={onFinished} />}
      </Modal>
    </>
  );
}

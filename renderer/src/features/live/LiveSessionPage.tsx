import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { describeError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { PageHeader } from '../../lib/PageHeader';
import { ComparePanel } from './ComparePanel';
import { DiagnosisHeadline } from './DiagnosisHeadline';
import { FunnelChart } from './FunnelChart';
import { durationParts } from './LivePage';
import { MetricsTable } from './MetricsTable';
import { PeerBenchmarksForm } from './PeerBenchmarksForm';
import { useDiagnosis } from './queries';
import { TrafficMixChart } from './TrafficMixChart';
import { TrendChart } from './TrendChart';

/** One session's diagnosis: weakest step first, the funnel against benchmarks, traffic, trend, comparison. */
export function LiveSessionPage() {
  const { t } = useTranslation('live');
  const f = useFormat();
  const workspaceId = useWorkspaceId();
  const { sessionId = '' } = useParams();
  const diagnosis = useDiagnosis(sessionId);

  const back = (
    <Link to="..">
      <Button icon={<ArrowLeftOutlined />}>{t('back')}</Button>
    </Link>
  );
  if (diagnosis.isLoading) return <Skeleton active />;
  if (!diagnosis.data) {
    return (
      <Flex vertical gap={16}>
        {back}
        <Alert type="error" showIcon title={describeError(diagnosis.error, t)} />
      </Flex>
    );
  }
  const d = diagnosis.data;
  const s = d.session;
  return (
    <Flex vertical gap={16} data-testid="live-diagnosis">
      <PageHeader
        title={t('diagnosis.title', { room: s.roomLabel, time: f.dateTime(s.startedAt) })}
        subtitle={
          <Flex gap={8} wrap align="center">
            <Tag>{s.roomType === 'creator' ? t('creatorRoom') : t('ownRoom')}</Tag>
            <Tag>{t(`slots.${s.slot}`)}</Tag>
            <span>{t('durationValue', durationParts(s.durationSeconds))}</span>
            {s.contentTitle && <span>{t('diagnosis.plan', { title: s.contentTitle })}</span>}
          </Flex>
        }
        extra={back}
      />
      <Typography.Text type="secondary">
        {t('diagnosis.window', {
          n: d.benchmarkSessions,
          limit: d.benchmarkLimit,
          slot: t(`slots.${s.slot}`),
        })}
      </Typography.Text>
      <DiagnosisHeadline diagnosis={d} />
      <FunnelChart diagnosis={d} />
      <MetricsTable diagnosis={d} />
      <TrafficMixChart diagnosis={d} />
      <TrendChart session={s} />
      <ComparePanel workspaceId={workspaceId} sessionId={s.id} />
      <PeerBenchmarksForm key={s.id} diagnosis={d} />
    </Flex>
  );
}

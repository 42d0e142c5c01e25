import { App as AntApp, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { funnelSteps, type SessionMetric } from '../../../../shared/live/funnel';
import type { LiveDiagnosis } from '../../../../shared/live/schemas';
import { submitForm } from '../../lib/submitForm';
import { useLiveMutations } from './queries';

/** The figures users usually read off 罗盘's 同行同级 panel. */
const peerMetrics: readonly SessionMetric[] = [...funnelSteps, 'viewConversionRate', 'gpm', 'uvValue'];

type Values = { values: { metric: SessionMetric; p50: number | null; p75: number | null }[] };

/** 同行同级 中位值/优秀值 typed in per metric; they band a session when the room's own history is short. */
export function PeerBenchmarksForm({ diagnosis }: { diagnosis: LiveDiagnosis }) {
  const { t } = useTranslation('live');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { setPeer } = useLiveMutations();
  const initial: Values = {
    values: peerMetrics.map((metric) => {
      const peer = diagnosis.metrics.find((m) => m.metric === metric)?.peer ?? null;
      return { metric, p50: peer?.p50 ?? null, p75: peer?.p75 ?? null };
    }),
  };
  const save = () =>
    submitForm(
      form,
      async (v) => {
        await setPeer.mutateAsync({
          roomId: diagnosis.session.roomId,
          values: v.values.map((x, i) => ({ ...x, metric: peerMetrics[i]! })),
        });
        void message.success(t('peer.saved'));
      },
      { t, message },
    );
  return (
    <Card title={t('peer.title')} data-testid="live-peer">
      <Typography.Paragraph type="secondary">{t('peer.help')}</Typography.Paragraph>
      <Form form={form} initialValues={initial} onFinish={() => void save()} layout="inline">
        <Flex wrap gap={12}>
          {peerMetrics.map((metric, i) => (
            <Flex key={metric} vertical gap={4} style={{ width: 200 }}>
              <Typography.Text>{t(`metrics.${metric}`)}</Typography.Text>
              <Flex gap={4}>
                <Form.Item name={['values', i, 'p50']} noStyle={false} style={{ margin: 0 }}>
                  <InputNumber
                    min={0}
                    placeholder={t('peer.p50')}
                    aria-label={`${t(`metrics.${metric}`)} ${t('peer.p50')}`}
                  />
                </Form.Item>
                <Form.Item name={['values', i, 'p75']} style={{ margin: 0 }}>
                  <InputNumber
                    min={0}
                    placeholder={t('peer.p75')}
                    aria-label={`${t(`metrics.${metric}`)} ${t('peer.p75')}`}
                  />
                </Form.Item>
              </Flex>
            </Flex>
          ))}
        </Flex>
        <Button htmlType="submit" loading={setPeer.isPending} style={{ marginTop: 12 }}>
          {t('peer.save')}
        </Button>
      </Form>
    </Card>
  );
}

import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diagnosisRules, renderSentence, type Lang } from '../../../../shared/live/diagnosisRules';
import type { LiveDiagnosis } from '../../../../shared/live/schemas';
import { useFormat } from '../../lib/format';
import { formatMetric } from './metricFormat';

type Finding = LiveDiagnosis['findings'][number];

function sentenceOf(finding: Finding, lang: Lang, f: ReturnType<typeof useFormat>): string {
  const pair = finding.basis === 'peer' ? finding.peer : finding.own;
  return (
    renderSentence(finding.metric, lang, {
      value: formatMetric(f, finding.metric, finding.value, 'sentence'),
      p50: formatMetric(f, finding.metric, pair?.p50, 'sentence'),
      basis: finding.basis ?? 'own',
    }) ?? ''
  );
}

/** The weakest step first, in one plain sentence, with what to try; then the other weak figures. */
export function DiagnosisHeadline({ diagnosis }: { diagnosis: LiveDiagnosis }) {
  const { t } = useTranslation('live');
  const f = useFormat();
  const lang: Lang = f.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [first, ...rest] = diagnosis.findings;
  const hasBenchmark = diagnosis.metrics.some((m) => m.basis !== null);

  if (!hasBenchmark)
    return <Alert type="info" showIcon title={t('diagnosis.noBenchmark')} data-testid="live-no-benchmark" />;
  if (!first)
    return <Alert type="success" showIcon title={t('diagnosis.noFindings')} data-testid="live-no-findings" />;

  const actions = diagnosisRules[first.metric]?.actions[lang] ?? [];
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="live-weakest-step"
      data-metric={first.metric}
      title={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('diagnosis.headline')}</Typography.Text>
          <Typography.Text strong>{sentenceOf(first, lang, f)}</Typography.Text>
        </Flex>
      }
      description={
        <Flex vertical gap={8}>
          <div>
            <Typography.Text>{t('diagnosis.actions')}</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {actions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </div>
          {rest.length > 0 && (
            <div data-testid="live-other-findings">
              <Typography.Text>{t('diagnosis.more')}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {rest.map((r) => (
                  <li key={r.metric}>{sentenceOf(r, lang, f)}</li>
                ))}
              </ul>
            </div>
          )}
        </Flex>
      }
    />
  );
}

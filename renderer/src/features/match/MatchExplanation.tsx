import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchResultOutput } from '../../../../shared/domain/interest';
import { useFormat } from '../../lib/format';

/** A score with its parts and the reasons: top tags with TGI, target tags the audience lacks. */
export function MatchExplanation({
  match,
  labelOf,
}: {
  match: MatchResultOutput;
  labelOf: (id: string) => string;
}) {
  const { t } = useTranslation('match');
  const f = useFormat();
  const pct = (v: number) => f.percent(v * 100);
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">
        {t('parts.similarity')} {pct(match.parts.similarity)} · {t('parts.coverage')}{' '}
        {pct(match.parts.coverage)} · {t('parts.tgi')}{' '}
        {match.explanation.targetTgi === null ? '—' : f.decimal(match.explanation.targetTgi, 0)}
      </Typography.Text>
      <Flex wrap gap={4}>
        {match.explanation.topTags.slice(0, 4).map((tag) => (
          <Tooltip
            key={tag.tag}
            title={t('tagTip', {
              share: pct(tag.audienceShare),
              baseline: tag.baselineShare === null ? '—' : pct(tag.baselineShare),
            })}
          >
            <Tag color={tag.tgi !== null && tag.tgi >= 100 ? 'green' : 'default'}>
              {labelOf(tag.tag)} · TGI {tag.tgi === null ? '—' : f.decimal(tag.tgi, 0)}
            </Tag>
          </Tooltip>
        ))}
        {match.explanation.missingTags.map((tag) => (
          <Tag key={tag} color="red">
            {t('missing', { tag: labelOf(tag) })}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}

export function ScoreBar({ score }: { score: number | null }) {
  const { t } = useTranslation('match');
  if (score === null) return <Typography.Text type="secondary">{t('noProfile')}</Typography.Text>;
  const color = score >= 70 ? '#52c41a' : score >= 40 ? '#faad14' : '#f5222d';
  // The number is its own text, not the bar's info: a score of 0 draws no bar and must still read "0".
  return (
    <Flex align="center" gap={8} style={{ width: 160 }} data-testid="score-bar">
      <Progress
        percent={score}
        size="small"
        strokeColor={color}
        showInfo={false}
        aria-label={t('scoreAria', { score })}
        style={{ flex: 1, margin: 0 }}
      />
      <Typography.Text data-testid="score-value" style={{ minWidth: 24, textAlign: 'right' }}>
        {Math.round(score)}
      </Typography.Text>
    </Flex>
  );
}

import type { TFunction } from 'i18next';
import { Alert, Card, Descriptions, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchResultOutput } from '../../../../shared/domain/interest';
import type { Offer, OfferDetail } from '../../../../shared/domain/offer';
import type { OfferState } from '../../../../shared/domain/offerStateMachine';
import type { OfferTerms } from '../../../../shared/domain/offerTerms';
import { findInterestTag } from '../../../../shared/interest/taxonomy';
import { useLanguage } from '../../lib/language';
import { useFormat } from '../../lib/format';
import { MatchExplanation, ScoreBar } from '../match';
import { useIdentity } from './queries';
import { ExpectedViewsBasis } from './form/ExpectedViewsBasis';

export const stateColor: Record<OfferState, string> = {
  draft: 'default',
  sent: 'processing',
  countered: 'orange',
  revised: 'gold',
  accepted: 'green',
  declined: 'red',
  withdrawn: 'default',
  expired: 'volcano',
  completed: 'cyan',
};

export function OfferStateTag({ state }: { state: OfferState }) {
  const { t } = useTranslation('offers');
  return (
    <Tag color={stateColor[state]} data-testid="offer-state" data-state={state}>
      {t(`state.${state}`)}
    </Tag>
  );
}

export function useTagLabel() {
  const { language } = useLanguage();
  return (id: string) => findInterestTag(id)?.label[language] ?? id;
}

/** "21–60 s short video" / "21-60秒短视频": one template per language, never two strings glued. */
export function deliverableLabel(
  t: TFunction<'offers'>,
  d: Pick<OfferTerms['deliverables'][number], 'format' | 'durationBand'>,
): string {
  return d.format === 'live'
    ? t('format.live')
    : t('format.videoOfBand', { band: t(`band.${d.durationBand ?? '21-60s'}`) });
}

export function TermsCard({ offer }: { offer: Offer }) {
  const { t } = useTranslation('offers');
  const f = useFormat();
  const tagLabel = useTagLabel();
  const terms = offer.terms;
  return (
    <Card title={t('terms')} size="small" data-testid="offer-terms">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xxl: 3 }}
        items={[
          {
            key: 'fee',
            label: t('fields.fee'),
            children: <span data-testid="terms-fee">{f.moneyExact(terms.feeYuan)}</span>,
          },
          {
            key: 'commission',
            label: t('fields.commissionPct'),
            children: <span data-testid="terms-commission">{f.percent(terms.commissionPct)}</span>,
          },
          {
            key: 'expires',
            label: t('fields.expiresOn'),
            children: <span data-testid="terms-expires">{f.date(terms.expiresOn)}</span>,
          },
          {
            key: 'usage',
            label: t('fields.usageRightsDays'),
            children: t('days', { count: terms.usageRightsDays }),
          },
          {
            key: 'exclusivity',
            label: t('fields.exclusivityDays'),
            children: t('days', { count: terms.exclusivityDays }),
          },
          {
            key: 'products',
            label: t('fields.products'),
            children:
              terms.products.length === 0
                ? t('none')
                : terms.products
                    .map((p) => `${p.name}${p.price === null ? '' : ` ${f.moneyAt('terms', p.price)}`}`)
                    .join('、'),
          },
          {
            key: 'tags',
            label: t('fields.targetTags'),
            children:
              terms.targetTags.length === 0
                ? t('none')
                : terms.targetTags.map((tag) => <Tag key={tag}>{tagLabel(tag)}</Tag>),
          },
        ]}
      />
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={terms.deliverables}
        data-testid="terms-deliverables"
        columns={[
          { title: t('fields.format'), render: (_: unknown, d) => deliverableLabel(t, d) },
          { title: t('fields.count'), dataIndex: 'count', align: 'right' },
          {
            title: t('fields.dueOn'),
            dataIndex: 'dueOn',
            render: (v: string) => <span data-testid="terms-due">{f.date(v)}</span>,
          },
          { title: t('fields.account'), dataIndex: 'accountLabel' },
        ]}
      />
    </Card>
  );
}

export function TotalsCard({ offer }: { offer: Offer }) {
  const { t } = useTranslation('offers');
  const f = useFormat();
  const x = offer.totals;
  const stat = (title: string, value: string, testId: string) => (
    <Statistic title={title} value={0} formatter={() => <span data-testid={testId}>{value}</span>} />
  );
  return (
    <Card title={t('totals.title')} size="small">
      <Flex gap={24} wrap>
        {stat(t('totals.fee'), f.moneySummary(x.feeYuan), 'total-fee')}
        {stat(t('totals.commission'), f.percent(x.commissionPct), 'total-commission')}
        {stat(t('fields.deliverables'), t('totals.pieces', { count: x.deliverableCount }), 'total-pieces')}
        {stat(t('totals.rateCardValue'), f.moneySummary(x.rateCardValue), 'total-rate-card')}
        {stat(
          t('totals.vsRateCard'),
          x.feeVsRateCardPct === null ? '—' : f.percent(x.feeVsRateCardPct),
          'total-vs-rate-card',
        )}
        {stat(t('totals.expectedViews'), f.count(x.expectedViews), 'total-views')}
        {stat(t('totals.expectedCpm'), f.moneySummary(x.expectedCpm), 'total-cpm')}
        {stat(t('totals.expectedCpe'), f.moneySummary(x.expectedCpe), 'total-cpe')}
      </Flex>
      <ExpectedViewsBasis totals={x} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('totals.hint')}
      </Typography.Text>
    </Card>
  );
}

export function FitCard({ offer }: { offer: Offer }) {
  const { t } = useTranslation('offers');
  const f = useFormat();
  const tagLabel = useTagLabel();
  const fit = offer.fit;
  if (!fit) {
    return (
      <Card title={t('fit.title')} size="small" data-testid="offer-fit">
        <Typography.Text type="secondary">{t('fit.none')}</Typography.Text>
      </Card>
    );
  }
  const match = {
    score: fit.score,
    parts: fit.parts,
    explanation: {
      targetTgi: fit.targetTgi,
      topTags: fit.topTags,
      missingTags: fit.missingTags,
      warnings: fit.warnings,
    },
  } as MatchResultOutput;
  return (
    <Card title={t('fit.title')} size="small" data-testid="offer-fit">
      <Flex vertical gap={8}>
        <Flex align="center" gap={12}>
          <Typography.Text>{t('fit.score')}</Typography.Text>
          <span data-testid="fit-score" data-score={fit.score}>
            <ScoreBar score={fit.score} />
          </span>
        </Flex>
        <MatchExplanation match={match} labelOf={tagLabel} />
        {fit.topGender && fit.topAge && (
          <Typography.Text type="secondary">
            {t('fit.audience', {
              gender: t(`fit.${fit.topGender.key}`),
              genderShare: f.percent(fit.topGender.share * 100),
              age: fit.topAge.key,
              ageShare: f.percent(fit.topAge.share * 100),
            })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

export function KeysCard({ offer }: { offer: OfferDetail }) {
  const { t } = useTranslation('offers');
  const identity = useIdentity();
  // Moves marked "from a file" with no key pinned happen only in the sample: its creator is made up.
  const sampleReplies =
    offer.counterpartFingerprint === null && offer.revisions.some((r) => r.origin === 'imported');
  return (
    <Card size="small" data-testid="offer-keys">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'counterpart',
            label: t('keys.counterpart'),
            children: (
              <Typography.Text code data-testid="counterpart-fingerprint">
                {offer.counterpartFingerprint ??
                  (sampleReplies ? t('keys.sampleReplies') : t('keys.notPinned'))}
              </Typography.Text>
            ),
          },
          {
            key: 'own',
            label: t('keys.own'),
            children: (
              <Typography.Text code data-testid="own-fingerprint">
                {identity.data?.fingerprint ?? '…'}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Alert type="info" showIcon={false} title={t('keys.hint')} style={{ fontSize: 12 }} />
    </Card>
  );
}

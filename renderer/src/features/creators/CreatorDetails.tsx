import { Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rateCardKeys, type CreatorProfile } from '../../../../shared/domain/creator';
import { ageBrackets } from '../../../../shared/interest/audience';
import { findInterestTag } from '../../../../shared/interest/taxonomy';
import { useLanguage } from '../../lib/language';
import { useFormat } from '../../lib/format';

/** The rate card with expected CPM/CPE per entry, and the audience at a glance. */
export function CreatorDetails({ creator }: { creator: Omit<CreatorProfile, 'createdAt' | 'updatedAt'> }) {
  const { t } = useTranslation('creators');
  const f = useFormat();
  const { language } = useLanguage();
  const a = creator.audience;
  const topAge = a ? [...ageBrackets].sort((x, y) => a.ages[y] - a.ages[x])[0]! : null;
  return (
    <Flex gap={24} wrap data-testid="creator-details">
      <div style={{ minWidth: 420, flex: 1 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rateCardKeys.map((key) => ({ key, ...creator.metrics[key] }))}
          columns={[
            { title: t('metrics.entry'), dataIndex: 'key', render: (_, r) => t(`rateCard.${r.key}`) },
            {
              title: t('metrics.price'),
              dataIndex: 'price',
              align: 'right',
              render: (v: number | null) => f.moneyAt('table', v),
            },
            {
              title: <span title={t('metrics.cpmHint')}>{t('metrics.cpm')}</span>,
              dataIndex: 'cpm',
              align: 'right',
              render: (v: number | null, row) => (
                <span data-testid={`cpm-${row.key}`}>{f.moneyAt('table', v)}</span>
              ),
            },
            {
              title: <span title={t('metrics.cpeHint')}>{t('metrics.cpe')}</span>,
              dataIndex: 'cpe',
              align: 'right',
              render: (v: number | null, row) => (
                <span data-testid={`cpe-${row.key}`}>{f.moneyAt('table', v)}</span>
              ),
            },
          ]}
        />
        <Typography.Text type="secondary">
          {t('rateCard.commissionPct')}: {f.percent(creator.rateCard.commissionPct)}
        </Typography.Text>
      </div>
      <div style={{ minWidth: 280, flex: 1 }}>
        {a ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'interests',
                label: t('audience.topInterests'),
                children: (
                  <Flex gap={4} wrap>
                    {Object.entries(a.interests)
                      .sort((x, y) => y[1] - x[1])
                      .slice(0, 5)
                      .map(([tag, share]) => (
                        <Tag key={tag}>
                          {findInterestTag(tag)?.label[language] ?? tag} {f.percent(share * 100)}
                        </Tag>
                      ))}
                  </Flex>
                ),
              },
              {
                key: 'gender',
                label: t('audience.gender'),
                children: t('audience.summary', {
                  female: f.percent(a.gender.female * 100),
                  age: topAge ?? '—',
                }),
              },
              {
                key: 'regions',
                label: t('audience.regions'),
                children: a.regions.map((r) => `${r.name} ${f.percent(r.share * 100)}`).join('、') || '—',
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t('audience.none')}</Typography.Text>
        )}
        {creator.contact && <div>{t('contact', { value: creator.contact })}</div>}
        {creator.notes && <Typography.Paragraph type="secondary">{creator.notes}</Typography.Paragraph>}
      </div>
    </Flex>
  );
}

import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OfferRevision } from '../../../../shared/domain/offer';
import {
  deliverableFormatSchema,
  durationBandSchema,
  type TermsChange,
} from '../../../../shared/domain/offerTerms';
import { useFormat } from '../../lib/format';
import { deliverableLabel, OfferStateTag, useTagLabel } from './OfferParts';

const actorColor = { brand: 'blue', creator: 'orange', system: 'gray' } as const;

const fieldKey = {
  title: 'fields.title',
  feeYuan: 'fields.fee',
  commissionPct: 'fields.commissionPct',
  usageRightsDays: 'fields.usageRightsDays',
  exclusivityDays: 'fields.exclusivityDays',
  expiresOn: 'fields.expiresOn',
  targetTags: 'fields.targetTags',
  products: 'fields.products',
  format: 'fields.format',
  durationBand: 'fields.durationBand',
  count: 'fields.count',
  dueOn: 'fields.dueOn',
  accountId: 'fields.account',
} as const satisfies Record<string, ParseKeys<'offers'>>;

/** Terms changes name their field as a string (stored history); only these have a label. */
const isLabelledField = (field: string): field is keyof typeof fieldKey => Object.hasOwn(fieldKey, field);

/** Every revision, oldest first, with what changed against the one before. */
export function OfferTimeline({ revisions }: { revisions: OfferRevision[] }) {
  const { t } = useTranslation('offers');
  const f = useFormat();
  const tagLabel = useTagLabel();

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    switch (field) {
      case 'feeYuan':
        return f.moneyAt('terms', value as number);
      case 'commissionPct':
        return f.percent(value as number);
      case 'usageRightsDays':
      case 'exclusivityDays':
        return t('days', { count: value as number });
      case 'expiresOn':
      case 'dueOn':
        return f.date(value as string);
      case 'targetTags':
        return (value as string[]).map(tagLabel).join('、') || t('none');
      case 'products':
        return (value as string[]).join('、') || t('none');
      case 'format': {
        const format = deliverableFormatSchema.safeParse(value);
        return format.success ? t(`format.${format.data}`) : String(value);
      }
      case 'durationBand': {
        const band = durationBandSchema.safeParse(value);
        return band.success ? t(`band.${band.data}`) : String(value);
      }
      default:
        return String(value);
    }
  };

  const describe = (c: TermsChange, byKey: Map<string, OfferRevision['terms']['deliverables'][number]>) => {
    if (c.field !== 'deliverable') {
      return t('timeline.change', {
        field: isLabelledField(c.field) ? t(fieldKey[c.field]) : c.field,
        from: show(c.field, c.from),
        to: show(c.field, c.to),
      });
    }
    const line = byKey.get(c.deliverableKey ?? '');
    const what = line ? deliverableLabel(t, line) : '';
    if (c.kind === 'added') return t('timeline.added', { what });
    if (c.kind === 'removed') return t('timeline.removed', { what });
    return t('timeline.deliverableChange', {
      what,
      field: c.subfield && isLabelledField(c.subfield) ? t(fieldKey[c.subfield]) : (c.subfield ?? ''),
      from: show(c.subfield ?? '', c.from),
      to: show(c.subfield ?? '', c.to),
    });
  };

  const knownLines = new Map(revisions.flatMap((r) => r.terms.deliverables.map((d) => [d.key, d] as const)));
  return (
    <Card title={t('timeline.title')} size="small">
      <Timeline
        data-testid="offer-timeline"
        items={revisions.map((r) => ({
          key: `${r.number}-${r.action}-${r.superseded ? 's' : 'l'}`,
          color: r.superseded ? 'gray' : actorColor[r.actor],
          content: (
            <Flex
              vertical
              gap={2}
              data-testid="timeline-item"
              data-action={r.action}
              style={{ opacity: r.superseded ? 0.6 : 1 }}
            >
              <Flex gap={6} align="center" wrap>
                <Typography.Text strong>{t('timeline.revision', { number: r.number })}</Typography.Text>
                <Typography.Text>{t(`timeline.action.${r.action}`)}</Typography.Text>
                <OfferStateTag state={r.state} />
                <Typography.Text type="secondary">
                  {t(`timeline.by.${r.actor}`)} · {f.dateTime(r.createdAt)}
                </Typography.Text>
                {r.origin === 'imported' && <Tag>{t('timeline.imported')}</Tag>}
                {r.exported && <Tag color="blue">{t('timeline.exported')}</Tag>}
              </Flex>
              {r.superseded && <Typography.Text type="warning">{t('timeline.superseded')}</Typography.Text>}
              {r.message && <Typography.Paragraph style={{ margin: 0 }}>“{r.message}”</Typography.Paragraph>}
              {r.changes.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="timeline-changes">
                  {r.changes.map((c, i) => (
                    <li key={i}>{describe(c, knownLines)}</li>
                  ))}
                </ul>
              ) : (
                r.number > 1 &&
                ['counter', 'revise'].includes(r.action) && (
                  <Typography.Text type="secondary">{t('timeline.noChanges')}</Typography.Text>
                )
              )}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../../shared/domain/offer';
import { useFormat } from '../../lib/format';
import { OfferStateTag } from './OfferParts';

/** Offers of a workspace (brand side) or of the inbox (creator side). */
export function OffersTable({
  offers,
  loading,
  onOpen,
  side = 'brand',
}: {
  offers: Offer[];
  loading: boolean;
  onOpen(offer: Offer): void;
  /** Whose list this is: the brand's offers or the creator's inbox (column names and empty text differ). */
  side?: Offer['side'];
}) {
  const { t } = useTranslation('offers');
  const f = useFormat();
  return (
    <Table<Offer>
      rowKey="id"
      loading={loading}
      dataSource={offers}
      locale={{ emptyText: side === 'creator' ? t('creatorMode.empty') : t('empty') }}
      // The server pages (CursorPager under the table); this shows one page as it came.
      pagination={false}
      onRow={(o) =>
        ({
          'data-testid': 'offer-row',
          'data-state': o.state,
          style: { cursor: 'pointer' },
          onClick: () => onOpen(o),
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('columns.offer'),
          render: (_: unknown, o) => (
            // A real button, so the keyboard reaches each offer (a link without href is not focusable).
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              onClick={(e) => {
                e.stopPropagation();
                onOpen(o);
              }}
            >
              {o.terms.title || (o.side === 'brand' ? o.creator.displayName : o.brand.name)}
            </Button>
          ),
        },
        {
          title: side === 'creator' ? t('columns.brand') : t('columns.creator'),
          render: (_: unknown, o) =>
            o.side === 'brand' ? `${o.creator.displayName} @${o.creator.handle}` : o.brand.name,
        },
        {
          title: t('columns.state'),
          render: (_: unknown, o) => (
            <>
              <OfferStateTag state={o.state} />
              {o.overdueCount > 0 && <Tag color="red">{t('overdueBadge', { count: o.overdueCount })}</Tag>}
            </>
          ),
        },
        {
          title: t('columns.fee'),
          align: 'right',
          render: (_: unknown, o) => (
            <span data-testid="offer-fee-cell">{f.moneyExact(o.terms.feeYuan)}</span>
          ),
        },
        {
          title: t('columns.deliverables'),
          align: 'right',
          render: (_: unknown, o) => o.totals.deliverableCount,
        },
        { title: t('columns.expiresOn'), render: (_: unknown, o) => f.date(o.terms.expiresOn) },
        { title: t('columns.updatedAt'), render: (_: unknown, o) => f.dateTime(o.updatedAt) },
      ]}
    />
  );
}

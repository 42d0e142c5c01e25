import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../lib/PageLayout';
import { useNavigate } from 'react-router';
import { offerStates, type OfferState } from '../../../../shared/domain/offerStateMachine';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { ImportOfferButton } from './ImportOfferButton';
import { OfferFormDrawer, type OfferFormTarget } from './OfferFormDrawer';
import { OffersTable } from './OffersTable';
import { useOffers } from './queries';
import { ResultPager } from '../../lib/paging/ResultPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

const OFFER_PAGE_SIZE = 50;

/** The brand's offers: filter by state, start a new one, import a creator's reply. */
export function OffersPage() {
  const { t } = useTranslation('offers');
  const navigate = useNavigate();
  const workspaceId = useWorkspaceId();
  const [state, setState] = useState<OfferState | 'all'>('all');
  const [form, setForm] = useState<OfferFormTarget | null>(null);
  // Built when first opened, not with the list (issue 11 §8).
  const formMounted = useOpenedOnce(form !== null);
  const filter = { workspaceId, ...(state === 'all' ? {} : { state }) };
  const pages = useCursorPages(JSON.stringify(filter));
  const offers = useOffers({
    ...filter,
    limit: OFFER_PAGE_SIZE,
    ...(pages.cursor ? { cursor: pages.cursor } : {}),
  });
  const open = (id: string) => navigate(`/w/${workspaceId}/offers/${id}`);

  return (
    <PageLayout
      titles={t}
      extra={
        <Space>
          <ImportOfferButton label={t('importFile')} onImported={(offer) => open(offer.id)} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create' })}>
            {t('new')}
          </Button>
        </Space>
      }
    >
      <Segmented<OfferState | 'all'>
        value={state}
        onChange={setState}
        options={[
          { value: 'all', label: t('all') },
          ...offerStates.map((s) => ({ value: s, label: t(`state.${s}`) })),
        ]}
      />
      <OffersTable offers={offers.data?.items ?? []} loading={offers.isLoading} onOpen={(o) => open(o.id)} />
      <ResultPager pages={pages} result={offers.data} pageSize={OFFER_PAGE_SIZE} testId="offers-pager" />
      {formMounted && (
        <OfferFormDrawer
          workspaceId={workspaceId}
          target={form}
          onClose={() => setForm(null)}
          onSaved={(o) => open(o.id)}
        />
      )}
    </PageLayout>
  );
}

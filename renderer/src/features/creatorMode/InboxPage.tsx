import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../lib/PageLayout';
import { useNavigate } from 'react-router';
import { ImportOfferButton, OffersTable, useCreatorProfile, useOffers } from '../offers';
import { ResultPager } from '../../lib/paging/ResultPager';
import { useCursorPages } from '../../lib/paging/useCursorPages';

const INBOX_PAGE_SIZE = 50;

/** Offers received from brands, imported from their files. */
export function InboxPage() {
  const { t } = useTranslation('offers');
  const navigate = useNavigate();
  const pages = useCursorPages('inbox');
  const offers = useOffers({ limit: INBOX_PAGE_SIZE, ...(pages.cursor ? { cursor: pages.cursor } : {}) });
  const profile = useCreatorProfile();
  return (
    <PageLayout
      title={t('creatorMode.inbox')}
      subtitle={t('creatorMode.inboxSubtitle')}
      extra={
        <ImportOfferButton
          label={t('creatorMode.importOffer')}
          onImported={(o) => navigate(`/creator/offers/${o.id}`)}
        />
      }
    >
      {profile.isSuccess && profile.data === null && (
        <Alert
          type="info"
          showIcon
          title={t('creatorMode.profileMissing')}
          action={
            <Button onClick={() => navigate('/creator/profile')}>{t('creatorMode.fillProfile')}</Button>
          }
        />
      )}
      <OffersTable
        side="creator"
        offers={offers.data?.items ?? []}
        loading={offers.isLoading}
        onOpen={(o) => navigate(`/creator/offers/${o.id}`)}
      />
      <ResultPager pages={pages} result={offers.data} pageSize={INBOX_PAGE_SIZE} />
    </PageLayout>
  );
}

import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../lib/PageHeader';
import { useNavigate } from 'react-router';
import { ImportOfferButton, OffersTable, useCreatorProfile, useOffers } from '../offers';
import { CursorPager } from '../../lib/paging/CursorPager';
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
    <Flex vertical gap={16}>
      <PageHeader
        title={t('creatorMode.inbox')}
        subtitle={t('creatorMode.inboxSubtitle')}
        extra={
          <ImportOfferButton
            label={t('creatorMode.importOffer')}
            onImported={(o) => navigate(`/creator/offers/${o.id}`)}
          />
        }
      />
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
      <CursorPager
        page={pages.page}
        pageSize={INBOX_PAGE_SIZE}
        shown={offers.data?.items.length ?? 0}
        total={offers.data?.total ?? 0}
        nextCursor={offers.data?.nextCursor ?? null}
        onNext={pages.next}
        onPrevious={pages.previous}
      />
    </Flex>
  );
}

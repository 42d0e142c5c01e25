import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../lib/PageHeader';
import { useNavigate } from 'react-router';
import { ImportOfferButton } from '../offers/ImportOfferButton';
import { OffersTable } from '../offers/OffersTable';
import { useCreatorProfile, useOffers } from '../offers/queries';

/** Offers received from brands, imported from their files. */
export function InboxPage() {
  const { t } = useTranslation('offers');
  const navigate = useNavigate();
  const offers = useOffers({});
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
        offers={offers.data ?? []}
        loading={offers.isLoading}
        onOpen={(o) => navigate(`/creator/offers/${o.id}`)}
      />
    </Flex>
  );
}

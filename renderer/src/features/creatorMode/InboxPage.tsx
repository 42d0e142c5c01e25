import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
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
      <Flex justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('creatorMode.inbox')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('creatorMode.inboxSubtitle')}</Typography.Text>
        </div>
        <ImportOfferButton
          label={t('creatorMode.importOffer')}
          onImported={(o) => navigate(`/creator/offers/${o.id}`)}
        />
      </Flex>
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
        offers={offers.data ?? []}
        loading={offers.isLoading}
        onOpen={(o) => navigate(`/creator/offers/${o.id}`)}
      />
    </Flex>
  );
}

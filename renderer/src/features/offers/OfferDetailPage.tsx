import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Result, Row, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../lib/PageHeader';
import { useFormat } from '../../lib/format';
import { DeliverablesCard } from './DeliverablesCard';
import { ImportOfferButton } from './ImportOfferButton';
import { OfferActions } from './OfferActions';
import { FitCard, KeysCard, OfferStateTag, TermsCard, TotalsCard } from './OfferParts';
import { OfferTimeline } from './OfferTimeline';
import { useCreatorProfile, useOffer } from './queries';
import { VerificationCard } from './VerificationCard';

/** One offer, on either side: terms, expected results, fit, delivery, the moves available, every revision. */
export function OfferDetailPage() {
  const { t } = useTranslation(['offers', 'common']);
  const f = useFormat();
  const navigate = useNavigate();
  const { offerId, workspaceId } = useParams();
  const query = useOffer(offerId);
  const profile = useCreatorProfile();
  const backTo = workspaceId ? `/w/${workspaceId}/offers` : '/creator';

  if (query.isLoading) return <Spin />;
  const offer = query.data;
  if (!offer) {
    return (
      <Result
        status="404"
        title={t('common:errors.notFound')}
        extra={<Button onClick={() => navigate(backTo)}>{t('back')}</Button>}
      />
    );
  }
  const own = profile.data;
  const mismatch =
    offer.side === 'creator' && own && own.handle.toLowerCase() !== offer.creator.handle.toLowerCase();

  return (
    <Flex vertical gap={16} data-testid="offer-detail" data-offer-id={offer.id}>
      <PageHeader
        above={
          <Button
            type="link"
            icon={<ArrowLeftOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() => navigate(backTo)}
          >
            {t('back')}
          </Button>
        }
        title={offer.terms.title || (offer.side === 'brand' ? offer.creator.displayName : offer.brand.name)}
        titleExtra={
          <>
            <OfferStateTag state={offer.state} />
            {offer.awaiting && offer.state !== 'accepted' && (
              <Tag data-testid="awaiting">
                {t(offer.awaiting === offer.side ? 'awaiting.you' : `awaiting.${offer.awaiting}`)}
              </Tag>
            )}
            {offer.overdueCount > 0 && (
              <Tag color="red">{t('overdueBadge', { count: offer.overdueCount })}</Tag>
            )}
          </>
        }
        subtitle={
          <>
            {offer.side === 'brand'
              ? `${t('fields.creator')}: ${offer.creator.displayName} @${offer.creator.handle}`
              : `${t('fields.brand')}: ${offer.brand.name} · ${t('creatorMode.addressedTo', { name: offer.creator.displayName, handle: offer.creator.handle })}`}
            {' · '}
            {t('fields.expiresOn')} {f.date(offer.terms.expiresOn)}
          </>
        }
        extra={
          <Flex gap={8} wrap>
            <OfferActions offer={offer} />
            <ImportOfferButton
              label={offer.side === 'brand' ? t('importFile') : t('creatorMode.importOffer')}
              onImported={(o) =>
                navigate(
                  o.side === 'brand' ? `/w/${o.workspaceId}/offers/${o.id}` : `/creator/offers/${o.id}`,
                )
              }
            />
          </Flex>
        }
      />
      {mismatch && (
        <Alert
          type="warning"
          showIcon
          title={t('creatorMode.notYou', { handle: offer.creator.handle, own: own.handle })}
        />
      )}
      {offer.message && (
        <Alert
          type="info"
          showIcon={false}
          title={<span data-testid="offer-message">“{offer.message}”</span>}
        />
      )}
      <VerificationCard offer={offer} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <TermsCard offer={offer} />
            <DeliverablesCard offer={offer} />
            <TotalsCard offer={offer} />
            <OfferTimeline revisions={offer.revisions} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <FitCard offer={offer} />
            <KeysCard offer={offer} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

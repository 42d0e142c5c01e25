import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodInput } from '../../../../shared/api/contract';
import type { OfferDetail } from '../../../../shared/domain/offer';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { offerKeys } from './queries';

/**
 * First contact: the code both sides read to each other before a new counterpart's file takes effect
 * (docs/CREATORS-OFFERS.md). Shown on every offer; the input appears while something awaits a check.
 */
export function VerificationCard({ offer }: { offer: OfferDetail }) {
  const { t } = useTranslation(['offerVerification', 'offers']);
  const f = useFormat();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [typed, setTyped] = useState('');
  const view = useQuery({
    queryKey: [...offerKeys.all, 'verification', offer.id, offer.revision, offer.state],
    queryFn: () => call('offers.verification', { offerId: offer.id }),
  });
  const verify = useMutation({
    mutationFn: (input: MethodInput<'offers.verifyCounterpart'>) => call('offers.verifyCounterpart', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: offerKeys.all }),
  });
  const data = view.data;
  if (!data) return null;
  const open = data.status === 'pending' || data.status === 'unverified' || data.status === 'legacy';

  const submit = (input: MethodInput<'offers.verifyCounterpart'>) =>
    runWithToast(
      async () => {
        const result = await verify.mutateAsync(input);
        setTyped('');
        if (result.outcome === 'verified') void message.success(t('done.verified'));
        else if (result.discarded === 'offer') {
          void message.warning(t('done.mismatchOffer'));
          void navigate('/creator');
        } else
          void message.warning(t(result.discarded === 'file' ? 'done.mismatchFile' : 'done.mismatchKept'));
      },
      { t, message },
    );

  return (
    <Card
      size="small"
      title={t('title')}
      data-testid="offer-verification"
      data-status={data.status}
      extra={data.status === 'verified' ? <Tag color="green">{t('verifiedTag')}</Tag> : null}
    >
      <Flex vertical gap={12}>
        <Alert
          type={data.status === 'pending' || data.status === 'unverified' ? 'warning' : 'info'}
          showIcon
          title={t(`status.${data.status}`)}
        />
        {data.pending && (
          <Typography.Text data-testid="verification-pending">
            {t('pendingSummary', {
              revision: data.pending.revision,
              state: t(`offers:state.${data.pending.state}`),
              fee: f.moneyAt('terms', data.pending.terms.feeFen / 100),
            })}
          </Typography.Text>
        )}
        {data.code && (
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary">{t('code')}</Typography.Text>
            <Typography.Text
              strong
              style={{ fontSize: 20, letterSpacing: 2 }}
              data-testid="verification-code"
            >
              {data.code}
            </Typography.Text>
          </Flex>
        )}
        {open && data.code && (
          <Flex gap={8} wrap>
            <Input
              aria-label={t('typeCode')}
              placeholder={t('typePlaceholder')}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              style={{ maxWidth: 200 }}
            />
            <Button
              type="primary"
              loading={verify.isPending}
              disabled={typed.trim() === ''}
              onClick={() => void submit({ offerId: offer.id, code: typed })}
            >
              {t('confirm')}
            </Button>
            {data.status !== 'legacy' && (
              <Button danger onClick={() => void submit({ offerId: offer.id, reject: true })}>
                {t('reject')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

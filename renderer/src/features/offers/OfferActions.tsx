import {
  CheckOutlined,
  CloseOutlined,
  DownloadOutlined,
  EditOutlined,
  RollbackOutlined,
  SendOutlined,
  SwapOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Input, Modal, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../shared/domain/offer';
import { runWithToast } from '../../lib/runWithToast';
import { downloadBase64 } from '../../lib/files';
import { CounterModal } from './CounterModal';
import { OfferFormDrawer, type OfferFormTarget } from './OfferFormDrawer';
import { useOfferMutations } from './queries';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

type ConfirmAction = 'accept' | 'decline' | 'withdraw' | 'complete';

const icons: Record<ConfirmAction, ReactNode> = {
  accept: <CheckOutlined />,
  decline: <CloseOutlined />,
  withdraw: <RollbackOutlined />,
  complete: <TrophyOutlined />,
};

/** The moves this side may make now (from the offer's allowedActions), and the file export. */
export function OfferActions({ offer }: { offer: OfferDetail }) {
  const { t } = useTranslation(['offers', 'common']);
  const { message } = AntApp.useApp();
  const m = useOfferMutations();
  const [confirming, setConfirming] = useState<ConfirmAction | null>(null);
  const [note, setNote] = useState('');
  const [form, setForm] = useState<OfferFormTarget | null>(null);
  const [countering, setCountering] = useState(false);
  // Both built when first opened, not with the offer's page (issue 11 §8).
  const formMounted = useOpenedOnce(form !== null);
  const counterMounted = useOpenedOnce(countering);
  const can = (action: string) => offer.allowedActions.includes(action);

  const run = (action: () => Promise<unknown>, done: string) =>
    runWithToast(
      async () => {
        await action();
        void message.success(done);
      },
      { t, message },
    );

  const exportFile = () =>
    run(async () => {
      const file = await m.exportFile.mutateAsync(offer.id);
      downloadBase64({ ...file, mimeType: 'application/json' });
    }, t('exportHint'));

  const confirm = async () => {
    if (!confirming) return;
    const input = { id: offer.id, message: note };
    const mutation = { accept: m.accept, decline: m.decline, withdraw: m.withdraw, complete: m.complete }[
      confirming
    ];
    const done = {
      accept: t('done.accepted'),
      decline: t('done.declined'),
      withdraw: t('done.withdrawn'),
      complete: t('done.completed'),
    }[confirming];
    await run(() => mutation.mutateAsync(input), done);
    setConfirming(null);
    setNote('');
  };

  const ask = (action: ConfirmAction, danger = false) =>
    can(action) && (
      <Button key={action} icon={icons[action]} danger={danger} onClick={() => setConfirming(action)}>
        {t(`actions.${action}`)}
      </Button>
    );

  return (
    <>
      <Space wrap data-testid="offer-actions">
        {can('update') && offer.workspaceId && (
          <Button icon={<EditOutlined />} onClick={() => setForm({ mode: 'edit', offer })}>
            {t('actions.edit')}
          </Button>
        )}
        {can('send') && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={m.send.isPending}
            onClick={() => void run(() => m.send.mutateAsync({ id: offer.id }), t('done.sent'))}
          >
            {t('actions.send')}
          </Button>
        )}
        {can('accept') && (
          <Button type="primary" icon={icons.accept} onClick={() => setConfirming('accept')}>
            {t('actions.accept')}
          </Button>
        )}
        {can('counter') && (
          <Button
            icon={<SwapOutlined />}
            onClick={() =>
              offer.side === 'brand' ? setForm({ mode: 'revise', offer }) : setCountering(true)
            }
          >
            {offer.side === 'brand' ? t('actions.revise') : t('actions.counter')}
          </Button>
        )}
        {ask('decline', true)}
        {ask('complete')}
        {ask('withdraw', true)}
        {offer.canExport && (
          <Button
            type={can('send') ? 'default' : 'primary'}
            icon={<DownloadOutlined />}
            loading={m.exportFile.isPending}
            onClick={() => void exportFile()}
          >
            {t('actions.exportFile')}
          </Button>
        )}
      </Space>
      <Modal
        open={confirming !== null}
        title={confirming ? t(`actions.${confirming}`) : ''}
        okText={confirming ? t(`actions.${confirming}`) : ''}
        cancelText={t('common:cancel')}
        okButtonProps={{ danger: confirming === 'decline' || confirming === 'withdraw' }}
        onCancel={() => setConfirming(null)}
        onOk={() => void confirm()}
        destroyOnHidden
      >
        {confirming && <Typography.Paragraph>{t(`confirm.${confirming}`)}</Typography.Paragraph>}
        <Input.TextArea
          aria-label={t('confirm.message')}
          placeholder={t('confirm.message')}
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
      {offer.workspaceId && formMounted && (
        <OfferFormDrawer workspaceId={offer.workspaceId} target={form} onClose={() => setForm(null)} />
      )}
      {offer.side === 'creator' && counterMounted && (
        <CounterModal offer={offer} open={countering} onClose={() => setCountering(false)} />
      )}
    </>
  );
}

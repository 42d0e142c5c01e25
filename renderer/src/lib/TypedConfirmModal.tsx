import { App as AntApp, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runWithToast } from './runWithToast';

interface Props {
  open: boolean;
  title: string;
  body: string;
  /** What the user must type exactly before the destructive action is enabled. */
  expected: string;
  okText: string;
  onCancel(): void;
  onConfirm(): Promise<void>;
}

export function TypedConfirmModal({ open, title, body, expected, okText, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true, disabled: typed.trim() !== expected, loading: busy }}
      onCancel={onCancel}
      afterOpenChange={(isOpen) => !isOpen && setTyped('')}
      onOk={async () => {
        setBusy(true);
        await runWithToast(onConfirm, { t, message });
        setBusy(false);
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{body}</Typography.Paragraph>
      <Typography.Paragraph code copyable>
        {expected}
      </Typography.Paragraph>
      <Input value={typed} onChange={(e) => setTyped(e.target.value)} aria-label={title} autoFocus />
    </Modal>
  );
}

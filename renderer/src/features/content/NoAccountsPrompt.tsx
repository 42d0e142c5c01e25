import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * Shown instead of the content drawer when the workspace has no active account: an item belongs to an
 * account, and an empty account picker gave the user no way forward (issue 11 §6).
 */
export function NoAccountsPrompt({
  open,
  workspaceId,
  onClose,
}: {
  open: boolean;
  workspaceId: string;
  onClose(): void;
}) {
  const { t } = useTranslation(['content', 'common']);
  const navigate = useNavigate();
  return (
    <Modal
      open={open}
      title={t('noAccounts.title')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common:cancel')}
        </Button>,
        <Button
          key="matrix"
          type="primary"
          data-testid="no-accounts-go"
          onClick={() => {
            onClose();
            navigate(`/w/${workspaceId}/matrix`);
          }}
        >
          {t('noAccounts.action')}
        </Button>,
      ]}
    >
      <Typography.Paragraph data-testid="no-accounts-prompt">{t('noAccounts.body')}</Typography.Paragraph>
    </Modal>
  );
}

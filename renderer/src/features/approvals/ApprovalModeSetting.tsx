import { App as AntApp, Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { approvalModes, type ApprovalMode } from '../../../../shared/approvals/stateMachine';
import { runWithToast } from '../../lib/runWithToast';
import { useApprovalMutations, useApprovalSettings } from './queries';

/** The workspace's approval mode (off / optional / required), saved as soon as it is changed. */
export function ApprovalModeSetting({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('approvals');
  const { message } = AntApp.useApp();
  const settings = useApprovalSettings(workspaceId);
  const { setMode } = useApprovalMutations(workspaceId);
  const change = (mode: ApprovalMode) =>
    runWithToast(
      async () => {
        await setMode.mutateAsync({ workspaceId, mode });
        void message.success(t('mode.saved'));
      },
      { t, message },
    );
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong id="approval-mode-label">
          {t('mode.label')}
        </Typography.Text>
        <Radio.Group
          aria-labelledby="approval-mode-label"
          optionType="button"
          value={settings.data?.mode}
          disabled={settings.isLoading || setMode.isPending}
          onChange={(e) => void change(e.target.value as ApprovalMode)}
          options={approvalModes.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        />
      </Flex>
      <Typography.Text type="secondary">{t('mode.help')}</Typography.Text>
    </Flex>
  );
}

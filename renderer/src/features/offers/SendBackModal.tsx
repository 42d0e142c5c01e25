import { App as AntApp, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliverableStatus } from '../../../../shared/domain/offer';
import { SEND_BACK_REASON_MAX, sendBackReasonSchema } from '../../../../shared/domain/deliverableSendBack';
import { submitForm } from '../../lib/submitForm';
import { zodRule } from '../../lib/zodRule';

/** Named as the backend's field, so its issues land under it. */
interface ReasonForm {
  sendBackReason: string;
}

/**
 * The brand sends a deliverable back for changes (已提交 → 待交付, 已审核 → 已提交): an explicit step, with
 * an optional reason, because it travels to the creator in the brand's status file.
 */
export function SendBackModal({
  status,
  pending,
  onSave,
  onClose,
}: {
  status: DeliverableStatus;
  pending: boolean;
  onSave(input: { status: DeliverableStatus; sendBackReason?: string }): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation(['deliverableReport', 'offers']);
  const [form] = Form.useForm<ReasonForm>();
  const { message } = AntApp.useApp();
  const submit = () =>
    submitForm(
      form,
      async ({ sendBackReason }) => {
        const reason = sendBackReason.trim();
        await onSave({ status, ...(reason ? { sendBackReason: reason } : {}) });
        onClose();
      },
      { t, message },
    );
  return (
    <Modal
      open
      title={t('sendBack.title', { status: t(`offers:deliverables.statuses.${status}`) })}
      okText={t('sendBack.save')}
      confirmLoading={pending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="send-back-modal"
    >
      <Typography.Paragraph type="secondary">{t('sendBack.intro')}</Typography.Paragraph>
      <Form<ReasonForm> form={form} layout="vertical" initialValues={{ sendBackReason: '' }}>
        <Form.Item name="sendBackReason" label={t('sendBack.reason')} rules={[zodRule(sendBackReasonSchema)]}>
          <Input.TextArea
            rows={3}
            showCount
            maxLength={SEND_BACK_REASON_MAX + 20}
            placeholder={t('sendBack.placeholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

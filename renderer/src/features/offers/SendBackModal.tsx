import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEND_BACK_REASON_MAX, sendBackReasonSchema } from '../../../../shared/domain/deliverableSendBack';
import { zodRule } from '../../lib/zodRule';
import { DeliverableFieldModal, type DeliverableModalProps } from './DeliverableFieldModal';

/**
 * The brand sends a deliverable back for changes (已提交 → 待交付, 已审核 → 已提交): an explicit step, with
 * an optional reason, because it travels to the creator in the brand's status file.
 */
export function SendBackModal(props: DeliverableModalProps) {
  const { t } = useTranslation(['deliverableReport', 'offers']);
  return (
    <DeliverableFieldModal
      field="sendBackReason"
      {...props}
      initialValue=""
      title={t('sendBack.title', { status: t(`offers:deliverables.statuses.${props.status}`) })}
      okText={t('sendBack.save')}
      label={t('sendBack.reason')}
      intro={<Typography.Paragraph type="secondary">{t('sendBack.intro')}</Typography.Paragraph>}
      rule={zodRule(sendBackReasonSchema)}
      testId="send-back-modal"
    >
      <Input.TextArea
        rows={3}
        showCount
        maxLength={SEND_BACK_REASON_MAX + 20}
        placeholder={t('sendBack.placeholder')}
      />
    </DeliverableFieldModal>
  );
}

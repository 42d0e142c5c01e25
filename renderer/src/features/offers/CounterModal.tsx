import { App as AntApp, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { offerCounterSchema, type OfferDetail } from '../../../../shared/domain/offer';
import { type DeliverableFormat, type DurationBand } from '../../../../shared/domain/offerTerms';
import { submitForm } from '../../lib/submitForm';
import { zodRule } from '../../lib/zodRule';
import { applyOfferIssues } from './formIssues';
import { useOfferMutations } from './queries';
import { DeliverableRows } from './form/DeliverableRows';
import { TermsFields } from './form/TermsFields';

interface FormValues {
  feeYuan: number | null;
  commissionPct: number | null;
  usageRightsDays: number | null;
  exclusivityDays: number | null;
  deliverables: {
    key: string;
    label: string;
    format: DeliverableFormat;
    durationBand?: DurationBand | null;
    count: number | null;
    dueOn: Dayjs | null;
  }[];
  message: string;
}

const shape = offerCounterSchema.shape;

/** The creator's counter: money, rights and the asked-for deliverables (change or drop, not add). */
export function CounterModal({
  offer,
  open,
  onClose,
}: {
  offer: OfferDetail;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation(['offers', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const { counter } = useOfferMutations();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      feeYuan: offer.terms.feeYuan,
      commissionPct: offer.terms.commissionPct,
      usageRightsDays: offer.terms.usageRightsDays,
      exclusivityDays: offer.terms.exclusivityDays,
      deliverables: offer.terms.deliverables.map((d) => ({
        key: d.key,
        label: d.accountLabel,
        format: d.format,
        durationBand: d.durationBand,
        count: d.count,
        dueOn: dayjs(d.dueOn),
      })),
      message: '',
    });
  }, [open, offer, form]);

  const submit = () => submitForm(form, saveCounter, { t, message, applyIssues: applyOfferIssues });

  const saveCounter = async (v: FormValues) => {
    await counter.mutateAsync({
      id: offer.id,
      feeYuan: v.feeYuan ?? 0,
      commissionPct: v.commissionPct ?? 0,
      usageRightsDays: v.usageRightsDays ?? 0,
      exclusivityDays: v.exclusivityDays ?? 0,
      deliverables: v.deliverables.map((d) => ({
        key: d.key,
        format: d.format,
        ...(d.format === 'video' ? { durationBand: d.durationBand ?? null } : {}),
        count: d.count ?? 1,
        dueOn: d.dueOn ? d.dueOn.format('YYYY-MM-DD') : '',
      })),
      message: v.message ?? '',
    });
    void message.success(t('done.countered'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('counter.titleCreator')}
      width={760}
      onCancel={onClose}
      okText={t('actions.counter')}
      cancelText={t('common:cancel')}
      confirmLoading={counter.isPending}
      onOk={() => void submit()}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('counter.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="counter">
        <TermsFields shape={shape} span={6} />
        <Typography.Text strong>{t('fields.deliverables')}</Typography.Text>
        <DeliverableRows form={form} variant="counter" />
        <Form.Item
          name="message"
          label={t('fields.message')}
          rules={[zodRule(shape.message)]}
          style={{ marginTop: 12 }}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { DeleteOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { offerCounterSchema, type OfferDetail } from '../../../../shared/domain/offer';
import {
  deliverableFormats,
  durationBands,
  type DeliverableFormat,
  type DurationBand,
} from '../../../../shared/domain/offerTerms';
import { submitForm } from '../../lib/submitForm';
import { zodRule } from '../../lib/zodRule';
import { applyOfferIssues } from './formIssues';
import { useOfferMutations } from './queries';

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
  const { t } = useTranslation('offers');
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
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="feeYuan" label={t('fields.fee')} rules={[zodRule(shape.feeYuan)]}>
              <InputNumber style={{ width: '100%' }} precision={2} prefix="¥" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="commissionPct"
              label={t('fields.commissionPct')}
              rules={[zodRule(shape.commissionPct)]}
            >
              <InputNumber style={{ width: '100%' }} precision={2} suffix="%" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="usageRightsDays"
              label={t('fields.usageRightsDays')}
              rules={[zodRule(shape.usageRightsDays)]}
            >
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="exclusivityDays"
              label={t('fields.exclusivityDays')}
              rules={[zodRule(shape.exclusivityDays)]}
            >
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('fields.deliverables')}</Typography.Text>
        <Form.List name="deliverables">
          {(fields, { remove }) =>
            fields.map((field, i) => (
              <Card size="small" key={field.key} style={{ marginTop: 8 }} data-testid="counter-deliverable">
                {/* The line's key travels with it, so a change shows as a change, not a swap. */}
                <Form.Item name={[field.name, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Typography.Text type="secondary">
                  {form.getFieldValue(['deliverables', field.name, 'label'])}
                </Typography.Text>
                <Row gutter={8} align="bottom">
                  <Col span={6}>
                    <Form.Item
                      name={[field.name, 'format']}
                      label={t('fields.format')}
                      style={{ marginBottom: 0 }}
                    >
                      <Select
                        options={deliverableFormats.map((x) => ({ value: x, label: t(`format.${x}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['deliverables', field.name, 'format']) === 'video' ? (
                          <Form.Item
                            name={[field.name, 'durationBand']}
                            label={t('fields.durationBand')}
                            style={{ marginBottom: 0 }}
                          >
                            <Select
                              options={durationBands.map((b) => ({ value: b, label: t(`band.${b}`) }))}
                            />
                          </Form.Item>
                        ) : (
                          <div />
                        )
                      }
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item
                      name={[field.name, 'count']}
                      label={t('fields.count')}
                      style={{ marginBottom: 0 }}
                    >
                      <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item
                      name={[field.name, 'dueOn']}
                      label={t('fields.dueOn')}
                      style={{ marginBottom: 0 }}
                      rules={[{ required: true, message: t('required') }]}
                    >
                      <DatePicker aria-label={`${t('fields.dueOn')} ${i + 1}`} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        aria-label={t('counter.remove')}
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Col>
                </Row>
              </Card>
            ))
          }
        </Form.List>
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

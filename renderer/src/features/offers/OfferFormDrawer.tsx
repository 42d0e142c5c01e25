import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../shared/domain/offer';
import { offerUpdateSchema } from '../../../../shared/domain/offer';
import {
  deliverableFormats,
  durationBands,
  offerTotals,
  type DeliverableFormat,
  type DurationBand,
  type TermsRecord,
} from '../../../../shared/domain/offerTerms';
import { yuanToFen } from '../../../../shared/domain/money';
import { interestTaxonomy } from '../../../../shared/interest/taxonomy';
import { useLanguage } from '../../lib/language';
import { submitForm } from '../../lib/submitForm';
import { useFormat } from '../../lib/format';
import { zodRule } from '../../lib/zodRule';
import { useAccounts } from '../accounts';
import { useProducts } from '../products';
import { useCreator, CreatorPicker } from '../creators';
import { applyOfferIssues } from './formIssues';
import { useOfferMutations } from './queries';

interface DeliverableRow {
  key?: string;
  format: DeliverableFormat;
  durationBand?: DurationBand | null;
  count: number | null;
  dueOn: Dayjs | null;
  accountId?: string;
}

interface FormValues {
  creatorId: string;
  title: string;
  productIds: string[];
  targetTags: string[];
  deliverables: DeliverableRow[];
  feeYuan: number | null;
  commissionPct: number | null;
  usageRightsDays: number | null;
  exclusivityDays: number | null;
  expiresOn: Dayjs | null;
  message: string;
}

export type OfferFormTarget =
  | { mode: 'create'; creatorId?: string }
  | { mode: 'edit'; offer: OfferDetail }
  | { mode: 'revise'; offer: OfferDetail };

interface Props {
  workspaceId: string;
  target: OfferFormTarget | null;
  onClose(): void;
  onSaved?(offer: OfferDetail): void;
}

const shape = offerUpdateSchema.shape;
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

function formFromOffer(o: OfferDetail): FormValues {
  return {
    creatorId: o.creatorId ?? '',
    title: o.terms.title,
    productIds: o.terms.products.map((p) => p.id).filter((id): id is string => id !== null),
    targetTags: o.terms.targetTags,
    deliverables: o.terms.deliverables.map((d) => ({
      key: d.key,
      format: d.format,
      durationBand: d.durationBand,
      count: d.count,
      dueOn: dayjs(d.dueOn),
      accountId: d.accountId ?? undefined,
    })),
    feeYuan: o.terms.feeYuan,
    commissionPct: o.terms.commissionPct,
    usageRightsDays: o.terms.usageRightsDays,
    exclusivityDays: o.terms.exclusivityDays,
    expiresOn: dayjs(o.terms.expiresOn),
    message: o.state === 'draft' ? o.message : '',
  };
}

/** Create or edit a draft; in `revise` mode the brand's counter to a creator's counter. */
export function OfferFormDrawer({ workspaceId, target, onClose, onSaved }: Props) {
  const { t } = useTranslation('offers');
  const { language } = useLanguage();
  const { message } = AntApp.useApp();
  const f = useFormat();
  const [form] = Form.useForm<FormValues>();
  const mutations = useOfferMutations();
  const accounts = useAccounts(workspaceId, false);
  const products = useProducts({ workspaceId });
  const open = target !== null;
  const values = Form.useWatch([], form) as Partial<FormValues> | undefined;
  // Only the chosen creator is loaded (for its commission and the totals preview), and only while open:
  // the roster can be 20,000 creators, and the picker searches it as the user types.
  const creator = useCreator(open && values?.creatorId ? values.creatorId : undefined).data;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'create') {
      form.setFieldsValue({
        creatorId: target.creatorId ?? '',
        title: '',
        productIds: [],
        targetTags: [],
        deliverables: [{ format: 'video', durationBand: '21-60s', count: 1, dueOn: dayjs().add(14, 'day') }],
        feeYuan: null,
        commissionPct: 0,
        usageRightsDays: 0,
        exclusivityDays: 0,
        expiresOn: dayjs().add(21, 'day'),
        message: '',
      });
    } else {
      form.setFieldsValue(formFromOffer(target.offer));
    }
  }, [target, form]);

  // A new offer starts from the creator's usual commission once the creator is loaded, unless the user
  // already typed one.
  const defaultCommission = target?.mode === 'create' ? creator?.rateCard.commissionPct : undefined;
  useEffect(() => {
    if (defaultCommission != null && !form.isFieldTouched('commissionPct')) {
      form.setFieldValue('commissionPct', defaultCommission);
    }
  }, [defaultCommission, form]);
  const preview = useMemo(() => {
    const rows = (values?.deliverables ?? []).filter((d): d is DeliverableRow => !!d?.format);
    if (!values || rows.length === 0) return null;
    const terms: TermsRecord = {
      title: '',
      products: [],
      targetTags: [],
      deliverables: rows.map((d, i) => ({
        key: String(i),
        format: d.format,
        durationBand: d.format === 'video' ? (d.durationBand ?? '21-60s') : null,
        count: d.count ?? 1,
        dueOn: day(d.dueOn) || '2000-01-01',
        accountId: null,
        accountLabel: '',
        accountRole: null,
      })),
      feeFen: yuanToFen(values.feeYuan ?? 0),
      commissionPct: values.commissionPct ?? 0,
      usageRightsDays: 0,
      exclusivityDays: 0,
      expiresOn: '2000-01-01',
      timeZone: 'Asia/Shanghai',
    };
    return offerTotals(terms, creator ?? null);
  }, [values, creator]);

  const tagOptions = useMemo(
    () =>
      interestTaxonomy.map((c) => ({
        label: c.label[language],
        options: c.tags.map((tag) => ({
          value: tag.id,
          label: `${c.label[language]} · ${tag.label[language]}`,
        })),
      })),
    [language],
  );

  const submit = () => submitForm(form, saveOffer, { t, message, applyIssues: applyOfferIssues });

  const saveOffer = async (v: FormValues) => {
    const fields = {
      title: v.title ?? '',
      productIds: v.productIds ?? [],
      targetTags: v.targetTags ?? [],
      deliverables: v.deliverables.map((d) => ({
        ...(d.key ? { key: d.key } : {}),
        format: d.format,
        ...(d.format === 'video' ? { durationBand: d.durationBand ?? null } : {}),
        count: d.count ?? 1,
        dueOn: day(d.dueOn),
        accountId: d.accountId ?? '',
      })),
      feeYuan: v.feeYuan ?? 0,
      commissionPct: v.commissionPct ?? 0,
      usageRightsDays: v.usageRightsDays ?? 0,
      exclusivityDays: v.exclusivityDays ?? 0,
      expiresOn: day(v.expiresOn),
      message: v.message ?? '',
    };
    let saved: OfferDetail;
    if (target?.mode === 'edit') {
      saved = await mutations.update.mutateAsync({
        id: target.offer.id,
        creatorId: v.creatorId,
        ...fields,
      });
      void message.success(t('done.saved'));
    } else if (target?.mode === 'revise') {
      saved = await mutations.counter.mutateAsync({ id: target.offer.id, ...fields });
      void message.success(t('done.countered'));
    } else {
      saved = await mutations.create.mutateAsync({ workspaceId, creatorId: v.creatorId, ...fields });
      void message.success(t('done.created'));
    }
    onClose();
    onSaved?.(saved);
  };

  const title =
    target?.mode === 'revise' ? t('actions.revise') : target?.mode === 'edit' ? t('actions.edit') : t('new');
  const pending = mutations.create.isPending || mutations.update.isPending || mutations.counter.isPending;

  return (
    <Drawer
      open={open}
      title={title}
      size={720}
      onClose={onClose}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => void submit()}>
            {t('common:save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" name="offer" onFinish={() => void submit()}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="creatorId"
              label={t('fields.creator')}
              rules={[{ required: true, message: t('required') }]}
            >
              <CreatorPicker workspaceId={workspaceId} active={open} disabled={target?.mode === 'revise'} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="title" label={t('fields.title')} rules={[zodRule(shape.title)]}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="productIds" label={t('fields.products')}>
              <Select
                mode="multiple"
                optionFilterProp="label"
                options={(products.data ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.name} · ${f.money(p.price)}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="targetTags" label={t('fields.targetTags')}>
              <Select mode="multiple" optionFilterProp="label" options={tagOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('fields.deliverables')}</Divider>
        <Form.List name="deliverables">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Card size="small" key={field.key} data-testid="deliverable-row">
                  {/* The line's key travels with it, so a change shows as a change, not a swap. */}
                  <Form.Item name={[field.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Row gutter={8} align="bottom">
                    <Col span={5}>
                      <Form.Item
                        name={[field.name, 'format']}
                        label={t('fields.format')}
                        style={{ marginBottom: 0 }}
                      >
                        <Select
                          aria-label={`${t('fields.format')} ${i + 1}`}
                          options={deliverableFormats.map((x) => ({ value: x, label: t(`format.${x}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          form.getFieldValue(['deliverables', field.name, 'format']) === 'video' ? (
                            <Form.Item
                              name={[field.name, 'durationBand']}
                              label={t('fields.durationBand')}
                              rules={[{ required: true, message: t('required') }]}
                              style={{ marginBottom: 0 }}
                            >
                              <Select
                                aria-label={`${t('fields.durationBand')} ${i + 1}`}
                                options={durationBands.map((b) => ({ value: b, label: t(`band.${b}`) }))}
                              />
                            </Form.Item>
                          ) : (
                            <div />
                          )
                        }
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item
                        name={[field.name, 'count']}
                        label={t('fields.count')}
                        style={{ marginBottom: 0 }}
                      >
                        <InputNumber
                          aria-label={`${t('fields.count')} ${i + 1}`}
                          min={1}
                          max={100}
                          precision={0}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item
                        name={[field.name, 'dueOn']}
                        label={t('fields.dueOn')}
                        dependencies={['expiresOn']}
                        style={{ marginBottom: 0 }}
                        rules={[
                          { required: true, message: t('required') },
                          {
                            validator: async (_r, due: Dayjs | null) => {
                              const expires = form.getFieldValue('expiresOn') as Dayjs | null;
                              if (due && expires && day(due) > day(expires)) {
                                throw new Error(t('dueAfterExpiry', { date: day(expires) }));
                              }
                            },
                          },
                        ]}
                      >
                        <DatePicker aria-label={`${t('fields.dueOn')} ${i + 1}`} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item
                        name={[field.name, 'accountId']}
                        label={t('fields.account')}
                        rules={[{ required: true, message: t('required') }]}
                        style={{ marginBottom: 0 }}
                      >
                        <Select
                          aria-label={`${t('fields.account')} ${i + 1}`}
                          options={(accounts.data ?? []).map((a) => ({
                            value: a.id,
                            label: `${a.displayName} · ${t(`common:role.${a.role}`)}`,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={1}>
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
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ format: 'video', durationBand: '21-60s', count: 1, dueOn: dayjs().add(14, 'day') })
                }
              >
                {t('addDeliverable')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t('terms')}</Divider>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="feeYuan"
              label={t('fields.fee')}
              rules={[{ required: true, message: t('required') }, zodRule(shape.feeYuan)]}
            >
              <InputNumber style={{ width: '100%' }} precision={2} prefix="¥" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="commissionPct"
              label={t('fields.commissionPct')}
              rules={[zodRule(shape.commissionPct)]}
            >
              <InputNumber style={{ width: '100%' }} precision={2} suffix="%" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="expiresOn"
              label={t('fields.expiresOn')}
              rules={[{ required: true, message: t('required') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="usageRightsDays"
              label={t('fields.usageRightsDays')}
              rules={[zodRule(shape.usageRightsDays)]}
            >
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="exclusivityDays"
              label={t('fields.exclusivityDays')}
              rules={[zodRule(shape.exclusivityDays)]}
            >
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="message" label={t('fields.message')} rules={[zodRule(shape.message)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        {preview && (
          <Card size="small" title={t('totals.title')}>
            <Flex gap={24} wrap>
              <Statistic
                title={t('totals.rateCardValue')}
                value={0}
                formatter={() => f.money(preview.rateCardValue)}
              />
              <Statistic
                title={t('totals.vsRateCard')}
                value={0}
                formatter={() =>
                  preview.feeVsRateCardPct === null ? '—' : f.percent(preview.feeVsRateCardPct)
                }
              />
              <Statistic
                title={t('totals.expectedViews')}
                value={0}
                formatter={() => f.count(preview.expectedViews)}
              />
              <Statistic
                title={t('totals.expectedCpm')}
                value={0}
                formatter={() => <span data-testid="form-expected-cpm">{f.money(preview.expectedCpm)}</span>}
              />
              <Statistic
                title={t('totals.expectedCpe')}
                value={0}
                formatter={() => f.money(preview.expectedCpe)}
              />
            </Flex>
            <Typography.Text type="secondary">{t('totals.hint')}</Typography.Text>
          </Card>
        )}
      </Form>
    </Drawer>
  );
}

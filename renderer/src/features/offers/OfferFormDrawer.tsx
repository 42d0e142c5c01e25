import { App as AntApp, Col, Divider, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../shared/domain/offer';
import { offerUpdateSchema } from '../../../../shared/domain/offer';
import {
  offerTotals,
  type DeliverableFormat,
  type DurationBand,
  type TermsRecord,
} from '../../../../shared/domain/offerTerms';
import { yuanToFen } from '../../../../shared/domain/money';
import { useInterestOptions } from '../../lib/interestOptions';
import { FormDrawer } from '../../lib/FormDrawer';
import { submitForm } from '../../lib/submitForm';
import { useFormat } from '../../lib/format';
import { zodRule } from '../../lib/zodRule';
import { useAccounts } from '../accounts';
import { ProductPicker } from '../products';
import { useCreator, CreatorPicker } from '../creators';
import { applyOfferIssues } from './formIssues';
import { useOfferMutations } from './queries';
import { DeliverableRows } from './form/DeliverableRows';
import { TermsFields } from './form/TermsFields';
import { TotalsPreview } from './form/TotalsPreview';
import { useCreatorLiveViews } from './form/useCreatorLiveViews';

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
  const { t } = useTranslation(['offers', 'common']);
  const { message } = AntApp.useApp();
  const f = useFormat();
  const [form] = Form.useForm<FormValues>();
  const mutations = useOfferMutations();
  const accounts = useAccounts(workspaceId, false);
  const open = target !== null;
  const values = Form.useWatch([], form) as Partial<FormValues> | undefined;
  // Only the chosen creator is loaded (for its commission and the totals preview), and only while open:
  // the roster can be 20,000 creators, and the picker searches it as the user types.
  const creator = useCreator(open && values?.creatorId ? values.creatorId : undefined).data;
  const liveViews = useCreatorLiveViews(open && values?.creatorId ? values.creatorId : undefined).data;

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
    return offerTotals(terms, creator ? { ...creator, live: liveViews ?? null } : null);
  }, [values, creator, liveViews]);

  const tagOptions = useInterestOptions().tags;

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
    <FormDrawer
      open={open}
      title={title}
      size={720}
      onClose={onClose}
      onSave={() => void submit()}
      saving={pending}
      form={form}
      name="offer"
    >
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
            <ProductPicker
              multiple
              workspaceId={workspaceId}
              active={open}
              labelOf={(p) => `${p.name} · ${f.moneyAt('form', p.price)}`}
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
      <DeliverableRows
        form={form}
        variant="offer"
        accountOptions={(accounts.data ?? []).map((a) => ({
          value: a.id,
          label: `${a.displayName} · ${t(`common:role.${a.role}`)}`,
        }))}
      />
      <Divider titlePlacement="start">{t('terms')}</Divider>
      <TermsFields shape={shape} span={8} withExpiry feeRequired />
      <Form.Item name="message" label={t('fields.message')} rules={[zodRule(shape.message)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      {preview && <TotalsPreview totals={preview} />}
    </FormDrawer>
  );
}

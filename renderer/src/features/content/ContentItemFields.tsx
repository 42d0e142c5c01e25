import {
  AutoComplete,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
  type FormInstance,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Account } from '../../../../shared/domain/account';
import {
  contentFormats,
  contentItemBaseSchema,
  contentObjectives,
  contentStatuses,
  publishedUrlSchema,
  type ContentItem,
  type ContentStatus,
} from '../../../../shared/content/model';
import { allowedNextStatuses } from '../../../../shared/content/status';
import { InterestTagSelect } from '../audience';
import { ProductPicker } from '../products';
import { zodRule } from '../../lib/zodRule';
import type { CheckedField } from '../../../../shared/content/check';
import type { ContentFormValues } from './contentItemForm';
import { FormatIcon } from './presentation';
import { RepeatSection } from './RepeatSection';

const shape = contentItemBaseSchema.shape;
const optionalUrl = publishedUrlSchema.or(z.literal('')).nullable().optional();

interface Props {
  form: FormInstance<ContentFormValues>;
  workspaceId: string;
  timeZone: string;
  accounts: readonly Account[];
  suggestions: { pillars: string[]; owners: string[]; tags: string[] };
  editing: ContentItem | undefined;
  /** The drawer is open (pickers load their options only then). */
  active: boolean;
  /** The draft check's words beside a field. */
  checkText(field: CheckedField): ReactNode;
}

/** The content item's fields, in the drawer's form. */
export function ContentItemFields({
  form,
  workspaceId,
  timeZone,
  accounts,
  suggestions,
  editing,
  active,
  checkText,
}: Props) {
  const { t } = useTranslation('content');
  const format = Form.useWatch('format', form) ?? 'short_video';
  const status = Form.useWatch('status', form) ?? 'idea';
  const statusOptions: ContentStatus[] = editing
    ? [editing.status, ...allowedNextStatuses(editing.status, format)]
    : [...contentStatuses];
  const publishedLocked = editing?.status === 'published' && status === 'published';
  const accountOptions = (['brand', 'sales'] as const).map((role) => ({
    label: t(`legend.${role}`),
    options: accounts
      .filter((a) => a.role === role && (!a.archivedAt || a.id === editing?.accountId))
      .map((a) => ({
        value: a.id,
        label: `${a.displayName} @${a.handle}${a.archivedAt ? ` (${t('archivedAccount')})` : ''}`,
      })),
  }));

  return (
    <>
      <Form.Item
        name="accountId"
        label={t('fields.account')}
        rules={[{ required: true, message: t('fields.account') }]}
        extra={checkText('accountId')}
      >
        <Select options={accountOptions} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item name="title" label={t('fields.title')} rules={[zodRule(shape.title)]} required>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="format" label={t('fields.format')}>
        <Radio.Group
          optionType="button"
          options={contentFormats.map((f) => ({
            value: f,
            label: (
              <Space size={4}>
                <FormatIcon format={f} />
                {t(`format.${f}`)}
              </Space>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item name="objective" label={t('fields.objective')} extra={checkText('objective')}>
        <Select
          options={contentObjectives.map((o) => ({
            value: o,
            label: (
              <Space size={6}>
                {t(`objective.${o}`)}
                <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                  {t(`objectiveHint.${o}`)}
                </Tag>
              </Space>
            ),
          }))}
        />
      </Form.Item>
      <Space.Compact block>
        <Form.Item
          name="plannedAt"
          label={t('fields.plannedAt')}
          tooltip={publishedLocked ? t('hints.publishedLocked') : t('hints.plannedAt', { timeZone })}
          rules={[{ required: true, message: t('fields.plannedAt') }]}
          extra={checkText('plannedAt')}
          style={{ width: format === 'live' ? '60%' : '100%' }}
        >
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabled={publishedLocked}
            allowClear={false}
          />
        </Form.Item>
        {format === 'live' && (
          <Form.Item
            name="durationMinutes"
            label={t('fields.durationMinutes')}
            rules={[{ required: true, message: t('fields.durationMinutes') }, zodRule(shape.durationMinutes)]}
            style={{ width: '40%' }}
          >
            <InputNumber style={{ width: '100%' }} min={1} max={1440} precision={0} step={30} />
          </Form.Item>
        )}
      </Space.Compact>
      <RepeatSection form={form} workspaceId={workspaceId} editing={editing} />
      <Form.Item name="status" label={t('fields.status')} tooltip={t('hints.status')}>
        <Select options={statusOptions.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </Form.Item>
      <Form.Item name="productIds" label={t('fields.products')} extra={checkText('productIds')}>
        <ProductPicker
          multiple
          allowClear
          workspaceId={workspaceId}
          active={active}
          isDisabled={(p) => p.status === 'discontinued' && !(editing?.productIds ?? []).includes(p.id)}
        />
      </Form.Item>
      <Form.Item
        name="pillar"
        label={t('fields.pillar')}
        tooltip={t('hints.pillar')}
        rules={[zodRule(shape.pillar)]}
      >
        <AutoComplete
          options={suggestions.pillars.map((p) => ({ value: p }))}
          filterOption={(input, option) => String(option?.value ?? '').includes(input)}
        >
          <Input maxLength={40} />
        </AutoComplete>
      </Form.Item>
      <Form.Item name="tags" label={t('fields.tags')} rules={[zodRule(shape.tags)]}>
        <InterestTagSelect workspaceId={workspaceId} recent={suggestions.tags} />
      </Form.Item>
      <Form.Item name="owner" label={t('fields.owner')} rules={[zodRule(shape.owner)]}>
        <AutoComplete
          options={suggestions.owners.map((o) => ({ value: o }))}
          filterOption={(input, option) => String(option?.value ?? '').includes(input)}
        >
          <Input maxLength={40} />
        </AutoComplete>
      </Form.Item>
      <Form.Item name="brief" label={t('fields.brief')} rules={[zodRule(shape.brief)]}>
        <Input.TextArea rows={5} maxLength={20_000} showCount />
      </Form.Item>
      {status === 'published' && (
        <>
          <Form.Item name="publishedUrl" label={t('fields.publishedUrl')} rules={[zodRule(optionalUrl)]}>
            <Input placeholder="https://www.douyin.com/video/…" />
          </Form.Item>
          <Form.Item name="publishedAt" label={t('fields.publishedAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </>
  );
}

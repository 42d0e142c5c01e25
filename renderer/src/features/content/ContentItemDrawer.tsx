import { CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  AutoComplete,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Account } from '../../../../shared/domain/account';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import {
  contentFormats,
  contentItemBaseSchema,
  contentObjectives,
  contentStatuses,
  publishedUrlSchema,
  type ContentFormat,
  type ContentItem,
  type ContentObjective,
  type ContentStatus,
} from '../../../../shared/content/model';
import { allowedNextStatuses } from '../../../../shared/content/status';
import { itemRoleWarnings } from '../../../../shared/content/guardrails';
import type { ContentWarning } from '../../../../shared/content/warnings';
import { InterestTagSelect } from '../audience';
import { ContentFitAlert } from '../match';
import { ProductPicker, useProducts } from '../products';
import { applyIssuesToForm, describeError } from '../../lib/errors';
import { submitForm } from '../../lib/submitForm';
import { zodRule } from '../../lib/zodRule';
import { FormatIcon, warningText } from './presentation';
import { useContentMutations } from './queries';
import { fromPickerValue, toPickerValue } from './time';
import { LiveResultLink } from '../live';
import { DeliverableSummary } from '../offers';
import { readRepeat, RepeatSection } from './RepeatSection';
import { isRepeatIssue, useSeriesActions } from './useSeriesActions';
import { useDuplicateDialog } from './DuplicateModal';
import { CheckFooter, useDraftChecks } from './DraftChecks';

interface FormValues {
  accountId: string;
  title: string;
  format: ContentFormat;
  objective: ContentObjective;
  pillar: string;
  status: ContentStatus;
  plannedAt: Dayjs;
  durationMinutes: number | null;
  productIds: string[];
  tags: string[];
  owner: string;
  brief: string;
  publishedUrl: string | null;
  publishedAt: Dayjs | null;
}

export type DrawerTarget = { item: ContentItem } | { newAt: string; accountId?: string } | null;

interface Props {
  workspaceId: string;
  timeZone: string;
  accounts: Account[];
  suggestions: { pillars: string[]; owners: string[]; tags: string[] };
  target: DrawerTarget;
  /** The creator deliverable behind the edited item, if any: its status and link show above the form. */
  deliverable?: TrackedDeliverable | undefined;
  onClose(): void;
  onSaved?(item: ContentItem): void;
  /** After a delete; the page offers 撤销. Without it the drawer says "deleted" itself. */
  onDeleted?(item: ContentItem): void;
}

const shape = contentItemBaseSchema.shape;
const optionalUrl = publishedUrlSchema.or(z.literal('')).nullable().optional();
/** Findings the drawer recomputes as the user types; the rest need the whole calendar (server). */
const draftCodes = new Set([
  'sales_objective_on_brand_account',
  'brand_story_on_sales_account',
  'convert_without_product',
  'discontinued_product',
]);

export function ContentItemDrawer(props: Props) {
  const { workspaceId, timeZone, accounts, suggestions, target, onClose } = props;
  const { t } = useTranslation(['content', 'common', 'contentSeries']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const mutations = useContentMutations(workspaceId);
  const editing = target && 'item' in target ? target.item : undefined;
  const seriesActions = useSeriesActions(workspaceId);
  const duplication = useDuplicateDialog({ workspaceId, timeZone, accounts });

  const accountId = Form.useWatch('accountId', form);
  const objective = Form.useWatch('objective', form);
  const format = Form.useWatch('format', form) ?? 'short_video';
  const status = Form.useWatch('status', form) ?? 'idea';
  const productIds = Form.useWatch('productIds', form);
  const checks = useDraftChecks(form, workspaceId, editing?.id, timeZone);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if ('item' in target) {
      const i = target.item;
      form.setFieldsValue({
        accountId: i.accountId,
        title: i.title,
        format: i.format,
        objective: i.objective,
        pillar: i.pillar,
        status: i.status,
        plannedAt: toPickerValue(i.plannedAt, timeZone),
        durationMinutes: i.durationMinutes,
        productIds: i.productIds,
        tags: i.tags,
        owner: i.owner,
        brief: i.brief,
        publishedUrl: i.publishedUrl,
        publishedAt: i.publishedAt ? toPickerValue(i.publishedAt, timeZone) : null,
      });
    } else {
      const account = accounts.find((a) => a.id === target.accountId) ?? accounts.find((a) => !a.archivedAt);
      form.setFieldsValue({
        accountId: account?.id,
        title: '',
        format: 'short_video',
        objective: account?.role === 'sales' ? 'convert' : 'seed',
        pillar: '',
        status: 'idea',
        plannedAt: toPickerValue(target.newAt, timeZone),
        durationMinutes: null,
        productIds: [],
        tags: [],
        owner: '',
        brief: '',
        publishedUrl: null,
        publishedAt: null,
      });
    }
  }, [target, form, timeZone, accounts]);

  // The linked products are read by id (the catalogue may hold thousands), for the draft's checks.
  const linkedIds = useMemo(() => [...(productIds ?? [])].sort(), [productIds]);
  const linked = useProducts(
    { workspaceId, ids: linkedIds, limit: 200 },
    target !== null && linkedIds.length > 0,
  );
  const productMap = useMemo(
    () => new Map((linkedIds.length > 0 ? (linked.data?.items ?? []) : []).map((p) => [p.id, p])),
    [linked.data, linkedIds],
  );
  const draftWarnings = useMemo((): ContentWarning[] => {
    const account = accounts.find((a) => a.id === accountId);
    if (!account || !objective) return [];
    return itemRoleWarnings(
      {
        id: 'draft',
        accountId: account.id,
        title: '',
        format,
        objective,
        status,
        startMs: 0,
        endMs: 0,
        productIds: productIds ?? [],
      },
      {
        id: account.id,
        role: account.role,
        displayName: account.displayName,
        targets: { postsPerWeek: null },
      },
      productMap,
    );
  }, [accounts, accountId, objective, format, status, productIds, productMap]);
  const contextWarnings = (editing?.warnings ?? []).filter((w) => !draftCodes.has(w.code));

  const statusOptions: ContentStatus[] = editing
    ? [editing.status, ...allowedNextStatuses(editing.status, format)]
    : [...contentStatuses];
  const publishedLocked = editing?.status === 'published' && status === 'published';

  // A repeat's own refusals (e.g. a date outside the series) show as a toast even when they name a field.
  const submit = () =>
    submitForm(form, saveItem, {
      t,
      message,
      applyIssues: (f, err) => applyIssuesToForm(f, err) && !isRepeatIssue(err),
    });

  const saveItem = async (v: FormValues) => {
    const published = v.status === 'published';
    const fields = {
      accountId: v.accountId,
      title: v.title,
      format: v.format,
      objective: v.objective,
      pillar: v.pillar ?? '',
      status: v.status,
      plannedAt: fromPickerValue(v.plannedAt, timeZone),
      durationMinutes: v.format === 'live' ? (v.durationMinutes ?? null) : null,
      productIds: v.productIds ?? [],
      tags: v.tags ?? [],
      owner: v.owner ?? '',
      brief: v.brief ?? '',
      // Empty while published: cleared URL, default time (now, or the planned time for a new record).
      publishedUrl: published ? v.publishedUrl || null : undefined,
      publishedAt: published && v.publishedAt ? fromPickerValue(v.publishedAt, timeZone) : undefined,
    };
    const repeat = readRepeat(form);
    const edit = editing && {
      ...fields,
      // An unchanged published time is left as stored (seconds included).
      ...(published && editing.publishedAt && !form.isFieldTouched('publishedAt')
        ? { publishedAt: editing.publishedAt }
        : {}),
      ...(form.isFieldTouched('plannedAt') ? {} : { plannedAt: editing.plannedAt }),
    };
    // Occurrences of a repeat ask "this / this and following / all" first (null: cancelled).
    const saved = editing?.series
      ? await seriesActions.update(editing, edit!, repeat)
      : editing
        ? await mutations.update.mutateAsync({ id: editing.id, ...edit })
        : repeat
          ? await seriesActions.create({ workspaceId, ...fields, repeat })
          : await mutations.create.mutateAsync({ workspaceId, ...fields });
    if (!saved) return;
    if (!editing && repeat) {
      props.onSaved?.(saved);
      onClose();
      return;
    }
    void message.success(editing ? t('saved') : t('created', { title: saved.title }));
    props.onSaved?.(saved);
    onClose();
  };

  const remove = async () => {
    if (!editing) return;
    try {
      if (editing.series) {
        if ((await seriesActions.remove(editing)) === null) return;
      } else {
        await mutations.remove.mutateAsync(editing.id);
        if (props.onDeleted) props.onDeleted(editing);
        else void message.success(t('deleted', { title: editing.title }));
      }
      onClose();
    } catch (err) {
      void message.error(describeError(err, t));
    }
  };

  const accountOptions = (['brand', 'sales'] as const).map((role) => ({
    label: t(`legend.${role}`),
    options: accounts
      .filter((a) => a.role === role && (!a.archivedAt || a.id === editing?.accountId))
      .map((a) => ({
        value: a.id,
        label: `${a.displayName} @${a.handle}${a.archivedAt ? ` (${t('archivedAccount')})` : ''}`,
      })),
  }));
  const allWarnings = [...draftWarnings, ...contextWarnings];

  return (
    <Drawer
      open={target !== null}
      title={editing ? t('editTitle') : t('newTitle')}
      size={560}
      onClose={onClose}
      destroyOnHidden
      forceRender
      footer={
        <CheckFooter
          warnings={checks.warnings}
          checking={checks.checking}
          saving={mutations.create.isPending || mutations.update.isPending || seriesActions.pending}
          onSave={() => void submit()}
        />
      }
      extra={
        <Space>
          {editing && (
            <Button
              icon={<CopyOutlined />}
              onClick={() => duplication.open(editing)}
              data-testid="duplicate-item"
            >
              {t('contentSeries:duplicate')}
            </Button>
          )}
          {editing && (
            <Popconfirm
              title={t('deleteConfirm')}
              okText={t('common:delete')}
              cancelText={t('common:cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => void remove()}
            >
              <Button danger icon={<DeleteOutlined />} aria-label={t('common:delete')} />
            </Popconfirm>
          )}
          <Button onClick={onClose}>{t('common:cancel')}</Button>
        </Space>
      }
    >
      <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="item-warnings">
        {allWarnings.length === 0 ? (
          <Typography.Text type="secondary">{t('noWarnings')}</Typography.Text>
        ) : (
          allWarnings.map((w, i) => (
            <Alert
              key={`${w.code}-${i}`}
              data-testid="guardrail-warning"
              data-code={w.code}
              type={w.severity === 'error' ? 'error' : w.scope === 'week' ? 'info' : 'warning'}
              showIcon
              title={warningText(w, t)}
            />
          ))
        )}
        {editing && <ContentFitAlert workspaceId={workspaceId} contentId={editing.id} />}
        {editing?.format === 'live' && <LiveResultLink workspaceId={workspaceId} contentId={editing.id} />}
        {editing && props.deliverable && <DeliverableSummary deliverable={props.deliverable} />}
      </Flex>
      <Form form={form} layout="vertical" name="content" onFinish={() => void submit()}>
        <Form.Item
          name="accountId"
          label={t('fields.account')}
          rules={[{ required: true, message: t('fields.account') }]}
          extra={checks.extra('accountId')}
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
        <Form.Item name="objective" label={t('fields.objective')} extra={checks.extra('objective')}>
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
            extra={checks.extra('plannedAt')}
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
              rules={[
                { required: true, message: t('fields.durationMinutes') },
                zodRule(shape.durationMinutes),
              ]}
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
        <Form.Item name="productIds" label={t('fields.products')} extra={checks.extra('productIds')}>
          <ProductPicker
            multiple
            allowClear
            workspaceId={workspaceId}
            active={target !== null}
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
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </>
        )}
      </Form>
      {seriesActions.dialog}
      {duplication.dialog}
    </Drawer>
  );
}

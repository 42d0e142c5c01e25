import { CopyOutlined, DeleteOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Form, Popconfirm, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import type { TrackedDeliverable } from '../../../../shared/domain/offer';
import type { ContentItem } from '../../../../shared/content/model';
import { applyIssuesToForm } from '../../lib/errors';
import { runWithToast } from '../../lib/runWithToast';
import { submitForm } from '../../lib/submitForm';
import { useContentMutations } from './queries';
import { readRepeat } from './RepeatSection';
import { isRepeatIssue, useSeriesActions } from './useSeriesActions';
import { useDuplicateDialog } from './DuplicateModal';
import { CheckFooter, useDraftChecks } from './DraftChecks';
import { fieldsFromForm, formValuesFor, type ContentFormValues, type DrawerTarget } from './contentItemForm';
import { ContentItemFields } from './ContentItemFields';
import { ItemWarnings, useItemWarnings } from './ContentItemWarnings';
import { useArchiveAction } from './useArchiveAction';

// The content page opens the drawer on one of these.
export type { DrawerTarget } from './contentItemForm';

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

/**
 * One content item, new or edited: its findings above (as the user types), the fields, and a footer that
 * saves once the draft's checks are in. Occurrences of a repeat ask which ones a change or delete means.
 */
export function ContentItemDrawer(props: Props) {
  const { workspaceId, timeZone, accounts, suggestions, target, onClose } = props;
  const { t } = useTranslation(['content', 'common', 'contentSeries']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ContentFormValues>();
  const mutations = useContentMutations(workspaceId);
  const editing = target && 'item' in target ? target.item : undefined;
  const seriesActions = useSeriesActions(workspaceId);
  const duplication = useDuplicateDialog({ workspaceId, timeZone, accounts });
  const archiveAction = useArchiveAction(workspaceId);
  const archived = editing?.archivedAt != null;
  // 归档 / 恢复 close the drawer: the item leaves (or rejoins) the plan, and the toast offers 撤销.
  const toggleArchive = async () => {
    if (editing && (await archiveAction(editing, archived ? 'restore' : 'archive'))) onClose();
  };

  const checks = useDraftChecks(form, workspaceId, editing?.id, timeZone);
  const warnings = useItemWarnings(form, { workspaceId, accounts, editing, active: target !== null });

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue(formValuesFor(target, accounts, timeZone));
  }, [target, form, timeZone, accounts]);

  // A repeat's own refusals (e.g. a date outside the series) show as a toast even when they name a field.
  const submit = () =>
    submitForm(form, saveItem, {
      t,
      message,
      applyIssues: (f, err) => applyIssuesToForm(f, err) && !isRepeatIssue(err),
    });

  const saveItem = async (v: ContentFormValues) => {
    const published = v.status === 'published';
    const fields = fieldsFromForm(v, timeZone);
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
    await runWithToast(
      async () => {
        if (editing.series) {
          if ((await seriesActions.remove(editing)) === null) return;
        } else {
          await mutations.remove.mutateAsync(editing.id);
          if (props.onDeleted) props.onDeleted(editing);
          else void message.success(t('deleted', { title: editing.title }));
        }
        onClose();
      },
      { t, message },
    );
  };

  return (
    <Drawer
      open={target !== null}
      title={
        <Space>
          {editing ? t('editTitle') : t('newTitle')}
          {archived && <Tag data-testid="drawer-archived-tag">{t('archivedTag')}</Tag>}
        </Space>
      }
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
            <Button
              icon={archived ? <UndoOutlined /> : <InboxOutlined />}
              onClick={() => void toggleArchive()}
              data-testid={archived ? 'restore-item' : 'archive-item'}
            >
              {archived ? t('restore') : t('archive')}
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
      <ItemWarnings
        warnings={warnings}
        workspaceId={workspaceId}
        editing={editing}
        deliverable={props.deliverable}
      />
      <Form form={form} layout="vertical" name="content" onFinish={() => void submit()}>
        <ContentItemFields
          form={form}
          workspaceId={workspaceId}
          timeZone={timeZone}
          accounts={accounts}
          suggestions={suggestions}
          editing={editing}
          active={target !== null}
          checkText={checks.extra}
        />
      </Form>
      {seriesActions.dialog}
      {duplication.dialog}
    </Drawer>
  );
}

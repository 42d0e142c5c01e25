import { App as AntApp, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Creator } from '../../../../shared/domain/creator';
import { submitForm } from '../../lib/submitForm';
import { FormDrawer } from '../../lib/FormDrawer';
import { issueMessage } from '../../lib/zodRule';
import { CreatorFields } from './CreatorFields';
import { audienceProblem, fieldsFromForm, toCreatorForm, type CreatorFormValues } from './creatorForm';
import { creatorIssueApplier } from './creatorIssues';
import { useCreatorMutations } from './queries';

interface Props {
  workspaceId: string;
  /** The creator being edited, 'new' for a new one, null when closed. */
  target: Creator | 'new' | null;
  onClose(): void;
}

export function CreatorFormDrawer({ workspaceId, target, onClose }: Props) {
  const { t } = useTranslation(['creators', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreatorFormValues>();
  const { create, update } = useCreatorMutations(workspaceId);
  const [problem, setProblem] = useState<string | null>(null);
  const editing = target && target !== 'new' ? target : undefined;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue(toCreatorForm(target === 'new' ? null : target));
  }, [target, form]);

  const close = () => {
    setProblem(null);
    onClose();
  };

  const submit = () =>
    submitForm(form, saveCreator, {
      t,
      message,
      applyIssues: creatorIssueApplier(setProblem),
    });

  const saveCreator = async (values: CreatorFormValues) => {
    // Shares are checked here with the same schema the backend uses, so the message appears at once.
    const audienceError = audienceProblem(values);
    setProblem(audienceError ? issueMessage(audienceError) : null);
    if (audienceError) return;
    const fields = fieldsFromForm(values);
    if (editing) await update.mutateAsync({ id: editing.id, ...fields });
    else await create.mutateAsync({ workspaceId, ...fields });
    void message.success(editing ? t('saved') : t('created', { name: values.displayName }));
    close();
  };

  return (
    <FormDrawer
      open={target !== null}
      title={editing ? t('editCreator') : t('newCreator')}
      size={560}
      onClose={close}
      onSave={() => void submit()}
      saving={create.isPending || update.isPending}
      form={form}
      name="creator"
    >
      <CreatorFields form={form} problem={problem} />
    </FormDrawer>
  );
}

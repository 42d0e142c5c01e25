import { App as AntApp, Button, Card, Flex, Form, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../lib/PageHeader';
import { submitForm } from '../../lib/submitForm';
import { issueMessage } from '../../lib/zodRule';
import {
  CreatorFields,
  audienceProblem,
  creatorIssueApplier,
  fieldsFromForm,
  toCreatorForm,
  type CreatorFormValues,
  CreatorDetails,
} from '../creators';
import { useCreatorProfile, useIdentity, useSaveCreatorProfile } from '../offers';

/** Creator mode: the owner's own handle, rate card and audience, used to assess offers received. */
export function ProfilePage() {
  const { t } = useTranslation(['offers', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreatorFormValues>();
  const profile = useCreatorProfile();
  const identity = useIdentity();
  const save = useSaveCreatorProfile();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (profile.isSuccess) form.setFieldsValue(toCreatorForm(profile.data));
  }, [profile.isSuccess, profile.data, form]);

  if (profile.isLoading) return <Spin />;

  const submit = () =>
    submitForm(
      form,
      async (values) => {
        const audienceError = audienceProblem(values);
        setProblem(audienceError ? issueMessage(audienceError) : null);
        if (audienceError) return;
        await save.mutateAsync(fieldsFromForm(values));
        void message.success(t('creatorMode.saved'));
      },
      { t, message, applyIssues: creatorIssueApplier(setProblem) },
    );

  return (
    <Flex vertical gap={16} style={{ maxWidth: 980 }}>
      <PageHeader title={t('creatorMode.profile')} subtitle={t('creatorMode.profileSubtitle')} />
      <Card size="small">
        <Typography.Text>
          {t('keys.own')}:{' '}
          <Typography.Text code data-testid="own-fingerprint">
            {identity.data?.fingerprint ?? '…'}
          </Typography.Text>
        </Typography.Text>
      </Card>
      {profile.data && <CreatorDetails creator={profile.data} />}
      <Card>
        <Form form={form} layout="vertical" name="creatorProfile" onFinish={() => void submit()}>
          <CreatorFields form={form} problem={problem} />
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            {t('common:save')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}

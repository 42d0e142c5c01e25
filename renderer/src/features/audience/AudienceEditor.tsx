import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceProfileOutput } from '../../../../shared/domain/interest';
import { ageBrackets } from '../../../../shared/interest/audience';
import { call } from '../../lib/api';
import { runWithToast } from '../../lib/runWithToast';
import { submitForm } from '../../lib/submitForm';
import { importErrorText, type ImportErrorLike } from '../../lib/importErrors';
import { useFormat } from '../../lib/format';
import { useAudience, useInterestMutations, useTaxonomy } from './queries';

interface FormValues {
  interests: { tag?: string; percent?: number | null }[];
  female: number | null;
  male: number | null;
  ages: Record<string, number | null>;
  regions: { name?: string; percent?: number | null }[];
}

const round = (v: number) => Math.round(v * 100) / 100;

function toForm(profile: AudienceProfileOutput | null): FormValues {
  if (!profile) {
    return {
      interests: [{}],
      female: 50,
      male: 50,
      ages: Object.fromEntries(ageBrackets.map((a) => [a, 20])),
      regions: [],
    };
  }
  return {
    interests: Object.entries(profile.interests)
      .sort((a, b) => b[1] - a[1])
      .map(([tag, share]) => ({ tag, percent: round(share * 100) })),
    female: round(profile.gender.female * 100),
    male: round(profile.gender.male * 100),
    ages: Object.fromEntries(ageBrackets.map((a) => [a, round((profile.ages[a] ?? 0) * 100)])),
    regions: profile.regions.map((r) => ({ name: r.name, percent: round(r.share * 100) })),
  };
}

function toProfile(values: FormValues): Record<string, unknown> {
  const interests: Record<string, number> = {};
  for (const row of values.interests ?? []) {
    if (row.tag) interests[row.tag] = (interests[row.tag] ?? 0) + (row.percent ?? 0) / 100;
  }
  return {
    interests,
    gender: { female: (values.female ?? 0) / 100, male: (values.male ?? 0) / 100 },
    ages: Object.fromEntries(ageBrackets.map((a) => [a, (values.ages?.[a] ?? 0) / 100])),
    regions: (values.regions ?? [])
      .filter((r) => r.name)
      .map((r) => ({ name: r.name!.trim(), share: (r.percent ?? 0) / 100 })),
  };
}

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The end of an interest or region row: its share, then the button that removes the row. */
function ShareAndDelete({
  name,
  style,
  label,
  deleteLabel,
  onDelete,
}: {
  name: (string | number)[];
  style: CSSProperties;
  label: string;
  deleteLabel: string;
  onDelete(): void;
}) {
  return (
    <>
      <Form.Item name={name} style={style}>
        <PercentInput label={label} />
      </Form.Item>
      <Button type="text" icon={<DeleteOutlined />} aria-label={deleteLabel} onClick={onDelete} />
    </>
  );
}

/** A share of the audience, 0–100 % to one decimal; `label` names it when the form item's label does not. */
function PercentInput({
  label,
  ...item
}: {
  label?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
}) {
  return (
    <InputNumber
      {...item}
      min={0}
      max={100}
      step={0.1}
      suffix="%"
      style={{ width: '100%' }}
      aria-label={label}
    />
  );
}

/** The audience profile form for one account: interests, gender, ages, regions, or import from a file. */
export function AudienceEditor({
  workspaceId,
  accountId,
  accountName,
}: {
  workspaceId: string;
  accountId: string;
  accountName: string;
}) {
  const { t } = useTranslation(['audience', 'common']);
  const { message } = AntApp.useApp();
  const f = useFormat();
  const [form] = Form.useForm<FormValues>();
  const audience = useAudience('account', accountId);
  const taxonomy = useTaxonomy(workspaceId);
  const { setAudience } = useInterestMutations(workspaceId);
  const [importErrors, setImportErrors] = useState<({ rowNumber: number } & ImportErrorLike)[]>([]);
  const values = Form.useWatch([], form) as FormValues | undefined;

  useEffect(() => {
    if (audience.data) {
      form.resetFields();
      form.setFieldsValue(toForm(audience.data.profile));
    }
  }, [audience.data, form]);

  const tagOptions = useMemo(
    () =>
      (taxonomy.data?.categories ?? []).map((c) => ({
        label: c.label[f.language],
        options: c.tags.map((tag) => ({
          value: tag.id,
          label: `${c.label[f.language]} › ${tag.label[f.language]}`,
        })),
      })),
    [taxonomy.data, f.language],
  );

  const interestSum = (values?.interests ?? []).reduce((s, r) => s + (r?.percent ?? 0), 0);
  const ageSum = ageBrackets.reduce((s, a) => s + (values?.ages?.[a] ?? 0), 0);
  const genderSum = (values?.female ?? 0) + (values?.male ?? 0);
  const sumText = (sum: number) => (
    <Typography.Text type={Math.abs(sum - 100) <= 1 ? 'success' : 'danger'} data-testid="sum">
      {t('sum', { value: f.decimal(sum, 1) })}
    </Typography.Text>
  );

  const normalizeInterests = () => {
    const rows = form.getFieldValue('interests') as FormValues['interests'];
    const total = rows.reduce((s, r) => s + (r.percent ?? 0), 0);
    if (total <= 0) return;
    form.setFieldValue(
      'interests',
      rows.map((r) => ({ ...r, percent: round(((r.percent ?? 0) / total) * 100) })),
    );
  };

  const save = (clear = false) =>
    submitForm(
      form,
      async () => {
        await setAudience.mutateAsync({
          ownerType: 'account',
          ownerId: accountId,
          // Every value, also rows the form has not rendered yet.
          profile: clear ? null : toProfile(form.getFieldsValue(true) as FormValues),
        });
        setImportErrors([]);
        void message.success(clear ? t('cleared') : t('saved', { name: accountName }));
      },
      { t, message },
    );

  const importFile = (file: File) =>
    runWithToast(
      async () => {
        const draft = await call('audience.importPreview', {
          workspaceId,
          fileName: file.name,
          base64: await fileToBase64(file),
        });
        form.setFieldsValue(
          toForm({ ...draft.profile, ages: draft.profile.ages as AudienceProfileOutput['ages'] }),
        );
        setImportErrors(draft.errors);
        void message.info(t('imported', { rows: draft.rows }));
      },
      { t, message },
    );

  return (
    <Card
      title={t('profileOf', { name: accountName })}
      loading={audience.isLoading}
      data-testid="audience-editor"
      extra={
        <Space>
          <Upload
            accept=".csv,.tsv,.txt,.xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('importFile')}</Button>
          </Upload>
          {audience.data?.profile && (
            <Button danger onClick={() => void save(true)}>
              {t('clear')}
            </Button>
          )}
          <Button type="primary" loading={setAudience.isPending} onClick={() => void save()}>
            {t('common:save')}
          </Button>
        </Space>
      }
    >
      {importErrors.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('importProblems', { count: importErrors.length })}
          description={importErrors.slice(0, 8).map((e) => (
            <div key={`${e.rowNumber}-${e.message}`}>
              {t('rowProblem', { row: e.rowNumber, message: importErrorText(t, e) })}
            </div>
          ))}
        />
      )}
      {!audience.data?.profile && !audience.isLoading && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('noProfile')} />
      )}
      <Form form={form} layout="vertical" name="audience">
        <Row gutter={24}>
          <Col xs={24} xl={14}>
            <Flex justify="space-between" align="center">
              <Typography.Title level={5}>{t('interests')}</Typography.Title>
              <Space>
                {sumText(interestSum)}
                <Button size="small" onClick={normalizeInterests}>
                  {t('normalize')}
                </Button>
              </Space>
            </Flex>
            <Form.List name="interests">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="baseline">
                      <Form.Item name={[field.name, 'tag']} style={{ flex: 1, marginBottom: 8 }}>
                        <Select
                          showSearch
                          optionFilterProp="label"
                          placeholder={t('pickTag')}
                          options={tagOptions}
                          aria-label={t('pickTag')}
                        />
                      </Form.Item>
                      <ShareAndDelete
                        name={[field.name, 'percent']}
                        style={{ width: 120, marginBottom: 8 }}
                        label={t('share')}
                        deleteLabel={t('common:delete')}
                        onDelete={() => remove(field.name)}
                      />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                    {t('addInterest')}
                  </Button>
                </>
              )}
            </Form.List>
          </Col>
          <Col xs={24} xl={10}>
            <Flex justify="space-between" align="center">
              <Typography.Title level={5}>{t('gender')}</Typography.Title>
              {sumText(genderSum)}
            </Flex>
            <Flex gap={8}>
              <Form.Item name="female" label={t('female')} style={{ flex: 1 }}>
                <PercentInput />
              </Form.Item>
              <Form.Item name="male" label={t('male')} style={{ flex: 1 }}>
                <PercentInput />
              </Form.Item>
            </Flex>
            <Flex justify="space-between" align="center">
              <Typography.Title level={5}>{t('ages')}</Typography.Title>
              {sumText(ageSum)}
            </Flex>
            <Flex gap={8} wrap>
              {ageBrackets.map((a) => (
                <Form.Item key={a} name={['ages', a]} label={a} style={{ width: 84 }}>
                  <PercentInput />
                </Form.Item>
              ))}
            </Flex>
            <Typography.Title level={5}>{t('regions')}</Typography.Title>
            <Form.List name="regions">
              {(fields, { add, remove }) => (
                <List
                  size="small"
                  dataSource={fields}
                  footer={
                    <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                      {t('addRegion')}
                    </Button>
                  }
                  renderItem={(field) => (
                    <List.Item key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
                      <Form.Item name={[field.name, 'name']} style={{ flex: 1, marginBottom: 4 }}>
                        <Input placeholder={t('regionName')} aria-label={t('regionName')} maxLength={40} />
                      </Form.Item>
                      <ShareAndDelete
                        name={[field.name, 'percent']}
                        style={{ width: 110, marginBottom: 4 }}
                        label={t('regionShare')}
                        deleteLabel={t('common:delete')}
                        onDelete={() => remove(field.name)}
                      />
                    </List.Item>
                  )}
                />
              )}
            </Form.List>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}

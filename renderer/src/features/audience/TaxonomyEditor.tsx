import { App as AntApp, Button, Card, Flex, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTag } from '../../../../shared/domain/interest';
import { runWithToast } from '../../lib/runWithToast';
import { useFormat } from '../../lib/format';
import { useInterestMutations, useTaxonomy } from './queries';

interface CategoryRow {
  key: string;
  label: string;
  tagCount: number;
  children: (TaxonomyTag & { key: string })[];
}

/** The interest taxonomy with each tag's platform share (the TGI denominator), editable per workspace. */
export function TaxonomyEditor({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('audience');
  const { message } = AntApp.useApp();
  const f = useFormat();
  const taxonomy = useTaxonomy(workspaceId);
  const { updateBaseline, addCustomTag } = useInterestMutations(workspaceId);
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const [newTag, setNewTag] = useState('');

  const rows: CategoryRow[] = (taxonomy.data?.categories ?? []).map((c) => ({
    key: c.id,
    label: c.label[f.language],
    tagCount: c.tags.length,
    children: c.tags.map((tag) => ({ ...tag, key: tag.id })),
  }));

  const saveEdits = () =>
    runWithToast(
      async () => {
        await updateBaseline.mutateAsync({
          workspaceId,
          shares: Object.fromEntries(Object.entries(edits).map(([k, v]) => [k, v === null ? null : v / 100])),
        });
        setEdits({});
        void message.success(t('baselinesSaved'));
      },
      { t, message },
    );

  const addTag = () =>
    runWithToast(
      async () => {
        await addCustomTag.mutateAsync({ workspaceId, label: newTag });
        setNewTag('');
      },
      { t, message },
    );

  return (
    <Card
      title={t('taxonomyTitle')}
      loading={taxonomy.isLoading}
      data-testid="taxonomy-editor"
      extra={
        <Space>
          {taxonomy.data && (
            <Typography.Text type="secondary">
              {t('baselineTotal', { value: f.percent(taxonomy.data.baselineTotal * 100) })}
            </Typography.Text>
          )}
          <Button
            type="primary"
            disabled={Object.keys(edits).length === 0}
            loading={updateBaseline.isPending}
            onClick={() => void saveEdits()}
          >
            {t('saveBaselines', { count: Object.keys(edits).length })}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('taxonomyHelp')}</Typography.Paragraph>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Input
          placeholder={t('customTagPlaceholder')}
          aria-label={t('customTagPlaceholder')}
          value={newTag}
          maxLength={30}
          onChange={(e) => setNewTag(e.target.value)}
          style={{ width: 240 }}
          onPressEnter={() => newTag.trim() && void addTag()}
        />
        <Button disabled={!newTag.trim()} onClick={() => void addTag()}>
          {t('addCustomTag')}
        </Button>
      </Flex>
      <Table<CategoryRow | (TaxonomyTag & { key: string })>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandAllRows: false }}
        columns={[
          {
            title: t('tag'),
            key: 'label',
            render: (_, row) =>
              'children' in row ? (
                <Typography.Text strong>
                  {row.label} <Typography.Text type="secondary">({row.tagCount})</Typography.Text>
                </Typography.Text>
              ) : (
                <Space>
                  {row.label[f.language]}
                  <Typography.Text type="secondary" code>
                    {row.id}
                  </Typography.Text>
                  {row.custom && <Tag>{t('custom')}</Tag>}
                </Space>
              ),
          },
          {
            title: t('baseline'),
            key: 'baseline',
            width: 180,
            render: (_, row) => {
              if ('children' in row) return null;
              const edited = Object.hasOwn(edits, row.id);
              const current = edited
                ? edits[row.id]
                : row.baselineShare === null
                  ? null
                  : Math.round(row.baselineShare * 10000) / 100;
              return (
                <InputNumber
                  size="small"
                  min={0.01}
                  max={100}
                  step={0.1}
                  suffix="%"
                  aria-label={`${t('baseline')} ${row.label[f.language]}`}
                  value={current ?? null}
                  status={edited ? 'warning' : undefined}
                  onChange={(v) => setEdits((e) => ({ ...e, [row.id]: v }))}
                  style={{ width: 120 }}
                />
              );
            },
          },
          {
            title: t('default'),
            key: 'default',
            width: 160,
            render: (_, row) =>
              'children' in row ? null : (
                <Space>
                  <Typography.Text type="secondary">
                    {row.defaultBaselineShare === null ? '—' : f.percent(row.defaultBaselineShare * 100)}
                  </Typography.Text>
                  {row.overridden && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setEdits((e) => ({ ...e, [row.id]: null }))}
                    >
                      {t('reset')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}

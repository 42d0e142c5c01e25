import { InboxOutlined } from '@ant-design/icons';
import { Alert, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportAnswersOutput } from '../../../../shared/approvals/model';
import { ApiCallError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { fileToBase64 } from '../content/files';
import { useApprovalMutations } from './queries';

const outcomeColors = {
  approved: 'green',
  changes_requested: 'red',
  stale: 'orange',
  missing: 'default',
} as const;

/**
 * Drop or pick a client's `.mdreview` file (a file dialog in the desktop app, an upload in browser mode).
 * Shows what each answer did, or why the whole file was refused.
 */
export function ImportAnswers({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('approvals');
  const { importAnswers } = useApprovalMutations(workspaceId);
  const [result, setResult] = useState<ImportAnswersOutput | null>(null);
  const [refusal, setRefusal] = useState<{ text: string; reason: string } | null>(null);

  const importFile = async (file: Blob) => {
    setResult(null);
    setRefusal(null);
    try {
      setResult(await importAnswers.mutateAsync({ workspaceId, base64: await fileToBase64(file) }));
    } catch (err) {
      setRefusal({
        text: describeError(err, t),
        reason: err instanceof ApiCallError ? (err.reason ?? err.code) : 'error',
      });
    }
  };

  return (
    <div data-testid="import-answers">
      <Upload.Dragger
        accept=".mdreview,.json,application/json"
        showUploadList={false}
        multiple={false}
        beforeUpload={(file) => {
          void importFile(file);
          return false;
        }}
        disabled={importAnswers.isPending}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.drop')}</p>
        <p className="ant-upload-hint">{t('import.hint')}</p>
      </Upload.Dragger>
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('import.refused')}
          description={
            <span data-testid="import-refusal" data-reason={refusal.reason}>
              {refusal.text}
            </span>
          }
        />
      )}
      {result && (
        <div data-testid="import-outcomes" style={{ marginTop: 12 }}>
          <Typography.Text strong>
            {t('import.done', { reviewer: result.reviewer, count: result.outcomes.length })}
          </Typography.Text>
          <Table
            size="small"
            rowKey="itemId"
            pagination={false}
            dataSource={result.outcomes}
            columns={[
              { title: t('list.title'), dataIndex: 'title' },
              {
                title: t('list.state'),
                dataIndex: 'outcome',
                render: (outcome: keyof typeof outcomeColors) => (
                  <Tag color={outcomeColors[outcome]} data-outcome={outcome}>
                    {t(`import.outcome.${outcome}`)}
                  </Tag>
                ),
              },
              {
                title: t('import.decisionLabel'),
                dataIndex: 'decision',
                render: (d: 'approve' | 'request_changes') => t(`import.decision.${d}`),
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}

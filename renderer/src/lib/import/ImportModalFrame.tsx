import { Alert, Button, Flex, Modal, Progress, Space, Steps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTexts } from './importTexts';
import { previewCanCommit } from './previewCanCommit';

/** The commit button while a preview is shown: it commits the preview's valid rows. */
interface CommitButton {
  /** Null while the preview is read (again). */
  preview: { validRows: number; errorRows: number } | null;
  skipInvalid: boolean;
  onClick(): void;
  testId?: string | undefined;
}

interface Props {
  open: boolean;
  onClose(): void;
  /** The feature's `t`: the title, the last step and the commit button in the feature's words. */
  texts: ImportTexts;
  /** The first two steps' titles (the file, its preview; the third is done) and the one the import is at. */
  steps: readonly [string, string];
  step: 0 | 1 | 2;
  /** The commit button, while the preview is shown. */
  commit?: CommitButton | null | undefined;
  /** The dismiss button's words before the import is done (the close button's after it). */
  cancelLabel: string;
  /** Once done: what was stored (and a second line), shown as a success; buttons before 关闭. */
  done?: { text: string; detail?: string | undefined; testId: string } | null | undefined;
  doneActions?: ReactNode;
  /** While a commit job writes and its own 取消 is the way out (it rolls the import back): no way to close. */
  locked?: boolean | undefined;
  children: ReactNode;
}

/**
 * The frame every job-based importer (metrics, live sessions) shows its steps in: file → preview →
 * done, with cancel and commit below while the preview is shown and 关闭 once done. Closing never
 * stores anything: the file lives in the dialog (or its upload session) until the commit.
 */
export function ImportModalFrame({
  open,
  onClose,
  texts,
  steps,
  step,
  commit,
  cancelLabel,
  done,
  doneActions,
  locked = false,
  children,
}: Props) {
  const { t } = useTranslation('common');
  const footer = locked ? null : step === 2 ? (
    <Space>
      {doneActions}
      <Button type="primary" onClick={onClose}>
        {t('close')}
      </Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={onClose}>{cancelLabel}</Button>
      {commit && (
        <Button
          type="primary"
          disabled={!previewCanCommit(commit.preview, commit.skipInvalid)}
          onClick={commit.onClick}
          data-testid={commit.testId}
        >
          {texts('import.commit', { count: commit.preview?.validRows ?? 0 })}
        </Button>
      )}
    </Space>
  );
  return (
    <Modal
      open={open}
      title={texts('import.title')}
      width={1000}
      onCancel={onClose}
      closable={!locked}
      keyboard={!locked}
      maskClosable={false}
      destroyOnHidden
      footer={footer}
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[...steps, texts('import.stepDone')].map((stepTitle) => ({ title: stepTitle }))}
      />
      {done && (
        <Alert
          type="success"
          showIcon
          data-testid={done.testId}
          title={done.text}
          description={done.detail}
        />
      )}
      {children}
    </Modal>
  );
}

interface BusyProps {
  text: string;
  testId: string;
  /** Share done (0–1); without it the bar only says "working". */
  fraction?: number | undefined;
  /** Below the bar (a cancel button). */
  children?: ReactNode;
}

/** What an importer shows while it reads, uploads or starts writing a file: what, and a bar. */
export function ImportBusy({ text, testId, fraction, children }: BusyProps) {
  return (
    <Flex vertical gap={12} align="center" data-testid={testId}>
      <Typography.Text>{text}</Typography.Text>
      {fraction === undefined ? (
        <Progress percent={100} status="active" showInfo={false} style={{ width: '100%' }} />
      ) : (
        <Progress percent={Math.round(fraction * 100)} style={{ width: '100%' }} />
      )}
      {children}
    </Flex>
  );
}

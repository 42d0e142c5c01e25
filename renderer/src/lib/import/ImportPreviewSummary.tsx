import { Alert, Checkbox, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { importErrorText, type ImportErrorLike } from '../importErrors';

/** A row or cell problem as the job-based importers report it (shared/domain/importCells.ts). */
export interface PreviewCellError extends ImportErrorLike {
  rowNumber: number;
  field: string | null;
  column: string | null;
  value: string | null;
}

interface Labels {
  row: string;
  column: string;
  value: string;
  problem: string;
  /** "Leave out the N rows with problems", already counted. */
  skipInvalid: string;
}

interface Props {
  /** What the importer assumed for the whole file (years of month-day dates). */
  notes: readonly ImportErrorLike[] | undefined;
  /** The counts sentence in the feature's words (sessions, periods). */
  summary: string;
  /** A second line under the counts (the ranges per account). */
  summaryDetail?: string | undefined;
  errorRows: number;
  errors: readonly PreviewCellError[];
  errorCount: number;
  skipInvalid: boolean;
  onSkipInvalidChange(skip: boolean): void;
  labels: Labels;
  /** `live-import` → `live-import-summary`, `live-import-errors` (what the e2e tests look for). */
  testIdPrefix: string;
}

/**
 * The part of an import preview every job-based importer (metrics, live sessions) shows the same way:
 * the file-wide notes, the counts, every row or cell problem in a table with the column and the cell, and
 * the choice to leave the rows with problems out.
 */
export function ImportPreviewSummary(props: Props) {
  const { t } = useTranslation('importErrors');
  const { notes, errors, labels, testIdPrefix } = props;
  return (
    <Flex vertical gap={12}>
      {notes?.map((note) => (
        <Alert
          key={`${note.code ?? ''}-${JSON.stringify(note.params ?? {})}`}
          type="info"
          showIcon
          data-testid={`${testIdPrefix}-note`}
          title={importErrorText(t, note)}
        />
      ))}
      <Alert
        type={props.errorRows > 0 ? 'warning' : 'info'}
        showIcon
        data-testid={`${testIdPrefix}-summary`}
        title={props.summary}
        description={props.summaryDetail || undefined}
      />
      {props.errorCount > 0 && (
        <>
          <Table
            size="small"
            data-testid={`${testIdPrefix}-errors`}
            rowKey={(e) => `${e.rowNumber}-${e.field ?? ''}-${e.message}`}
            dataSource={errors as PreviewCellError[]}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: labels.row, dataIndex: 'rowNumber', width: 70 },
              {
                title: labels.column,
                dataIndex: 'column',
                width: 150,
                render: (c: string | null) => c ?? '—',
              },
              { title: labels.value, dataIndex: 'value', width: 150, render: (v: string | null) => v ?? '—' },
              {
                title: labels.problem,
                dataIndex: 'message',
                render: (_: string, e: PreviewCellError) => importErrorText(t, e),
              },
            ]}
          />
          <Checkbox checked={props.skipInvalid} onChange={(e) => props.onSkipInvalidChange(e.target.checked)}>
            {labels.skipInvalid}
          </Checkbox>
        </>
      )}
    </Flex>
  );
}

/** What a commit would do with a previewed row: add it, update a stored one, or leave it out. */
export function PreviewActionTag({
  action,
  label,
}: {
  action: 'insert' | 'update' | 'error';
  label: string;
}) {
  return <Tag color={action === 'error' ? 'red' : action === 'update' ? 'blue' : 'green'}>{label}</Tag>;
}

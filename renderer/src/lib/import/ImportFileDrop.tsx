import { InboxOutlined } from '@ant-design/icons';
import { Flex, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';

/**
 * The drop zone every importer opens with: one CSV/TSV/XLSX file, handed to `onFile` and never uploaded
 * by antd itself (the importer reads it and sends it through the API). `help`, when given, stands above
 * it: what the file should hold.
 */
export function ImportFileDrop({
  text,
  hint,
  help,
  testId,
  onFile,
}: {
  text: ReactNode;
  hint: ReactNode;
  help?: ReactNode;
  testId?: string;
  onFile(file: File): void;
}) {
  const drop = (
    <Upload.Dragger
      accept=".csv,.tsv,.txt,.xlsx"
      multiple={false}
      showUploadList={false}
      data-testid={testId}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{text}</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  );
  if (help === undefined) return drop;
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      {drop}
    </Flex>
  );
}

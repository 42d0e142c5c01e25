import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { ReactNode } from 'react';

/**
 * The drop zone every importer opens with: one CSV/TSV/XLSX file, handed to `onFile` and never uploaded
 * by antd itself (the importer reads it and sends it through the API).
 */
export function ImportFileDrop({
  text,
  hint,
  testId,
  onFile,
}: {
  text: ReactNode;
  hint: ReactNode;
  testId?: string;
  onFile(file: File): void;
}) {
  return (
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
}

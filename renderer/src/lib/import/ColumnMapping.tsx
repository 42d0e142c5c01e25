import { Flex, Select, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ImportTexts } from './importTexts';

interface Props<Field extends string> {
  /** Every field the importer can fill, optional ones included, in display order. */
  fields: readonly Field[];
  /** The field's name in the UI language (also the select's accessible name). */
  label(field: Field): string;
  /** Fields a file cannot do without are shown in bold. */
  isRequired(field: Field): boolean;
  headers: readonly string[];
  /** The file column feeding the field now (null or undefined: none). */
  columnOf(field: Field): string | null | undefined;
  /** Columns no field uses, listed under the selects so the user sees what is ignored; null before a preview. */
  unmapped: readonly string[] | null;
  /** The feature's `t`: the heading, its help line and the select placeholders in the feature's words. */
  texts: ImportTexts;
  onChange(field: Field, header: string | null): void;
  /** Controls shown after the selects in the same row (e.g. the account a whole file belongs to). */
  extra?: ReactNode;
}

/**
 * The column-to-field table of the job-based importers (live sessions, performance metrics), under its
 * heading: one select per field, columns the file has as options, and the unused columns named beneath.
 */
export function ColumnMapping<Field extends string>(props: Props<Field>) {
  const { fields, label, isRequired, headers, columnOf, unmapped, texts, onChange } = props;
  return (
    <div>
      <Typography.Title level={5}>{texts('import.mapping')}</Typography.Title>
      <Typography.Paragraph type="secondary">{texts('import.mappingHelp')}</Typography.Paragraph>
      <Flex wrap gap={12}>
        {fields.map((field) => (
          <Flex key={field} vertical style={{ width: 180 }}>
            <Typography.Text strong={isRequired(field)}>{label(field)}</Typography.Text>
            <Select
              size="small"
              allowClear
              aria-label={label(field)}
              placeholder={texts('import.notMapped')}
              value={columnOf(field) ?? undefined}
              options={headers.map((h) => ({ value: h, label: h }))}
              onChange={(header: string | undefined) => onChange(field, header ?? null)}
            />
          </Flex>
        ))}
        {props.extra}
      </Flex>
      {unmapped && unmapped.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="import-unused-columns">
          {texts('import.ignored')}:{' '}
          {unmapped.map((h) => (
            <Tag key={h}>{h}</Tag>
          ))}
        </Typography.Paragraph>
      )}
    </div>
  );
}

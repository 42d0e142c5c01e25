import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { attentionKinds, type AttentionKind } from './attention';

/** Creator deliverables / overdue / warned: items shown must have every kind picked. */
export function AttentionFilter(props: { value: AttentionKind[]; onChange(next: AttentionKind[]): void }) {
  const { t } = useTranslation('contentSafety');
  return (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ minWidth: 160 }}
      placeholder={t('attention.placeholder')}
      aria-label={t('attention.label')}
      data-testid="attention-filter"
      value={props.value}
      onChange={props.onChange}
      options={attentionKinds.map((k) => ({ value: k, label: t(`attention.${k}`) }))}
    />
  );
}

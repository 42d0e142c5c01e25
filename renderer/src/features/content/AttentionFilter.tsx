import { MultiSelectFilter } from '../../lib/MultiSelectFilter';
import { useTranslation } from 'react-i18next';
import { attentionKinds, type AttentionKind } from './attention';

/** Creator deliverables / overdue / warned: items shown must have every kind picked. */
export function AttentionFilter(props: { value: AttentionKind[]; onChange(next: AttentionKind[]): void }) {
  const { t } = useTranslation('contentSafety');
  return (
    <MultiSelectFilter
      placeholder={t('attention.placeholder')}
      label={t('attention.label')}
      testId="attention-filter"
      value={props.value}
      onChange={props.onChange}
      options={attentionKinds.map((k) => ({ value: k, label: t(`attention.${k}`) }))}
    />
  );
}

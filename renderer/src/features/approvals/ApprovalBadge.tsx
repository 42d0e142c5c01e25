import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MultiSelectFilter } from '../../lib/MultiSelectFilter';
import { approvalStates, type ApprovalState } from '../../../../shared/approvals/stateMachine';

const colors: Record<ApprovalState, string> = {
  pending: 'gold',
  approved: 'green',
  changes_requested: 'red',
  stale: 'orange',
};
const marks: Record<ApprovalState, string> = {
  pending: '?',
  approved: '✓',
  changes_requested: '✎',
  stale: '!',
};

/** An item's approval state; `compact` is the one-character mark the calendar puts on an event. */
export function ApprovalBadge({ state, compact = false }: { state: ApprovalState; compact?: boolean }) {
  const { t } = useTranslation('approvals');
  const label = t(`state.${state}`);
  return (
    <Tag
      color={colors[state]}
      data-testid="approval-badge"
      data-state={state}
      title={label}
      aria-label={label}
      style={compact ? { marginInlineEnd: 0, paddingInline: 3, lineHeight: '16px', fontSize: 11 } : undefined}
    >
      {compact ? marks[state] : label}
    </Tag>
  );
}

/** Multi-select of approval states (calendar and approvals list filters). */
export function ApprovalStateFilter({
  value,
  onChange,
}: {
  value: ApprovalState[];
  onChange(next: ApprovalState[]): void;
}) {
  const { t } = useTranslation('approvals');
  return (
    <MultiSelectFilter
      placeholder={t('filterPlaceholder')}
      label={t('list.filter')}
      testId="approval-filter"
      value={value}
      onChange={onChange}
      options={approvalStates.map((s) => ({ value: s, label: t(`state.${s}`) }))}
    />
  );
}

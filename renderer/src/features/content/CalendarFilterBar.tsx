import { Flex } from 'antd';
import type { Account } from '../../../../shared/domain/account';
import type { ApprovalState } from '../../../../shared/approvals/stateMachine';
import { ApprovalStateFilter } from '../approvals';
import { AttentionFilter } from './AttentionFilter';
import type { AttentionKind } from './attention';
import { ContentFilters } from './ContentFilters';
import type { ContentFilterValues } from './filters';

/**
 * The calendar's filter bar: item filters, approval states (when approvals are on or items carry one) and
 * "needs attention".
 */
export function CalendarFilterBar(props: {
  workspaceId: string;
  accounts: Account[];
  filters: ContentFilterValues;
  onFilters(next: ContentFilterValues): void;
  showApprovals: boolean;
  approvals: ApprovalState[];
  onApprovals(next: ApprovalState[]): void;
  attention: AttentionKind[];
  onAttention(next: AttentionKind[]): void;
}) {
  return (
    <Flex gap={8} wrap align="center">
      <ContentFilters
        value={props.filters}
        onChange={props.onFilters}
        accounts={props.accounts}
        workspaceId={props.workspaceId}
      />
      {props.showApprovals && <ApprovalStateFilter value={props.approvals} onChange={props.onApprovals} />}
      <AttentionFilter value={props.attention} onChange={props.onAttention} />
    </Flex>
  );
}

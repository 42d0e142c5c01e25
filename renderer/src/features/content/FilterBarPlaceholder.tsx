import { Flex } from 'antd';
import { filterWidths as w } from './filters';

const box = (width: number) => <div style={{ width, height: 32 }} />;

/**
 * The filter bar's footprint, drawn until the bar itself is built after the first items (lazyParts.ts): the same
 * boxes in the same nested wrapping rows, so the calendar below does not move under the pointer when it arrives.
 */
export function FilterBarPlaceholder({ showApprovals }: { showApprovals: boolean }) {
  return (
    <Flex gap={8} wrap align="center" aria-hidden>
      <Flex gap={8} wrap align="center">
        {box(w.accounts)}
        {box(w.roles)}
        {box(w.statuses)}
        {box(w.formats)}
        {box(w.products)}
        {box(w.search)}
      </Flex>
      {showApprovals && box(w.multiSelect)}
      {box(w.multiSelect)}
    </Flex>
  );
}

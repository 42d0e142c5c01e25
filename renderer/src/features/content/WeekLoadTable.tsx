import { Table } from 'antd';
import type { PlainColumn } from '../../lib/antdTableMarkup';

/**
 * The week-load table as antd's Table (the fixed account column's shadow when scrolled sideways, antd's
 * loading and empty states). Its own chunk: WeekLoadPanel draws the same table as antd's markup in the app's
 * first frame and mounts this a frame later, so antd's Table code is not on the calendar's first screen.
 */
export function WeekLoadTable<Row>({
  columns,
  rows,
  rowKey,
  firstWidth,
  loading,
}: {
  columns: PlainColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  firstWidth: number;
  loading: boolean;
}) {
  return (
    <Table<Row>
      data-testid="week-load"
      size="small"
      rowKey={rowKey}
      pagination={false}
      loading={loading}
      dataSource={rows}
      columns={columns.map((column, i) => ({
        key: column.key,
        title: column.title,
        render: (_v: unknown, row: Row) => column.render(row),
        ...(i === 0 ? { fixed: 'left' as const, width: firstWidth } : {}),
      }))}
    />
  );
}

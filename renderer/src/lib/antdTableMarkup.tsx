import useTableStyle from 'antd/es/table/style';
import type { CSSProperties, ReactNode } from 'react';
import { ANTD_CSS_VAR, classes } from './antdMarkup';

/*
 * antd's Table markup without antd's Table (see antdMarkup.tsx for the approach and
 * test/unit/renderer/antdMarkup.test.ts for the comparison with the real component).
 */

/** One column of a PlainSmallTable: its key, header and what a row shows in it. */
export interface PlainColumn<Row> {
  key: string;
  title: ReactNode;
  render(row: Row): ReactNode;
}

/**
 * antd `<Table size="small" pagination={false} rowKey dataSource columns>` with rows, not loading, the first
 * column fixed at the start with a width (`firstWidth`) and the others sized by their content, as it first
 * renders (not scrolled sideways, so no fixed-column shadow shown). It draws the calendar's week-load table
 * in the app's first frame without rc-table's per-cell hooks and context, and without antd's Table code
 * (WeekLoadPanel.tsx swaps the real Table in a frame later). No real Table is on screen then, so this writes
 * the Table CSS variables itself with antd's own Table style hook (in zero-runtime mode it only registers them).
 */
export function PlainSmallTable<Row>({
  columns,
  rows,
  rowKey,
  firstWidth,
  ...rootProps
}: {
  columns: PlainColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  firstWidth: number;
} & Record<`data-${string}`, string>) {
  useTableStyle('ant-table', 'ant-table-css-var');
  // rc-table stacks a fixed start column above the columns after it: z-offset 2n − index, reverse n + index.
  const fixed: CSSProperties & Record<`--${string}`, number> = {
    insetInlineStart: 0,
    '--z-offset': columns.length * 2,
    '--z-offset-reverse': columns.length,
  };
  const fixedCell =
    'ant-table-cell ant-table-cell-fix ant-table-cell-fix-start ant-table-cell-fix-start-shadow';
  return (
    <div className={classes(ANTD_CSS_VAR, 'ant-table-css-var', 'ant-table-wrapper')}>
      <div className={classes('ant-spin', ANTD_CSS_VAR)} aria-live="polite" aria-busy="false">
        <div className="ant-spin-container">
          <div
            {...rootProps}
            className={classes(
              'ant-table',
              'ant-table-small',
              ANTD_CSS_VAR,
              'ant-table-css-var',
              'ant-table-has-fix-start',
            )}
          >
            <div className="ant-table-container">
              <div className="ant-table-content">
                <table style={{ tableLayout: 'auto' }}>
                  <colgroup>
                    <col style={{ width: firstWidth }} />
                  </colgroup>
                  <thead className="ant-table-thead">
                    <tr>
                      {columns.map((column, i) => (
                        <th
                          key={column.key}
                          className={i === 0 ? fixedCell : 'ant-table-cell'}
                          style={i === 0 ? fixed : undefined}
                          scope="col"
                        >
                          {column.title}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="ant-table-tbody">
                    {rows.map((row) => (
                      <tr
                        key={rowKey(row)}
                        className="ant-table-row ant-table-row-level-0"
                        data-row-key={rowKey(row)}
                      >
                        {columns.map((column, i) => (
                          <td
                            key={column.key}
                            className={i === 0 ? fixedCell : 'ant-table-cell'}
                            style={i === 0 ? fixed : undefined}
                          >
                            {column.render(row)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

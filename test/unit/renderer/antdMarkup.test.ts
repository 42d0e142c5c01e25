import { AppstoreOutlined, CalendarOutlined } from '@ant-design/icons';
import { Button, Card, Col, ConfigProvider, Flex, Menu, Row, Select, Table, Tag, Typography } from 'antd';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { appTheme } from '../../../renderer/src/app/theme';
import {
  PlainCol,
  PlainFlex,
  PlainIconButton,
  PlainInlineMenu,
  PlainMultiSelect,
  PlainRow,
  PlainSmallCard,
  PlainTag,
  PlainText,
} from '../../../renderer/src/lib/antdMarkup';
import { PlainSmallTable } from '../../../renderer/src/lib/antdTableMarkup';

/*
 * The matrix's first screen draws its cards with antd's markup instead of antd's components (issue 11 §8); its
 * look comes from antd's stylesheet, which selects that markup. Each plain part must render exactly what the
 * antd component renders under the app's theme, or the cards would change look (or change again when the
 * interactive parts replace them). Compared element by element, with classes and styles as sets.
 */

/** The markup under the app's ConfigProvider, each element's attributes, classes and style declarations sorted. */
function markup(node: ReactElement): string {
  const html = renderToStaticMarkup(h(ConfigProvider, { theme: appTheme(false) }, node));
  return html.replace(/<([a-z]+)((?:\s[^\s=>]+="[^"]*")*)>/g, (_, tag: string, attributes: string) => {
    const sorted = [...attributes.matchAll(/\s([^\s=>]+)="([^"]*)"/g)]
      .map(([, name, value]) => {
        const list = name === 'class' ? value!.split(' ') : name === 'style' ? value!.split(';') : [value!];
        return `${name}="${list.sort().join(name === 'style' ? ';' : ' ')}"`;
      })
      .sort();
    return `<${tag}${sorted.map((a) => ` ${a}`).join('')}>`;
  });
}

const icon = h('svg', { 'data-icon': 'edit' });

describe('antd markup without antd components (lib/antdMarkup.tsx)', () => {
  it('Flex: horizontal, wrapping, vertical, aligned, with a test id', () => {
    expect(markup(h(PlainFlex, { gap: 6, align: 'center', wrap: true, children: 'x' }))).toBe(
      markup(h(Flex, { gap: 6, align: 'center', wrap: true }, 'x')),
    );
    expect(markup(h(PlainFlex, { vertical: true, gap: 0, style: { padding: '6px 0' }, children: 'x' }))).toBe(
      markup(h(Flex, { vertical: true, gap: 0, style: { padding: '6px 0' } }, 'x')),
    );
    expect(markup(h(PlainFlex, { gap: 2, children: 'x' }))).toBe(markup(h(Flex, { gap: 2 }, 'x')));
    expect(markup(h(PlainFlex, { gap: 24, wrap: true, 'data-testid': 't', children: 'x' }))).toBe(
      markup(h(Flex, { gap: 24, wrap: true, 'data-testid': 't' } as object, 'x')),
    );
  });

  it('Tag: preset colours and none', () => {
    for (const color of ['magenta', 'orange', 'red', 'green', 'geekblue', 'volcano'] as const)
      expect(markup(h(PlainTag, { color, style: { marginInlineEnd: 0 }, children: '抖音' })), color).toBe(
        markup(h(Tag, { color, style: { marginInlineEnd: 0 } }, '抖音')),
      );
    expect(markup(h(PlainTag, { children: '已归档' }))).toBe(markup(h(Tag, {}, '已归档')));
    // The week-load table's status tags: a colour per status, a native tooltip and test attributes.
    for (const color of ['purple', 'default'] as const) {
      const props = { color, title: '达标', 'data-testid': 'week-load-posts', 'data-status': 'above' };
      expect(markup(h(PlainTag, { ...props, children: '发布 8/7' })), color).toBe(
        markup(h(Tag, props as object, '发布 8/7')),
      );
    }
  });

  it('Typography.Text: strong and secondary', () => {
    expect(markup(h(PlainText, { strong: true, children: '山茶花研' }))).toBe(
      markup(h(Typography.Text, { strong: true }, '山茶花研')),
    );
    expect(markup(h(PlainText, { secondary: true, children: '@camellia' }))).toBe(
      markup(h(Typography.Text, { type: 'secondary' }, '@camellia')),
    );
  });

  it('small Card with title, extra and a data attribute', () => {
    const props = { title: 'T', extra: 'E', style: { opacity: 1 }, 'data-testid': 'account-card' };
    expect(markup(h(PlainSmallCard, { ...props, children: 'body' }))).toBe(
      markup(h(Card, { ...props, size: 'small' }, 'body')),
    );
  });

  it('icon-only text Button, plain and danger', () => {
    for (const danger of [false, true])
      expect(markup(h(PlainIconButton, { label: '删除', icon, danger, onClick: () => undefined }))).toBe(
        markup(h(Button, { type: 'text', size: 'small', danger, 'aria-label': '删除', icon })),
      );
  });

  it('Row with a gutter and its Cols', () => {
    expect(
      markup(
        h(PlainRow, { gutter: 16, children: h(PlainCol, { xs: 24, lg: 12, gutter: 16, children: 'c' }) }),
      ),
    ).toBe(markup(h(Row, { gutter: 16 }, h(Col, { xs: 24, lg: 12 }, 'c'))));
  });

  it('inline Menu with icons, one item selected', () => {
    const items = [
      { key: 'matrix', icon: h(AppstoreOutlined), label: '账号矩阵' },
      { key: 'calendar', icon: h(CalendarOutlined, { className: 'mine' }), label: '内容日历' },
    ];
    const style = { borderInlineEnd: 'none', flex: 1 };
    const menu = markup(h(Menu, { mode: 'inline', selectedKeys: ['calendar'], style, items }))
      // rc-menu's per-instance ids (React's useId) and its hidden, empty measuring box style nothing.
      .replace(/ data-menu-id="[^"]*"/g, '')
      .replace('<div aria-hidden="true" style="display:none"></div>', '');
    expect(
      markup(h(PlainInlineMenu, { items, selected: 'calendar', style, onSelect: () => undefined })),
    ).toBe(menu);
  });

  it('empty multiple Select as the filter bars use it (the input unmeasured, its id not yet given)', () => {
    const props = { placeholder: '角色', 'aria-label': '角色', style: { minWidth: 150 } };
    const real = (extra: object) =>
      markup(
        h(Select, {
          ...props,
          ...extra,
          mode: 'multiple',
          allowClear: true,
          maxTagCount: 'responsive',
          value: [],
          options: [{ value: 'brand', label: '品牌号' }],
        } as object),
      ).replace(/ id="[^"]*"/, '');
    expect(markup(h(PlainMultiSelect, { placeholder: '角色', label: '角色', minWidth: 150 }))).toBe(real({}));
    expect(
      markup(
        h(PlainMultiSelect, {
          placeholder: '需关注',
          label: '按需关注筛选',
          minWidth: 160,
          'data-testid': 'a',
        }),
      ),
    ).toBe(
      real({
        placeholder: '需关注',
        'aria-label': '按需关注筛选',
        style: { minWidth: 160 },
        'data-testid': 'a',
      }),
    );
  });

  it('small Table with a fixed, sized first column and rows (the week-load table)', () => {
    const rows = [
      { id: 'a', name: '山茶花研', load: '发布 5/5' },
      { id: 'b', name: '成分实验室', load: '发布 8/7' },
    ];
    type Row = (typeof rows)[number];
    const weeks = ['11/30–12/6', '12/7–12/13', '12/14–12/20', '12/21–12/27', '12/28–1/3'];
    const columns = [
      { key: 'account', title: '账号', render: (row: Row) => h('span', null, row.name) },
      ...weeks.map((week) => ({ key: week, title: week, render: (row: Row) => row.load })),
    ];
    const real = h(Table<Row>, {
      'data-testid': 'week-load',
      size: 'small',
      rowKey: 'id',
      pagination: false,
      loading: false,
      dataSource: rows,
      columns: columns.map((c, i) => ({
        key: c.key,
        title: c.title,
        render: (_v: unknown, row: Row) => c.render(row),
        ...(i === 0 ? { fixed: 'left' as const, width: 180 } : {}),
      })),
    } as object);
    const plain = h(PlainSmallTable<Row>, {
      columns,
      rows,
      rowKey: (row) => row.id,
      firstWidth: 180,
      'data-testid': 'week-load',
    });
    expect(markup(plain)).toBe(markup(real));
  });
});

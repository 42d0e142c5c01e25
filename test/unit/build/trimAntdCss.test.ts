import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimAntdCss } from '../../../scripts/build/antdCss';

// antd component folders of this sample: `btn` and `picker` are class prefixes that are no folder name.
const folders = new Set(['table', 'tree', 'tree-select', 'cascader', 'select', 'input', 'input-number']);

describe('trimAntdCss (antd.css without the components the bundle does not contain)', () => {
  it('drops the rules of a component no module uses and keeps those of used ones', () => {
    const css = '.ant-table{color:red}.ant-cascader{color:blue}.ant-input-number-handler{width:1px}';
    expect(trimAntdCss(css, folders, new Set(['table', 'input-number']))).toBe(
      '.ant-table{color:red}.ant-input-number-handler{width:1px}',
    );
  });

  it('drops a selector that needs an unused component even beside a used one, and keeps the rest of its list', () => {
    const css = '.ant-cascader .ant-select-selector,.ant-select .ant-select-selector{margin:0}';
    expect(trimAntdCss(css, folders, new Set(['select']))).toBe('.ant-select .ant-select-selector{margin:0}');
  });

  it('keeps classes that name no component folder (buttons, pickers, motion) and plain CSS', () => {
    const css =
      '.ant-btn{padding:0}.ant-zoom-enter{opacity:0}:root{--x:1}@keyframes antZoomIn{0%{opacity:0}}';
    expect(trimAntdCss(css, folders, new Set())).toBe(css);
  });

  it('drops antd default-token blocks, which the app replaces with its own under its own key', () => {
    const css =
      '.css-var-_R_0_{--ant-color-primary:#1677ff}.css-var-_R_0_.ant-table{--ant-table-x:1}.ant-table{a:b}';
    expect(trimAntdCss(css, folders, new Set(['table']))).toBe('.ant-table{a:b}');
  });

  it('trims inside @media and drops a block left empty', () => {
    const css =
      '@media (max-width:575px){.ant-tree{a:b}.ant-table{c:d}}@media (min-width:1600px){.ant-tree-select{e:f}}';
    expect(trimAntdCss(css, folders, new Set(['table']))).toBe('@media (max-width:575px){.ant-table{c:d}}');
  });

  it('does not split selector lists at commas inside :where() or attribute values', () => {
    const css = '.ant-table:where(.ant-tree,.x) td,.ant-input[title="a,b"]{a:b}';
    expect(trimAntdCss(css, folders, new Set(['table', 'input']))).toBe('.ant-input[title="a,b"]{a:b}');
  });

  it('keeps a selector whose unused component is only named inside :not() (it matches without it)', () => {
    const css = '.ant-table:not(.ant-tree) td{a:b}';
    expect(trimAntdCss(css, folders, new Set(['table']))).toBe(css);
  });

  it("drops the components' box-sizing repeats of reset.css, and nothing else written with attribute tests", () => {
    const css =
      '.ant-table-css-var:before,.ant-table-css-var [class^="ant-table"],.ant-table-css-var [class*=" ant-table"]::before{box-sizing:border-box;}' +
      '.ant-table [class^="ant-table"]{width:100%}';
    expect(trimAntdCss(css, folders, new Set(['table']))).toBe(
      '.ant-table-css-var:before{box-sizing:border-box;}.ant-table [class^="ant-table"]{width:100%}',
    );
  });

  it("reads antd's own stylesheet whole: with every component used only the default-token blocks go", () => {
    const css = readFileSync(require.resolve('antd/dist/antd.css'), 'utf8');
    const all = trimAntdCss(css, folders, folders);
    expect(all).toContain('.ant-btn{');
    expect(all).not.toContain('.css-var-_R_0_');
    expect(all.length).toBeGreaterThan(css.length * 0.9);
  });
});

import { describe, expect, it } from 'vitest';
import {
  antdCoreModule,
  entryImportModule,
  firstScreenGroups,
} from '../../../scripts/build/firstScreenChunks';

const nm = '/app/node_modules/';

describe('antd-core chunk (the antd parts every first screen renders with, in one chunk)', () => {
  it('takes the shell and card components, their rc-components and the style utilities', () => {
    for (const id of [
      'antd/es/menu/index.js',
      'antd/es/card/Card.js',
      'antd/es/typography/Base/index.js',
      'antd/es/config-provider/context.js',
      '@rc-component/trigger/es/index.js',
      '@ant-design/cssinjs/es/Cache.js',
      '@ant-design/icons/es/components/AntdIcon.js',
      '@ant-design/icons/es/utils.js',
    ])
      expect(antdCoreModule.test(nm + id), id).toBe(true);
  });

  it('leaves what only some pages use to their own chunks: table, date picker, form, select, upload, each icon', () => {
    for (const id of [
      'antd/es/table/Table.js',
      'antd/es/date-picker/index.js',
      'antd/es/form/Form.js',
      'antd/es/select/index.js',
      'antd/es/upload/Upload.js',
      'antd/es/color-picker/ColorPicker.js',
      '@rc-component/table/es/Table.js',
      '@rc-component/picker/es/PickerInput/RangePicker.js',
      '@ant-design/icons/es/icons/DeleteOutlined.js',
      '@ant-design/icons-svg/es/asn/DeleteOutlined.js',
    ])
      expect(antdCoreModule.test(nm + id), id).toBe(false);
  });

  it('matches Windows paths too', () => {
    expect(antdCoreModule.test('C:\\app\\node_modules\\antd\\es\\button\\index.js')).toBe(true);
  });
});

describe('entry-shared chunk (what the entry module imports, in one chunk)', () => {
  it("takes the date and time-zone helpers of the start calls and Vite's preload helper", () => {
    for (const id of [
      '/app/shared/domain/dates.ts',
      '/app/shared/parsing/calendar.ts',
      '/app/shared/parsing/timeZone.ts',
      '/app/renderer/src/lib/zonedTime.ts',
      '\0vite/preload-helper.js',
    ])
      expect(entryImportModule.test(id), id).toBe(true);
  });

  it('takes nothing else: no page, schema or date library', () => {
    for (const id of [
      '/app/renderer/src/features/content/ContentPage.tsx',
      '/app/shared/domain/account.ts',
      '/app/shared/parsing/calendarItems.ts',
      nm + 'dayjs/dayjs.min.js',
    ])
      expect(entryImportModule.test(id), id).toBe(false);
  });
});

describe('react chunk (React and react-dom beside antd-core, compiled side by side)', () => {
  const react = firstScreenGroups.find((g) => g.name === 'react');
  const antdCore = firstScreenGroups.find((g) => g.name === 'antd-core');

  it('takes react, react-dom and the scheduler, before antd-core takes them as its dependencies', () => {
    for (const id of [
      'react/index.js',
      'react/cjs/react.production.js',
      'react-dom/cjs/react-dom-client.production.js',
      'scheduler/index.js',
    ])
      expect(react?.test.test(nm + id), id).toBe(true);
    expect(react?.priority ?? 0).toBeGreaterThan(antdCore?.priority ?? 0);
  });

  it('leaves the libraries named after React to their own chunks', () => {
    for (const id of [
      'react-router/dist/production/index.mjs',
      'react-i18next/dist/es/index.js',
      '@tanstack/react-query/build/modern/index.js',
    ])
      expect(react?.test.test(nm + id), id).toBe(false);
  });
});

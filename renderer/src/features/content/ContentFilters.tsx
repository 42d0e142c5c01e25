import { Button, Checkbox, Flex, Input, Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProductPicker } from '../products';
import { FirstFrameSelect } from '../../lib/FirstFrameSelect';
import type { Account } from '../../../../shared/domain/account';
import { contentFormats, contentStatuses } from '../../../../shared/content/kinds';
import { emptyFilters, filterInput, filterWidths, type ContentFilterValues } from './filters';

interface Props {
  value: ContentFilterValues;
  onChange(next: ContentFilterValues): void;
  accounts: Account[];
  /** The product filter searches this workspace's catalogue as the user types. */
  workspaceId: string;
}

export function ContentFilters({ value, onChange, accounts, workspaceId }: Props) {
  const { t } = useTranslation('content');
  const set = <K extends keyof ContentFilterValues>(key: K, v: ContentFilterValues[K]) =>
    onChange({ ...value, [key]: v });
  const active = Object.keys(filterInput(value)).length > 0;
  const common = {
    mode: 'multiple' as const,
    allowClear: true,
    maxTagCount: 'responsive' as const,
  };
  // In the app's first frame the empty selects are antd's markup (FirstFrameSelect): the product picker's
  // search waits for that frame too.
  const select = <K extends 'accountIds' | 'roles' | 'statuses' | 'formats'>(
    key: K,
    label: string,
    minWidth: number,
    options: SelectProps<ContentFilterValues[K]>['options'],
    extra?: Pick<SelectProps, 'optionFilterProp'>,
  ) => (
    <FirstFrameSelect empty={value[key].length === 0} placeholder={label} label={label} minWidth={minWidth}>
      {(woken) => (
        <Select
          {...common}
          {...woken}
          {...extra}
          style={{ minWidth }}
          placeholder={label}
          aria-label={label}
          value={value[key]}
          onChange={(v) => set(key, v)}
          options={options}
        />
      )}
    </FirstFrameSelect>
  );
  return (
    <Flex gap={8} wrap align="center" data-testid="content-filters">
      {select(
        'accountIds',
        t('filters.accounts'),
        filterWidths.accounts,
        (['brand', 'sales'] as const).map((role) => ({
          label: t(`legend.${role}`),
          options: accounts
            .filter((a) => a.role === role)
            .map((a) => ({ value: a.id, label: a.displayName })),
        })),
        { optionFilterProp: 'label' },
      )}
      {select(
        'roles',
        t('filters.roles'),
        filterWidths.roles,
        (['brand', 'sales'] as const).map((r) => ({ value: r, label: t(`legend.${r}`) })),
      )}
      {select(
        'statuses',
        t('filters.statuses'),
        filterWidths.statuses,
        contentStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
      )}
      {select(
        'formats',
        t('filters.formats'),
        filterWidths.formats,
        contentFormats.map((f) => ({ value: f, label: t(`format.${f}`) })),
      )}
      <FirstFrameSelect
        empty={value.productIds.length === 0}
        placeholder={t('filters.products')}
        label={t('filters.products')}
        minWidth={filterWidths.products}
      >
        {(woken) => (
          <ProductPicker
            {...woken}
            multiple
            allowClear
            maxTagCount="responsive"
            workspaceId={workspaceId}
            style={{ minWidth: filterWidths.products }}
            placeholder={t('filters.products')}
            aria-label={t('filters.products')}
            value={value.productIds}
            onChange={(v) => set('productIds', v)}
          />
        )}
      </FirstFrameSelect>
      <Input.Search
        allowClear
        style={{ width: filterWidths.search }}
        placeholder={t('filters.search')}
        aria-label={t('filters.search')}
        defaultValue={value.search}
        onSearch={(v) => set('search', v)}
      />
      <Checkbox
        checked={value.includeArchived}
        onChange={(e) => set('includeArchived', e.target.checked)}
        data-testid="show-archived"
      >
        {t('filters.showArchived')}
      </Checkbox>
      {active && <Button onClick={() => onChange(emptyFilters)}>{t('filters.clear')}</Button>}
    </Flex>
  );
}

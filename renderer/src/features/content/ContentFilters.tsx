import { Button, Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProductPicker } from '../products';
import type { Account } from '../../../../shared/domain/account';
import { contentFormats, contentStatuses } from '../../../../shared/content/model';
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
    style: { minWidth: filterWidths.roles },
  };
  return (
    <Flex gap={8} wrap align="center" data-testid="content-filters">
      <Select
        {...common}
        style={{ minWidth: filterWidths.accounts }}
        placeholder={t('filters.accounts')}
        aria-label={t('filters.accounts')}
        value={value.accountIds}
        onChange={(v) => set('accountIds', v)}
        optionFilterProp="label"
        options={(['brand', 'sales'] as const).map((role) => ({
          label: t(`legend.${role}`),
          options: accounts
            .filter((a) => a.role === role)
            .map((a) => ({ value: a.id, label: a.displayName })),
        }))}
      />
      <Select
        {...common}
        placeholder={t('filters.roles')}
        aria-label={t('filters.roles')}
        value={value.roles}
        onChange={(v) => set('roles', v)}
        options={(['brand', 'sales'] as const).map((r) => ({ value: r, label: t(`legend.${r}`) }))}
      />
      <Select
        {...common}
        placeholder={t('filters.statuses')}
        aria-label={t('filters.statuses')}
        value={value.statuses}
        onChange={(v) => set('statuses', v)}
        options={contentStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Select
        {...common}
        placeholder={t('filters.formats')}
        aria-label={t('filters.formats')}
        value={value.formats}
        onChange={(v) => set('formats', v)}
        options={contentFormats.map((f) => ({ value: f, label: t(`format.${f}`) }))}
      />
      <ProductPicker
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

import { Select } from 'antd';
import { useEffect, useState, type CSSProperties, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/product';
import { useProducts } from './queries';

/** How many matches the picker shows: enough to choose from, small enough to send as the user types. */
const PRODUCT_PICKER_LIMIT = 50;

interface CommonProps {
  workspaceId: string;
  /** False while the picker is not on screen (e.g. in a closed drawer): nothing is fetched. */
  active?: boolean;
  id?: string;
  disabled?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  style?: CSSProperties;
  /** For a multi-select in a filter bar: chosen products fold into "+N" rather than growing the bar. */
  maxTagCount?: 'responsive';
  /** The option's text; name · SKU unless the caller shows something else (e.g. the price). */
  labelOf?: (product: Product) => string;
  /** Options that cannot be chosen (e.g. discontinued products not already linked). */
  isDisabled?: (product: Product) => boolean;
}

type Props =
  | (CommonProps & { multiple?: false; value?: string; onChange?: (id: string) => void })
  | (CommonProps & { multiple: true; value?: string[]; onChange?: (ids: string[]) => void });

const defaultLabel = (p: Product) => `${p.name} · ${p.sku}`;

/**
 * Chooses products of a workspace by searching as you type (name, SKU, category, tag) instead of loading the
 * whole catalogue: the backend returns at most 50 matches. The chosen products are read by id, so they show
 * by name even when they are not among the current matches.
 */
export function ProductPicker(props: Props) {
  const { workspaceId, active = true, labelOf = defaultLabel, isDisabled } = props;
  const { t } = useTranslation('products');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // A short pause between keystrokes before asking, so typing a name is one request, not one per letter.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const matches = useProducts(
    { workspaceId, limit: PRODUCT_PICKER_LIMIT, ...(search ? { search } : {}) },
    active,
  );
  const chosenIds = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  const chosen = useProducts(
    { workspaceId, ids: [...chosenIds].sort(), limit: PRODUCT_PICKER_LIMIT },
    active && chosenIds.length > 0,
  );
  const toOption = (p: Product) => ({ value: p.id, label: labelOf(p), disabled: isDisabled?.(p) ?? false });
  const options = (matches.data?.items ?? []).map(toOption);
  for (const p of chosenIds.length > 0 ? (chosen.data?.items ?? []) : []) {
    if (!options.some((o) => o.value === p.id)) options.unshift(toOption(p));
  }
  const more = (matches.data?.total ?? 0) - (matches.data?.items.length ?? 0);
  const common = {
    id: props.id,
    showSearch: { filterOption: false, onSearch: setTyped },
    disabled: props.disabled,
    allowClear: props.allowClear,
    loading: matches.isFetching,
    options,
    style: props.style,
    'aria-label': props['aria-label'],
    placeholder: props.placeholder ?? t('picker.placeholder'),
    notFoundContent: matches.isFetching ? null : t('picker.none'),
    popupRender: (menu: ReactElement) => (
      <>
        {menu}
        {more > 0 && (
          <div style={{ padding: '4px 12px', color: 'rgba(0,0,0,0.45)' }} data-testid="product-picker-more">
            {t('picker.more', { count: more })}
          </div>
        )}
      </>
    ),
  };
  if (props.multiple) {
    const { onChange } = props;
    return (
      <Select<string[]>
        {...common}
        mode="multiple"
        maxTagCount={props.maxTagCount}
        value={props.value ?? []}
        onChange={(ids) => onChange?.(ids)}
        onBlur={() => setTyped('')}
      />
    );
  }
  const { onChange } = props;
  return <Select<string> {...common} value={props.value || undefined} onChange={(v) => onChange?.(v)} />;
}

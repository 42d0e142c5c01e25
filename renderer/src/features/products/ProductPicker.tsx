import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/domain/product';
import { useSearchPicker } from '../../lib/useSearchPicker';
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
  /** Focused (and open) when mounted: the user reached for its first-frame stand-in (lib/FirstFrameSelect). */
  autoFocus?: boolean;
  defaultOpen?: boolean;
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
  const picker = useSearchPicker();
  const { search } = picker;
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
  const common = {
    id: props.id,
    showSearch: picker.showSearch,
    disabled: props.disabled,
    autoFocus: props.autoFocus,
    defaultOpen: props.defaultOpen,
    allowClear: props.allowClear,
    loading: matches.isFetching,
    options,
    style: props.style,
    'aria-label': props['aria-label'],
    placeholder: props.placeholder ?? t('picker.placeholder'),
    notFoundContent: matches.isFetching ? null : t('picker.none'),
    popupRender: picker.popupWithMore(
      matches.data,
      (count) => t('picker.more', { count }),
      'product-picker-more',
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
        onBlur={picker.clearTyped}
      />
    );
  }
  const { onChange } = props;
  return <Select<string> {...common} value={props.value || undefined} onChange={(v) => onChange?.(v)} />;
}

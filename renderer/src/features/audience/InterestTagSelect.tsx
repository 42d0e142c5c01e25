import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useTaxonomy } from './queries';

interface Props {
  workspaceId: string;
  value?: string[];
  onChange?: (tags: string[]) => void;
  placeholder?: string;
  id?: string;
  /** Tags used before in this workspace (free or mapped), offered first. */
  recent?: readonly string[];
}

/**
 * A tags input for products, content and offers that suggests the interest taxonomy (as Chinese labels,
 * which `resolveTags` maps to tag ids) while still accepting free tags (kept, and reported as unmapped).
 * Drop-in for an antd `Form.Item` holding a string array.
 */
export function InterestTagSelect({ workspaceId, value, onChange, placeholder, id, recent = [] }: Props) {
  const { t } = useTranslation('audience');
  const f = useFormat();
  const taxonomy = useTaxonomy(workspaceId);
  const options = useMemo(() => {
    const categories = (taxonomy.data?.categories ?? []).map((c) => ({
      label: c.label[f.language],
      options: c.tags.map((tag) => ({
        value: tag.custom ? tag.label['zh-CN'] : `${c.label['zh-CN']}-${tag.label['zh-CN']}`,
        label: `${c.label[f.language]} › ${tag.label[f.language]}`,
      })),
    }));
    const known = new Set(categories.flatMap((c) => c.options.map((o) => o.value)));
    const earlier = recent.filter((tag) => !known.has(tag)).map((tag) => ({ value: tag, label: tag }));
    return earlier.length > 0 ? [{ label: t('recentTags'), options: earlier }, ...categories] : categories;
  }, [taxonomy.data, f.language, recent, t]);
  return (
    <Select
      id={id}
      mode="tags"
      value={value ?? []}
      onChange={onChange}
      options={options}
      placeholder={placeholder ?? t('pickTag')}
      optionFilterProp="label"
      tokenSeparators={[',', '，']}
    />
  );
}

import { Select } from 'antd';

/**
 * A filter-bar multi-select: clearable, chosen values folded into "+N" so the bar keeps its height, and
 * named for screen readers and tests. An empty choice means "no filter".
 */
export function MultiSelectFilter<Value extends string>({
  value,
  onChange,
  options,
  placeholder,
  label,
  testId,
}: {
  value: Value[];
  onChange(next: Value[]): void;
  options: { value: Value; label: string }[];
  placeholder: string;
  label: string;
  testId: string;
}) {
  return (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ minWidth: 160 }}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
      value={value}
      onChange={onChange}
      options={options}
    />
  );
}

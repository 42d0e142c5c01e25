import { Select } from 'antd';
import { FirstFrameSelect } from './FirstFrameSelect';

/** The filter's least width, so its placeholder shows whole. */
const MIN_WIDTH = 160;

/**
 * A filter-bar multi-select: clearable, chosen values folded into "+N" so the bar keeps its height, and
 * named for screen readers and tests. An empty choice means "no filter". Empty, it is antd's markup until the
 * app's first frame is painted (FirstFrameSelect), like the item filters beside it.
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
    <FirstFrameSelect
      empty={value.length === 0}
      placeholder={placeholder}
      label={label}
      minWidth={MIN_WIDTH}
      testId={testId}
    >
      {(woken) => (
        <Select
          {...woken}
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ minWidth: MIN_WIDTH }}
          placeholder={placeholder}
          aria-label={label}
          data-testid={testId}
          value={value}
          onChange={onChange}
          options={options}
        />
      )}
    </FirstFrameSelect>
  );
}

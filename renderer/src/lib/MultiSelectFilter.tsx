import { Select } from 'antd';
import { FirstFrameSelect } from './FirstFrameSelect';

const MIN_WIDTH = 160;

/**
 * A filter-bar multi-select: clearable, chosen values folded into "+N" so the bar keeps its height, and
 * named for screen readers and tests. An empty choice means "no filter". Empty in the app's first frame, it
 * is drawn as antd's markup and becomes the real Select a frame later (issue 11 §8: the calendar's filter bar).
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

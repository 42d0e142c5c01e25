import { useState, type ReactElement } from 'react';
import { useAfterFirstPaint } from './afterFirstPaint';
import { PlainMultiSelect } from './antdMarkup';

/** What the real Select is given when the user reached for its first-frame stand-in. */
export interface WokenSelect {
  autoFocus?: boolean;
  defaultOpen?: boolean;
}

/**
 * An empty filter-bar multi-select drawn as antd's markup (PlainMultiSelect) until the app's first frame is
 * painted, then the real one (`children`) a frame later (issue 11 §8: the calendar's first items need
 * neither the selects' hooks nor their input measurement, which forced the page's first layout in the middle
 * of React's commit). A stand-in focused or pressed before then becomes the real Select at once, focused, and
 * open when it was pressed, so the user's click or Tab is not lost. A select with a choice is always real.
 * The stand-ins write the Select CSS variables their sizes come from themselves (PlainMultiSelect), so every
 * filter select of a screen can be one: without those variables they were 14 px off and the page moved
 * when the real ones arrived.
 */
export function FirstFrameSelect(props: {
  empty: boolean;
  placeholder: string;
  label: string;
  minWidth: number;
  testId?: string;
  children(woken: WokenSelect): ReactElement;
}) {
  const painted = useAfterFirstPaint();
  const [woken, setWoken] = useState<WokenSelect | null>(null);
  if (painted || !props.empty || woken) return props.children(woken ?? {});
  return (
    <PlainMultiSelect
      placeholder={props.placeholder}
      label={props.label}
      minWidth={props.minWidth}
      onWake={(open) => setWoken(open ? { autoFocus: true, defaultOpen: true } : { autoFocus: true })}
      {...(props.testId ? { 'data-testid': props.testId } : {})}
    />
  );
}

import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useAfterFirstPaint } from './afterFirstPaint';
import { PlainIconButton } from './antdMarkup';

/**
 * A small icon-only button whose label is both its tooltip and its accessible name. Until the app's first
 * frame is painted it is antd's button markup without the tooltip (issue 11 §8: a Tooltip and a Button per
 * action were a third of the matrix cards' first render); the tooltip, which only shows on hover, and antd's
 * click wave come a frame later, on the same spot.
 */
export function IconAction(props: { label: string; icon: ReactNode; onClick(): void; danger?: boolean }) {
  const interactive = useAfterFirstPaint();
  if (!interactive)
    return (
      <PlainIconButton
        label={props.label}
        icon={props.icon}
        danger={props.danger ?? false}
        onClick={props.onClick}
      />
    );
  return (
    <Tooltip title={props.label}>
      <Button
        type="text"
        size="small"
        danger={props.danger ?? false}
        aria-label={props.label}
        icon={props.icon}
        onClick={props.onClick}
      />
    </Tooltip>
  );
}

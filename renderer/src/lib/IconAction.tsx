import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

/** A small icon-only button whose label is both its tooltip and its accessible name. */
export function IconAction(props: { label: string; icon: ReactNode; onClick(): void; danger?: boolean }) {
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

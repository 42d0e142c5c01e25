import { LinkOutlined } from '@ant-design/icons';
import { Typography } from 'antd';

/**
 * A creator's published link. Opened as a new window, which the desktop app never creates: its
 * window-open handler (electron/main/security.ts) passes the address to the system browser only when
 * isSafeExternalUrl allows it, and denies everything else. rel keeps the opened page from reaching back.
 */
export function DeliverableLink({ url, label }: { url: string; label: string }) {
  return (
    <Typography.Link
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="deliverable-link"
      aria-label={label}
      ellipsis
      style={{ maxWidth: 220 }}
    >
      <LinkOutlined /> {url.replace(/^https?:\/\//i, '')}
    </Typography.Link>
  );
}

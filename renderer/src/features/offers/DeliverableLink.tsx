import { LinkOutlined } from '@ant-design/icons';
import { App as AntApp, Typography } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { externalLinkRefusal } from '../../../../shared/security/externalLinks';

/**
 * A creator's published link. Opened as a new window, which the desktop app never creates: its
 * window-open handler (electron/main/security.ts) passes the address to the system browser only when
 * isSafeExternalUrl allows it, and denies everything else. rel keeps the opened page from reaching back.
 * A link that will not open (a stored address from before links were checked, an http:// or unknown host
 * in the desktop app) says why in a toast instead of a click that does nothing.
 */
export function DeliverableLink({ url, label }: { url: string; label: string }) {
  const { t } = useTranslation('deliverableReport');
  const { message } = AntApp.useApp();
  const refusal = externalLinkRefusal(url, window.api ? 'desktop' : 'browser');
  const onClick = (event: MouseEvent) => {
    if (refusal === null) return;
    event.preventDefault();
    void message.warning(t(`link.refused.${refusal}`, { url }));
  };
  return (
    <Typography.Link
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="deliverable-link"
      aria-label={label}
      ellipsis
      style={{ maxWidth: 220 }}
      onClick={onClick}
    >
      <LinkOutlined /> {url.replace(/^https?:\/\//i, '')}
    </Typography.Link>
  );
}

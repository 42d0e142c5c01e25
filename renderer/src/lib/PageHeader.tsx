import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * The title row every page opens with: heading, one line of context, and the page's actions. Pages with
 * more to say keep the same row: `above` for a back link, `titleExtra` for tags beside the heading,
 * `details` for a context row richer than a line of text (tags, legends).
 */
export function PageHeader({
  title,
  subtitle,
  extra,
  above,
  titleExtra,
  details,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  above?: ReactNode;
  titleExtra?: ReactNode;
  details?: ReactNode;
}) {
  const heading = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {title}
    </Typography.Title>
  );
  return (
    <Flex justify="space-between" align="flex-end" wrap gap={12}>
      <div>
        {above}
        {titleExtra === undefined ? (
          heading
        ) : (
          <Flex align="center" gap={8} wrap>
            {heading}
            {titleExtra}
          </Flex>
        )}
        {subtitle !== undefined && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        {details}
      </div>
      {extra}
    </Flex>
  );
}

import { Flex } from 'antd';
import type { ComponentProps, ReactNode } from 'react';
import { PageHeader } from './PageHeader';

type HeaderProps = ComponentProps<typeof PageHeader>;

/** A feature namespace's `t`, which holds the page's `title` and `subtitle`. */
type PageTitles = (key: 'title' | 'subtitle') => string;

/**
 * A page as every page opens: its PageHeader row, then its content in one column, 16 px apart. A feature
 * page passes its `t` as `titles` when its namespace's `title` and `subtitle` are the heading.
 */
export function PageLayout({
  children,
  ...props
}: (HeaderProps | (Omit<HeaderProps, 'title' | 'subtitle'> & { titles: PageTitles })) & {
  children: ReactNode;
}) {
  let header: HeaderProps;
  if ('titles' in props) {
    const { titles, ...rest } = props;
    header = { ...rest, title: titles('title'), subtitle: titles('subtitle') };
  } else header = props;
  return (
    <Flex vertical gap={16}>
      <PageHeader {...header} />
      {children}
    </Flex>
  );
}

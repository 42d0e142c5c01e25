import { Flex, Layout, Menu, Typography } from 'antd';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { afterFirstPaintPart } from './afterFirstPaint';

// At the foot of the sidebar, below the fold of the first screen: built (and downloaded) after the first frame.
const LanguageSwitch = afterFirstPaintPart(() => import('./LanguageSwitch').then((m) => m.LanguageSwitch));

/**
 * The frame of either mode (brand workspace, creator inbox): a side bar with the app's name, the mode's
 * switches, its menu and the language switch at the foot; the routed page beside it.
 */
export function SideBarLayout({
  brandExtra,
  switches,
  section,
  items,
  onNavigate,
}: {
  /** Shown beside the app's name (the reminder bell). */
  brandExtra?: ReactNode;
  /** Stacked under the name, each on its own row (mode, workspace). */
  switches: ReactNode[];
  /** The menu key of the page shown. */
  section: string;
  items: MenuProps['items'];
  onNavigate(key: string): void;
}) {
  const { t } = useTranslation('common');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={248} theme="light" style={{ borderRight: '1px solid rgba(5,5,5,0.06)' }}>
        <Flex vertical style={{ height: '100%' }}>
          <Flex align="center" gap={8} style={{ padding: '16px 16px 8px' }}>
            <img src="./icon.svg" alt="" width={28} height={28} />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('appName')}
            </Typography.Title>
            {brandExtra}
          </Flex>
          {switches.map((control, i) => (
            <div key={i} style={{ padding: '0 12px 8px' }}>
              {control}
            </div>
          ))}
          <Menu
            mode="inline"
            selectedKeys={[section]}
            style={{ borderInlineEnd: 'none', flex: 1 }}
            items={items}
            onClick={({ key }) => onNavigate(key)}
          />
          <Flex justify="center" style={{ padding: 12, minHeight: 48 }}>
            <LanguageSwitch />
          </Flex>
        </Flex>
      </Layout.Sider>
      <Layout.Content style={{ padding: 24, overflow: 'auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}

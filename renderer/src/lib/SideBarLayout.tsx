import { Flex, Layout, Menu, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { afterFirstPaintPart, useAfterFirstPaint } from './afterFirstPaint';
import { PlainInlineMenu, type PlainMenuItem } from './antdMarkup';

// At the foot of the sidebar, below the fold of the first screen: built (and downloaded) after the first frame.
const LanguageSwitch = afterFirstPaintPart(() => import('./LanguageSwitch').then((m) => m.LanguageSwitch));

const menuStyle: CSSProperties = { borderInlineEnd: 'none', flex: 1 };
const hidden: CSSProperties = { display: 'none' };

/**
 * The frame of either mode (brand workspace, creator inbox): a side bar with the app's name, the mode's
 * switches, its menu and the language switch at the foot; the routed page beside it.
 *
 * Until the app's first frame is painted the menu is antd's markup without antd's Menu (issue 11 §8: each
 * of its 15 items is a MenuItem with a Tooltip, a Trigger and an Overflow item, about a tenth of the first
 * render); the real Menu, with hover, keyboard and click, takes its place a frame later. The real one is
 * mounted from the start, hidden and empty, so that antd writes the menu's CSS variables the markup reads,
 * and it stays the same instance when it takes over (its variables are never removed and written again).
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
  items: PlainMenuItem[];
  onNavigate(key: string): void;
}) {
  const { t } = useTranslation('common');
  const interactive = useAfterFirstPaint();
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
          {!interactive && (
            <PlainInlineMenu items={items} selected={section} style={menuStyle} onSelect={onNavigate} />
          )}
          <Menu
            mode="inline"
            selectedKeys={[section]}
            style={interactive ? menuStyle : hidden}
            items={interactive ? items : []}
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

import { Flex, Layout, Menu, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher';
import { ModeSwitch } from '../features/creatorMode/ModeSwitch';
import { LanguageSwitch } from '../lib/LanguageSwitch';
import { ReminderBell } from '../features/reminders/ReminderBell';
import { navItems } from './navigation';
import { useCurrentWorkspace } from '../lib/workspaceContext';
import { rememberLastWorkspace } from './lastWorkspace';

/** The frame around every workspace page: switcher, navigation, language. */
export function Shell() {
  const { t } = useTranslation(['common']);
  const { workspace, isLoading } = useCurrentWorkspace();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    if (workspace) rememberLastWorkspace(workspace.id);
  }, [workspace]);

  if (isLoading) return <Spin fullscreen />;
  if (!workspace) return <Navigate to="/" replace />;

  const section = location.pathname.split('/')[3] ?? 'matrix';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={248} theme="light" style={{ borderRight: '1px solid rgba(5,5,5,0.06)' }}>
        <Flex vertical style={{ height: '100%' }}>
          <Flex align="center" gap={8} style={{ padding: '16px 16px 8px' }}>
            <img src="./icon.svg" alt="" width={28} height={28} />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('appName')}
            </Typography.Title>
            <ReminderBell />
          </Flex>
          <div style={{ padding: '0 12px 8px' }}>
            <ModeSwitch />
          </div>
          <div style={{ padding: '0 12px 8px' }}>
            <WorkspaceSwitcher current={workspace} />
          </div>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            style={{ borderInlineEnd: 'none', flex: 1 }}
            items={navItems.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
            onClick={({ key }) => navigate(`/w/${workspace.id}/${key}`)}
          />
          <Flex justify="center" style={{ padding: 12 }}>
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

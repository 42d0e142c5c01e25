import { InboxOutlined, UserOutlined } from '@ant-design/icons';
import { Flex, Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../lib/LanguageSwitch';
import { ModeSwitch } from './ModeSwitch';

/** The frame of creator mode: the offer inbox and the creator's own profile. */
export function CreatorShell() {
  const { t } = useTranslation(['offers', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const section = location.pathname.startsWith('/creator/profile') ? 'profile' : 'inbox';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={248} theme="light" style={{ borderRight: '1px solid rgba(5,5,5,0.06)' }}>
        <Flex vertical style={{ height: '100%' }}>
          <Flex align="center" gap={8} style={{ padding: '16px 16px 8px' }}>
            <img src="./icon.svg" alt="" width={28} height={28} />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('common:appName')}
            </Typography.Title>
          </Flex>
          <div style={{ padding: '0 12px 8px' }}>
            <ModeSwitch />
          </div>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            style={{ borderInlineEnd: 'none', flex: 1 }}
            items={[
              { key: 'inbox', icon: <InboxOutlined />, label: t('creatorMode.inbox') },
              { key: 'profile', icon: <UserOutlined />, label: t('creatorMode.profile') },
            ]}
            onClick={({ key }) => navigate(key === 'profile' ? '/creator/profile' : '/creator')}
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

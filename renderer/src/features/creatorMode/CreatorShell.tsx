import { InboxOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SideBarLayout } from '../../lib/SideBarLayout';
import { ModeSwitch } from './ModeSwitch';

/** The frame of creator mode: the offer inbox and the creator's own profile. */
export function CreatorShell() {
  const { t } = useTranslation(['offers', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const section = location.pathname.startsWith('/creator/profile') ? 'profile' : 'inbox';
  return (
    <SideBarLayout
      switches={[<ModeSwitch key="mode" />]}
      section={section}
      items={[
        { key: 'inbox', icon: <InboxOutlined />, label: t('creatorMode.inbox') },
        { key: 'profile', icon: <UserOutlined />, label: t('creatorMode.profile') },
      ]}
      onNavigate={(key) => navigate(key === 'profile' ? '/creator/profile' : '/creator')}
    />
  );
}

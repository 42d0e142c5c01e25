import { Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher';
import { ModeSwitch } from '../features/creatorMode/ModeSwitch';
import { SideBarLayout } from '../lib/SideBarLayout';
import { ReminderBell } from '../features/reminders/ReminderBell';
import { navItems } from './navigation';
import { useCurrentWorkspace } from '../lib/workspaceContext';
import { rememberLastWorkspace } from './lastWorkspace';
import { AfterFirstPaint } from '../lib/afterFirstPaint';

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
    <SideBarLayout
      brandExtra={
        <AfterFirstPaint>
          <ReminderBell />
        </AfterFirstPaint>
      }
      switches={[<ModeSwitch key="mode" />, <WorkspaceSwitcher key="workspace" current={workspace} />]}
      section={section}
      items={navItems.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
      onNavigate={(key) => navigate(`/w/${workspace.id}/${key}`)}
    />
  );
}

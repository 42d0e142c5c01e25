import { Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SideBarLayout } from '../lib/SideBarLayout';
import { navItems } from './navigation';
import { useCurrentWorkspace } from '../lib/workspaceContext';
import { rememberLastWorkspace } from './lastWorkspace';
import { afterFirstPaintPart } from '../lib/afterFirstPaint';

/*
 * The sidebar's bell and switches are not what a page is opened for: they are built after the first frame and
 * their code (antd Select, Segmented, Popover, List, Pagination) downloads then (issue 11 §8). Each keeps its
 * place meanwhile (the bell is a 32 px square icon button, each switch one 32 px control high), so neither the
 * app's name nor the menu below moves when they appear.
 */
const controlRow = <div style={{ height: 32 }} />;
const ReminderBell = afterFirstPaintPart(
  () => import('../features/reminders/ReminderBell').then((m) => m.ReminderBell),
  <div style={{ width: 32, height: 32 }} />,
);
const ModeSwitch = afterFirstPaintPart(
  () => import('../features/creatorMode/ModeSwitch').then((m) => m.ModeSwitch),
  controlRow,
);
const WorkspaceSwitcher = afterFirstPaintPart(
  () => import('../features/workspaces/WorkspaceSwitcher').then((m) => m.WorkspaceSwitcher),
  controlRow,
);

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
      brandExtra={<ReminderBell />}
      switches={[<ModeSwitch key="mode" />, <WorkspaceSwitcher key="workspace" current={workspace} />]}
      section={section}
      items={navItems.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
      onNavigate={(key) => navigate(`/w/${workspace.id}/${key}`)}
    />
  );
}

import { AppstoreOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavItem {
  /** Route segment under /w/:workspaceId/. */
  path: string;
  /** i18n key (namespace:key). */
  labelKey: string;
  icon: ReactNode;
}

/** The sidebar, in order. Each feature adds its entry here and its route in routes.tsx. */
export const navItems: NavItem[] = [
  { path: 'matrix', labelKey: 'common:nav.matrix', icon: <AppstoreOutlined /> },
];

import { AppstoreOutlined, CalendarOutlined, ShoppingOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import type { ParseKeys } from 'i18next';
import { AimOutlined, LineChartOutlined, TeamOutlined } from '@ant-design/icons';
import { SolutionOutlined, StarOutlined } from '@ant-design/icons';
import { MedicineBoxOutlined } from '@ant-design/icons';
import { VideoCameraOutlined } from '@ant-design/icons';
import { AuditOutlined } from '@ant-design/icons';
import { FileTextOutlined, FundOutlined } from '@ant-design/icons';
import { DatabaseOutlined } from '@ant-design/icons';
import { CarryOutOutlined } from '@ant-design/icons';

export interface NavItem {
  /** Route segment under /w/:workspaceId/. */
  path: string;
  /** i18n key (namespace:key), checked against the `common` namespace. */
  labelKey: ParseKeys<['common']>;
  icon: ReactElement<{ className?: string }>;
}

/** The sidebar, in order. Each feature adds its entry here and its route in routes.tsx. */
export const navItems: NavItem[] = [
  { path: 'matrix', labelKey: 'common:nav.matrix', icon: <AppstoreOutlined /> },
  { path: 'calendar', labelKey: 'common:nav.calendar', icon: <CalendarOutlined /> },
  { path: 'products', labelKey: 'common:nav.products', icon: <ShoppingOutlined /> },
  { path: 'audience', labelKey: 'common:nav.audience', icon: <TeamOutlined /> },
  { path: 'match', labelKey: 'common:nav.match', icon: <AimOutlined /> },
  { path: 'performance', labelKey: 'common:nav.performance', icon: <LineChartOutlined /> },
  { path: 'creators', labelKey: 'common:nav.creators', icon: <StarOutlined /> },
  { path: 'offers', labelKey: 'common:nav.offers', icon: <SolutionOutlined /> },
  { path: 'deliverables', labelKey: 'common:nav.deliverables', icon: <CarryOutOutlined /> },
  { path: 'advisor', labelKey: 'common:nav.advisor', icon: <MedicineBoxOutlined /> },
  { path: 'live', labelKey: 'common:nav.live', icon: <VideoCameraOutlined /> },
  { path: 'approvals', labelKey: 'common:nav.approvals', icon: <AuditOutlined /> },
  { path: 'portfolio', labelKey: 'common:nav.portfolio', icon: <FundOutlined /> },
  { path: 'report', labelKey: 'common:nav.report', icon: <FileTextOutlined /> },
  { path: 'data', labelKey: 'common:nav.data', icon: <DatabaseOutlined /> },
];

/**
 * The sidebar's pages under /w/:workspaceId/, in the order of renderer/src/app/navigation.tsx: a11y.spec scans
 * each one (and the detail routes on its own), keyboard.spec walks them with the arrow keys in this order. A new
 * sidebar page goes here once for both.
 */
export const workspacePages = [
  'matrix',
  'calendar',
  'products',
  'audience',
  'match',
  'performance',
  'creators',
  'offers',
  'deliverables',
  'advisor',
  'live',
  'approvals',
  'portfolio',
  'report',
  'data',
] as const;

/*
 * The page chunks a start URL can need at once, written once for the router (routes.tsx) and for the entry
 * module (startCalls.ts), which asks for the start page's chunk before React and antd are evaluated
 * (issue 11 §8): the chunk and its imports download beside the app's instead of after it, and the first
 * render waits for it (firstScreen.ts), so the first commit holds the matrix's cards or the calendar's items.
 */
export const pageChunks = {
  MatrixPage: () => import('../features/matrix/MatrixPage'),
  ContentPage: () => import('../features/content/ContentPage'),
};

/** The route segment after /w/:workspaceId/ of each page above (the bare workspace URL shows the matrix). */
export const startPageBySection: Record<string, keyof typeof pageChunks> = {
  '': 'MatrixPage',
  matrix: 'MatrixPage',
  calendar: 'ContentPage',
};

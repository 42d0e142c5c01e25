import type { FindingOutput } from '../../../../shared/advisor/schemas';

/**
 * Where a finding's link goes inside the workspace: an account is shown focused on the matrix page, a
 * product on the interest-match page (which ranks who can reach its interests), the rest on their page.
 */
export function findingHref(workspaceId: string, link: FindingOutput['link']): string {
  const base = `/w/${workspaceId}`;
  switch (link.page) {
    case 'account':
      return link.id ? `${base}/matrix?account=${encodeURIComponent(link.id)}` : `${base}/matrix`;
    case 'product':
      return link.id ? `${base}/match?product=${encodeURIComponent(link.id)}` : `${base}/products`;
    case 'matrix':
      return `${base}/matrix`;
    case 'creators':
      return `${base}/creators`;
    case 'audience':
      return `${base}/audience`;
    case 'calendar':
      return `${base}/calendar`;
  }
}

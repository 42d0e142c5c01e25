import type { FormInstance } from 'antd';
import { ApiCallError } from '../../lib/api';
import { issueText } from '../../lib/errors';

const topFields = new Set([
  'creatorId',
  'title',
  'productIds',
  'targetTags',
  'feeYuan',
  'commissionPct',
  'usageRightsDays',
  'exclusivityDays',
  'expiresOn',
  'message',
]);
const deliverableFields = new Set(['format', 'durationBand', 'count', 'dueOn', 'accountId']);

/**
 * Puts backend issues on offer form fields, including fields inside the deliverables list
 * (`deliverables.1.dueOn`), which the generic applyIssuesToForm cannot reach. Returns whether any landed.
 */
export function applyOfferIssues(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiCallError)) return false;
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const issue of err.issues) {
    const [top, index, sub] = issue.path;
    if (
      top === 'deliverables' &&
      typeof index === 'number' &&
      typeof sub === 'string' &&
      deliverableFields.has(sub)
    ) {
      fields.push({ name: ['deliverables', index, sub], errors: [issueText(issue)] });
    } else if (typeof top === 'string' && topFields.has(top)) {
      fields.push({ name: [top], errors: [issueText(issue)] });
    }
  }
  form.setFields(fields);
  return fields.length > 0;
}

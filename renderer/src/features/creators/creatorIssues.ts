import type { FormInstance } from 'antd';
import { ApiCallError } from '../../lib/api';
import { applyIssuesToForm, issueText } from '../../lib/errors';

/**
 * The issue mapper (for `submitForm`) of a creator form: an audience-share issue from the backend shows in
 * the form's shares alert (`showAudienceProblem`), like the same check done before saving; any other issue
 * goes on its field.
 */
export function creatorIssueApplier(showAudienceProblem: (text: string) => void) {
  return (form: FormInstance, err: unknown): boolean => {
    const audienceIssue =
      err instanceof ApiCallError ? err.issues.find((i) => i.path[0] === 'audience') : undefined;
    if (!audienceIssue) return applyIssuesToForm(form, err);
    showAudienceProblem(issueText(audienceIssue));
    return true;
  };
}

import type { ApiIssue } from '../../../shared/api/result';
import { AppError } from '../errors';

/**
 * Refuses a file whose mapping lacks what the importer needs, naming every missing field at once
 * (`mapping.<field>` paths, so the mapping panel marks each); the error's reason is the first issue's.
 */
export function throwMappingIssues(issues: readonly ApiIssue[]): void {
  const first = issues[0];
  if (!first) return;
  throw new AppError('invalid_input', `${first.path.join('.')}: ${first.message}`, [...issues], {
    reason: first.code!,
    ...(first.params ? { params: first.params } : {}),
  });
}

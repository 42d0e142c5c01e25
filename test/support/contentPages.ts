import type { MethodInput, MethodOutput } from '../../shared/api/contract';
import { walkPages } from './paging';

type ContentItems = MethodOutput<'content.list'>['items'];

/** Every item of a content.list range, page after page (tests that check a whole sample month). */
export async function allContent(
  call: (method: 'content.list', input: MethodInput<'content.list'>) => Promise<MethodOutput<'content.list'>>,
  input: Omit<MethodInput<'content.list'>, 'cursor' | 'limit'>,
): Promise<ContentItems> {
  return (await walkPages((cursor) => call('content.list', { ...input, limit: 200, ...cursor }))).items;
}

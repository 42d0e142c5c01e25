import type { MethodInput, MethodOutput } from '../../shared/api/contract';

type ContentItems = MethodOutput<'content.list'>['items'];

/** Every item of a content.list range, page after page (tests that check a whole sample month). */
export async function allContent(
  call: (method: 'content.list', input: MethodInput<'content.list'>) => Promise<MethodOutput<'content.list'>>,
  input: Omit<MethodInput<'content.list'>, 'cursor' | 'limit'>,
): Promise<ContentItems> {
  const items: ContentItems = [];
  let cursor: string | undefined;
  do {
    const page = await call('content.list', { ...input, limit: 200, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

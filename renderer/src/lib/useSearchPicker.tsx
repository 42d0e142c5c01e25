import { useEffect, useState, type ReactElement } from 'react';

/** How long typing pauses before the picker asks the server: typing a name is one request, not one per letter. */
const SEARCH_PAUSE_MS = 250;

/**
 * What a picker that searches on the server (creators, products) shares: the typed text, debounced into
 * the `search` it sends; the antd `showSearch` that feeds it with local filtering off (the server has
 * already filtered); and the dropdown that says how many matches were not sent ("还有 N 个匹配").
 */
export function useSearchPicker() {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  return {
    search,
    showSearch: { filterOption: false, onSearch: setTyped },
    clearTyped: () => setTyped(''),
    /** The dropdown: the matches sent, then how many more there are when the server held some back. */
    popupWithMore:
      (
        page: { items: readonly unknown[]; total: number } | undefined,
        moreText: (count: number) => string,
        testId: string,
      ) =>
      (menu: ReactElement) => {
        const more = (page?.total ?? 0) - (page?.items.length ?? 0);
        return (
          <>
            {menu}
            {more > 0 && (
              <div style={{ padding: '4px 12px', color: 'rgba(0,0,0,0.45)' }} data-testid={testId}>
                {moreText(more)}
              </div>
            )}
          </>
        );
      },
  };
}

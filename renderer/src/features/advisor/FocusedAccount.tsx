import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Account } from '../../../../shared/domain/account';

/**
 * On the matrix page, `?account=<id>` (a matrix advisor finding's link) scrolls that account's card into
 * view and outlines it. It finds the card by its `data-account-handle` instead of wrapping the cards, so
 * the matrix page's card list stays as its owners wrote it; the outline is the only style it sets.
 */
export function FocusedAccount({ accounts }: { accounts: readonly Account[] }) {
  const [params] = useSearchParams();
  const accountId = params.get('account');
  const handle = accounts.find((a) => a.id === accountId)?.handle;
  useEffect(() => {
    if (!handle) return;
    const card = document.querySelector<HTMLElement>(
      `[data-testid="account-card"][data-account-handle="${CSS.escape(handle)}"]`,
    );
    if (!card) return;
    card.dataset.focused = 'true';
    card.style.outline = '2px solid #1677ff';
    card.style.outlineOffset = '2px';
    card.scrollIntoView({ block: 'center' });
    return () => {
      delete card.dataset.focused;
      card.style.outline = '';
      card.style.outlineOffset = '';
    };
  }, [handle]);
  return null;
}

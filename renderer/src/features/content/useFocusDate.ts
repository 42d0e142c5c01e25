import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../lib/api';
import { wallParts } from './time';

/**
 * A link to one item (`?focus=<id>`, from reminders) may come without a date: read the item and go to the
 * day it is planned on, once.
 */
export function useFocusDate(
  focusItemId: string | null,
  hasDate: boolean,
  timeZone: string,
  goTo: (date: string) => void,
) {
  const item = useQuery({
    queryKey: ['content', 'focus', focusItemId],
    queryFn: () => call('content.get', { id: focusItemId! }),
    enabled: focusItemId !== null && !hasDate,
    retry: false,
  });
  const date = item.data ? wallParts(item.data.plannedAt, timeZone).date : null;
  useEffect(() => {
    if (date && !hasDate) goTo(date);
    // goTo is a fresh closure each render; the date is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [date, hasDate]);
}

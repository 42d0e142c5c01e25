import { useMemo } from 'react';
import { interestTaxonomy } from '../../../shared/interest/taxonomy';
import { useLanguage } from './language';

/**
 * The interest taxonomy as select options in the UI language: its categories, and its tags grouped by
 * category ("美妆 · 护肤") — what a creator's categories, an audience's interests and an offer's targeting
 * are chosen from.
 */
export function useInterestOptions() {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      categories: interestTaxonomy.map((c) => ({ value: c.id, label: c.label[language] })),
      tags: interestTaxonomy.map((c) => ({
        label: c.label[language],
        options: c.tags.map((tag) => ({
          value: tag.id,
          label: `${c.label[language]} · ${tag.label[language]}`,
        })),
      })),
    }),
    [language],
  );
}

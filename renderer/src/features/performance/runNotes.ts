import type { i18n as I18n } from 'i18next';
import type { ForecastRun } from '../../../../shared/domain/forecastRun';
import { codeText, hasCode } from '../../lib/i18nKeys';

/**
 * A run's notes in the UI language: the coded notes (`noteDetails`) translated in the `errors`
 * namespace; a run stored before notes had codes shows its English notes in the English UI only.
 */
export function runNotesText(
  run: Pick<ForecastRun, 'parameters'>,
  i18n: Pick<I18n, 't' | 'language'>,
): string {
  const { notes, noteDetails } = run.parameters;
  if (noteDetails && noteDetails.length > 0) {
    return noteDetails
      .map((d) => (hasCode('errors', d.code) ? codeText('errors', d.code, d.params) : ''))
      .filter(Boolean)
      .join(i18n.language === 'en' ? '; ' : '；');
  }
  return i18n.language === 'en' ? notes.join('; ') : i18n.t('performance:notesUntranslated');
}

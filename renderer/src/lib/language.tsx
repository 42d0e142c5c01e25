import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { UiLanguage } from '../../../shared/format/number';
import { applyLanguage } from '../i18n';
import { call } from './api';

interface LanguageState {
  language: UiLanguage;
  setLanguage(next: UiLanguage): void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export function LanguageProvider({ initial, children }: { initial: UiLanguage; children: ReactNode }) {
  const [language, setState] = useState<UiLanguage>(() => {
    applyLanguage(initial);
    return initial;
  });
  const setLanguage = useCallback((next: UiLanguage) => {
    applyLanguage(next);
    setState(next);
    // Saved in the database so the choice survives restarts in both desktop and browser mode.
    void call('settings.update', { language: next }).catch((err: unknown) => console.error(err));
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

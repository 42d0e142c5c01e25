import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { RouterProvider } from 'react-router/dom';
import type { UiLanguage } from '../../../shared/format/number';
import { LanguageProvider, useLanguage } from '../lib/language';
import { queryClient } from './queryClient';
import { router } from './routes';
import { appTheme } from './theme';
import { RecoveryGate } from '../features/backups/RecoveryGate';

function Themed() {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={appTheme(!prefersReducedMotion())}>
      <AntApp>
        <RecoveryGate>
          <RouterProvider router={router} />
        </RecoveryGate>
      </AntApp>
    </ConfigProvider>
  );
}

/** Users who ask their OS for less motion get no antd animations (WCAG 2.3.3); tests ask for it too. */
function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The app, rendered once the start screen's data is in (boot.tsx): the UI language is known by then. */
export function App({ initialLanguage }: { initialLanguage: UiLanguage }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={initialLanguage}>
        <Themed />
      </LanguageProvider>
    </QueryClientProvider>
  );
}

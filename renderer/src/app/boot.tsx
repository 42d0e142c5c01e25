import '../zodSetup';
import '../i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startFirstScreen } from './firstScreen';

// One render once the start screen's data, chunk and texts are in (firstScreen.ts), not one per answer.
void startFirstScreen().then((language) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App initialLanguage={language} />
    </StrictMode>,
  );
});

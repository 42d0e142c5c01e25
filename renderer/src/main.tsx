import './zodSetup';
import 'antd/dist/reset.css';
// Every antd component's styles, precompiled (the theme sets zeroRuntime: see app/theme.ts).
import 'antd/dist/antd.css';
import './app/a11y.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startFirstScreen } from './app/firstScreen';

startFirstScreen();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import 'antd/dist/reset.css';
// Every antd component's styles, precompiled (the theme sets zeroRuntime: see app/theme.ts).
import 'antd/dist/antd.css';
import './app/a11y.css';
import { startCalls } from './app/startCalls';
import { startStyles } from './app/startStyles';
import { prepareNumberFormats } from '../../shared/format/number';
import { systemLanguage } from './i18n/systemLanguage';

// The start screen's data, chunk and texts are asked for first; the app (React, antd, i18next) loads beside them.
startCalls(window.location.hash);
void startStyles();
void import('./app/boot');
// The main thread is idle while those download: build the number formats for the likely UI language then.
requestIdleCallback(() => prepareNumberFormats(systemLanguage()));

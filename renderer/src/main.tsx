import 'antd/dist/reset.css';
// Every antd component's styles, precompiled (the theme sets zeroRuntime: see app/theme.ts).
import 'antd/dist/antd.css';
import './app/a11y.css';
import { startCalls } from './app/startCalls';
import { startStyles } from './app/startStyles';
import { startCall } from './lib/api';
import { prepareNumberFormats } from '../../shared/format/number';
import { systemLanguage } from './i18n/systemLanguage';

// The start screen's data, chunk and texts are asked for first; the app (React, antd, i18next) loads beside them.
startCalls(window.location.hash);
void startStyles();
void import('./app/boot');
/*
 * The first Intl.NumberFormat of a language loads ICU's locale data (30–60 ms), and the first render's figures
 * need it. Built as soon as the saved language is known, in the answer's own task: the main thread is then
 * waiting for the boot chunks to compile. (An idle callback never ran before the first render: traces of the
 * matrix and the calendar show it asked for and not fired until after the first card, so the render paid it.)
 */
void startCall('settings.get', {}).then(
  (answer) => prepareNumberFormats((answer.ok ? answer.value.language : null) ?? systemLanguage()),
  () => prepareNumberFormats(systemLanguage()),
);

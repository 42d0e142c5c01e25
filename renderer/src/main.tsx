import 'antd/dist/reset.css';
// Every antd component's styles, precompiled (the theme sets zeroRuntime: see app/theme.ts).
import 'antd/dist/antd.css';
import './app/a11y.css';
import { startCalls } from './app/startCalls';

// The start screen's data, chunk and texts are asked for first; the app (React, antd, i18next) loads beside them.
startCalls(window.location.hash);
void import('./app/boot');

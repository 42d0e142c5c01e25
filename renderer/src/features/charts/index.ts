// Public entry of the charts feature: the only file other features may import (see docs/ARCHITECTURE.md).
// Importing this entry registers MatrixDesk's chart.js pieces (a sparkline needs them without a ChartCard).
import './register';
export { ChartCard, whiteBackground } from './ChartCard';

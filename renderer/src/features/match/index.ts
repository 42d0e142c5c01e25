// Public entry of the match feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { ContentFitAlert } from './ContentFitAlert';
export { MatchExplanation, ScoreBar } from './MatchExplanation';

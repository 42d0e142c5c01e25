import type { Migration } from '../types';
import { migration0010 } from './0010-workspaces-accounts';
import { migration0020 } from './0020-products-content';
import { migration0030 } from './0030-creators-offers';
import { migration0040 } from './0040-interest-metrics-forecasts';
import { migration0050 } from './0050-list-indexes';
import { migration0060 } from './0060-approvals';
import { migration0070 } from './0070-live-sessions';
import { migration0080 } from './0080-advisor-dismissals';
import { migration0090 } from './0090-offer-verification-bundles';
import { migration0100 } from './0100-portfolio-indexes';
import { migration0110 } from './0110-content-series';
import { migration0120 } from './0120-reminders-undo';
import { migration0130 } from './0130-creator-facing-name';
import { migration0140 } from './0140-scale-indexes';
import { migration0190 } from './0190-product-list-index';
import { migration0210 } from './0210-change-logs';
import { migration0230 } from './0230-deliverable-links';
import { migration0240 } from './0240-deliverable-send-backs';
import { migration0250 } from './0250-deliverable-workspace';
import { migration0280 } from './0280-bulk-creator-changes';
import { migration0300 } from './0300-bulk-offer-changes';
import { migration0370 } from './0370-cascade-indexes';
import { migration0390 } from './0390-saved-match-rosters';
import { migration0400 } from './0400-published-by-account';
import { migration0410 } from './0410-content-archive';
import { migration0420 } from './0420-forecast-past-changes';
import { migration0430 } from './0430-forecast-item-notes';

/** Every migration, oldest first. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0090,
  migration0100,
  migration0110,
  migration0120,
  migration0130,
  migration0140,
  migration0190,
  migration0210,
  migration0230,
  migration0240,
  migration0250,
  migration0280,
  migration0300,
  migration0370,
  migration0390,
  migration0400,
  migration0410,
  migration0420,
  migration0430,
];

export const latestVersion = migrations.at(-1)?.version ?? 0;

import type { AdvisorFacts } from './facts';
import type { LocalizedText, TextParams } from './text';

export const findingSeverities = ['high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

/** Where a finding points: the page that holds what it is about, and the record on it when there is one. */
export const findingLinkPages = ['matrix', 'account', 'product', 'creators', 'audience', 'calendar'] as const;
export type FindingLinkPage = (typeof findingLinkPages)[number];
export interface FindingLink {
  page: FindingLinkPage;
  id: string | null;
}

/** What one rule's check reports for one problem: who it is about, the numbers behind it, the link. */
export interface FindingDraft {
  /** The records the problem is about; with the rule id they make the finding's stable key. */
  subjectIds: readonly string[];
  /** The figures behind the finding, raw (shares as fractions), for the UI and tests. */
  numbers: Readonly<Record<string, number>>;
  /** Display values for the reason and action templates (names, rounded figures). */
  params: TextParams;
  link: FindingLink;
  /** Overrides the rule's severity for this case (e.g. every tag of a product uncovered). */
  severity?: FindingSeverity;
}

export interface HealthRule {
  id: string;
  severity: FindingSeverity;
  /** `{{param}}` templates filled from each draft's params. */
  reason: LocalizedText;
  action: LocalizedText;
  check(facts: AdvisorFacts): FindingDraft[];
}

export interface Finding {
  /** ruleId + subject ids: the same problem keeps the same key, so a dismissal sticks to it. */
  key: string;
  ruleId: string;
  severity: FindingSeverity;
  subjectIds: string[];
  numbers: Record<string, number>;
  reason: LocalizedText;
  action: LocalizedText;
  link: FindingLink;
}

import { healthRules } from './healthRules';
import { findingSeverities, type Finding, type HealthRule } from './findingTypes';
import type { AdvisorFacts } from './facts';
import { localize } from './text';

export function findingKey(ruleId: string, subjectIds: readonly string[]): string {
  return [ruleId, ...subjectIds].join(':');
}

/** Every rule's findings, most severe first, then in table order (the order the table lists concerns). */
export function evaluateHealth(facts: AdvisorFacts, rules: readonly HealthRule[] = healthRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const draft of rule.check(facts)) {
      findings.push({
        key: findingKey(rule.id, draft.subjectIds),
        ruleId: rule.id,
        severity: draft.severity ?? rule.severity,
        subjectIds: [...draft.subjectIds],
        numbers: { ...draft.numbers },
        reason: localize(rule.reason, draft.params),
        action: localize(rule.action, draft.params),
        link: draft.link,
      });
    }
  }
  const rank = (f: Finding) => findingSeverities.indexOf(f.severity);
  // Array.prototype.sort is stable: table order survives within a severity.
  return findings.sort((a, b) => rank(a) - rank(b));
}

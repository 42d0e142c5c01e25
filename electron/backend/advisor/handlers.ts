import type { HandlerSlice } from '../handlers';
import type { advisorContract } from '../../../shared/api/advisor';
import type { BackendContext } from '../context';
import type { Finding } from '../../../shared/advisor/findingTypes';
import type { FindingOutput } from '../../../shared/advisor/schemas';
import { evaluateHealth } from '../../../shared/advisor/health';
import { recommend, recommendationFacts } from '../../../shared/advisor/recommendation';
import { conflict, invalidInput } from '../errors';
import { gatherAdvisorFacts } from './facts';
import { deleteDismissal, findDismissal, insertDismissal, listDismissals, type DismissalRow } from './repo';

function withDismissal(finding: Finding, dismissal: DismissalRow | undefined): FindingOutput {
  return {
    ...finding,
    dismissal: dismissal ? { note: dismissal.note, dismissedAt: dismissal.dismissed_at } : null,
  };
}

/** The findings that fire now, each with its dismissal if the user dismissed it. */
function currentFindings(ctx: BackendContext, workspaceId: string): FindingOutput[] {
  const findings = evaluateHealth(gatherAdvisorFacts(ctx.db, workspaceId, ctx.now()));
  const dismissals = new Map(listDismissals(ctx.db, workspaceId).map((d) => [d.finding_key, d]));
  return findings.map((f) => withDismissal(f, dismissals.get(f.key)));
}

export const advisorHandlers = {
  'advisor.recommend': ({ workspaceId }, ctx) => {
    const result = recommend(recommendationFacts(gatherAdvisorFacts(ctx.db, workspaceId, ctx.now())));
    return {
      workspaceId,
      recommendation: result.recommendation,
      scores: result.scores,
      matchesCurrent: result.matchesCurrent,
      facts: result.facts,
      rules: result.rules.map(({ rule, fired }) => ({
        id: rule.id,
        recommend: rule.recommend,
        weight: rule.weight,
        reason: rule.reason,
        fired,
      })),
    };
  },

  'advisor.findings': ({ workspaceId, status, cursor, limit }, ctx) => {
    const all = currentFindings(ctx, workspaceId);
    const dismissed = all.filter((f) => f.dismissal !== null);
    const active = all.filter((f) => f.dismissal === null);
    const list = status === 'active' ? active : dismissed;
    const offset = cursor === undefined ? 0 : Number(cursor);
    const end = offset + limit;
    return {
      items: list.slice(offset, end),
      nextCursor: end < list.length ? String(end) : null,
      total: list.length,
      counts: { active: active.length, dismissed: dismissed.length },
    };
  },

  'advisor.dismiss': ({ workspaceId, key, note }, ctx) => {
    const finding = currentFindings(ctx, workspaceId).find((f) => f.key === key);
    if (!finding) {
      throw invalidInput(['key'], 'No finding with this key fires now', 'advisor.findingNotFiring', { key });
    }
    if (finding.dismissal) {
      throw conflict(['key'], 'This finding is already dismissed', 'advisor.alreadyDismissed', { key });
    }
    const at = ctx.now().toISOString();
    insertDismissal(ctx.db, workspaceId, { key, ruleId: finding.ruleId, note, at });
    return { ...finding, dismissal: { note, dismissedAt: at } };
  },

  'advisor.restore': ({ workspaceId, key }, ctx) => {
    // Checks the workspace exists (notFound otherwise) before looking at its dismissals.
    const findings = currentFindings(ctx, workspaceId);
    if (!findDismissal(ctx.db, workspaceId, key)) {
      throw invalidInput(['key'], 'This finding is not dismissed', 'advisor.notDismissed', { key });
    }
    deleteDismissal(ctx.db, workspaceId, key);
    const finding = findings.find((f) => f.key === key);
    return { key, finding: finding ? { ...finding, dismissal: null } : null };
  },
} satisfies HandlerSlice<typeof advisorContract>;

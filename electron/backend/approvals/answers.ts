import type { BackendContext } from '../context';
import {
  ANSWERS_FORMAT,
  ANSWERS_VERSION,
  MAX_ANSWERS_BYTES,
  answersFileSchema,
  type ImportAnswersOutput,
} from '../../../shared/approvals/model';
import { canonicalJson } from '../../../shared/approvals/canonical';
import { nextApprovalState } from '../../../shared/approvals/stateMachine';
import { invalidInput } from '../errors';
import { findItemRows, rowValues } from '../content/repo';
import { findWorkspace } from '../workspaces/repo';
import {
  approvalsFor,
  findPack,
  importWithMac,
  insertEvent,
  insertImport,
  newestImportFor,
  packItems,
  upsertApproval,
} from './repo';
import { cleanBase64 } from '../imports/base64';
import { macMatches, nodeHmacHex, reviewFingerprint } from './fingerprint';

/** Every refusal names the file as the field: the whole file is refused and nothing is stored. */
const refuse = (message: string, reason: string, params?: Record<string, string | number>) =>
  invalidInput(['base64'], message, `approvals.${reason}`, params);

function parseFile(base64: string): {
  raw: Record<string, unknown>;
  file: ReturnType<typeof answersFileSchema.parse>;
} {
  const clean = cleanBase64(base64);
  if (clean === null) throw refuse('Not a file upload (the content is not base64)', 'malformed');
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > MAX_ANSWERS_BYTES) {
    throw refuse('The answers file is larger than 2 MB', 'fileTooLarge', { maxMb: 2 });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw refuse('Not a complete answers file (it may be truncated)', 'malformed');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw refuse('Not a MatrixDesk answers file', 'malformed');
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== ANSWERS_FORMAT) throw refuse('Not a MatrixDesk answers file', 'malformed');
  if (record.version !== ANSWERS_VERSION) {
    throw refuse(`Answers file version ${String(record.version)} is not supported`, 'unsupportedVersion', {
      version: String(record.version),
    });
  }
  const parsed = answersFileSchema.safeParse(raw);
  if (!parsed.success) throw refuse('The answers file is incomplete or damaged', 'malformed');
  const ids = parsed.data.answers.map((a) => a.itemId);
  if (new Set(ids).size !== ids.length) throw refuse('The answers file answers an item twice', 'malformed');
  return { raw: record, file: parsed.data };
}

/**
 * Imports a client's `.mdreview` answers: checks it was produced from a pack of this workspace and not edited
 * since (HMAC with the pack's secret over the canonical JSON), that it is not older than answers already
 * imported, then applies each answer — or keeps it as stale when the item changed since the pack — in one
 * transaction. Any failed check refuses the whole file and stores nothing.
 */
export function importAnswers(
  ctx: BackendContext,
  input: { workspaceId: string; base64: string },
): ImportAnswersOutput {
  if (!findWorkspace(ctx.db, input.workspaceId)) {
    throw invalidInput(['workspaceId'], `Unknown workspace ${input.workspaceId}`, 'common.notFound', {
      entity: 'Workspace',
      id: input.workspaceId,
    });
  }
  const { raw, file } = parseFile(input.base64);
  const pack = findPack(ctx.db, file.packId);
  if (!pack) throw refuse('These answers are not from a review pack of this app', 'unknownPack');
  if (pack.workspace_id !== input.workspaceId) {
    const other = findWorkspace(ctx.db, pack.workspace_id);
    throw refuse(`These answers belong to the workspace "${other?.name ?? ''}"`, 'otherWorkspace', {
      workspace: other?.name ?? '',
    });
  }
  const { mac: _mac, ...covered } = raw;
  if (
    file.workspaceId !== pack.workspace_id ||
    !macMatches(nodeHmacHex(pack.secret, canonicalJson(covered)), file.mac)
  ) {
    throw refuse(
      'The answers file was changed after it was saved, or was not made from this pack',
      'tampered',
    );
  }
  if (importWithMac(ctx.db, file.mac)) throw refuse('These answers were imported already', 'alreadyImported');
  const answeredMs = Date.parse(file.answeredAt);
  const newest = newestImportFor(ctx.db, pack.id);
  const shown = packItems(ctx.db, pack.id);
  for (const answer of file.answers) {
    const item = shown.get(answer.itemId);
    if (!item || item.revision !== answer.revision) {
      throw refuse('The answers name an item this pack did not show', 'tampered');
    }
  }
  const records = approvalsFor(
    ctx.db,
    file.answers.map((a) => a.itemId),
  );
  const newerItem = [...records.values()].find(
    (r) => r.answered_at && Date.parse(r.answered_at) > answeredMs,
  );
  if ((newest && Date.parse(newest.answered_at) > answeredMs) || newerItem) {
    throw refuse('Newer answers were imported already; this older file would overwrite them', 'replayed', {
      answeredAt: file.answeredAt,
    });
  }

  const at = ctx.now().toISOString();
  const rows = new Map(
    findItemRows(
      ctx.db,
      file.answers.map((a) => a.itemId),
    ).map((r) => [r.id, r]),
  );
  const outcomes: ImportAnswersOutput['outcomes'] = [];
  ctx.db.transaction(() => {
    for (const answer of file.answers) {
      const row = rows.get(answer.itemId);
      const shownItem = shown.get(answer.itemId)!;
      if (!row) {
        outcomes.push({ itemId: answer.itemId, title: '', decision: answer.decision, outcome: 'missing' });
        continue;
      }
      const record = records.get(row.id);
      const from = record?.state ?? 'pending';
      const changed =
        reviewFingerprint({ ...rowValues(row), creatorId: row.creator_id }) !== shownItem.fingerprint;
      const to = changed
        ? nextApprovalState(from, 'answer_outdated', 'system')!
        : nextApprovalState(from, answer.decision, 'client')!;
      upsertApproval(ctx.db, {
        item_id: row.id,
        workspace_id: pack.workspace_id,
        state: to,
        fingerprint: shownItem.fingerprint,
        revision: shownItem.revision,
        pack_id: pack.id,
        reviewer: file.reviewer,
        answered_at: file.answeredAt,
        updated_at: at,
      });
      insertEvent(ctx.db, {
        id: ctx.newId(),
        itemId: row.id,
        workspaceId: pack.workspace_id,
        kind: 'answer',
        actor: 'client',
        author: file.reviewer,
        fromState: from,
        toState: to,
        comment: answer.comment,
        packId: pack.id,
        revision: answer.revision,
        at: file.answeredAt,
      });
      outcomes.push({
        itemId: row.id,
        title: row.title,
        decision: answer.decision,
        outcome: changed ? 'stale' : to === 'approved' ? 'approved' : 'changes_requested',
      });
    }
    insertImport(ctx.db, {
      id: ctx.newId(),
      packId: pack.id,
      workspaceId: pack.workspace_id,
      mac: file.mac,
      reviewer: file.reviewer,
      answeredAt: file.answeredAt,
      answerCount: file.answers.length,
      importedAt: at,
    });
  })();
  return { packId: pack.id, reviewer: file.reviewer, answeredAt: file.answeredAt, outcomes };
}

import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api/result';
import { addDays } from '../../shared/domain/dates';
import { OFFER_FILE_FORMAT } from '../../shared/offerFile/format';
import { errors } from '../../renderer/src/i18n/errors';
import { createTestBackend, snapshotTables } from '../support/backend';
import { freshSetupEachTest } from '../support/eachTest';
import { inDays, offerInput, setUpBrand } from '../support/offers';
import { setUpCreatorProfile } from '../support/creatorInstall';

/**
 * Offers, offer files and forecasts explain themselves with codes + params that the renderer translates
 * (issue 11 §1): each case checks the code, its params, that nothing was stored, and that both languages
 * have a text for the code, the Chinese one with no English words in it.
 */
const { t, s } = freshSetupEachTest(setUpBrand);

const lookup = (lang: 'zh-CN' | 'en', code: string): unknown =>
  code
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors[lang]);

/** A code has a text in both languages; the Chinese text has CJK and no Latin word (nested $t() aside). */
function expectTranslated(code: string | undefined): void {
  expect(code).toBeDefined();
  const zh = lookup('zh-CN', code!);
  const en = lookup('en', code!);
  expect(typeof zh, `zh-CN text of ${code}`).toBe('string');
  expect(typeof en, `en text of ${code}`).toBe('string');
  const visible = (zh as string).replace(/\$t\([^)]*\)/g, '').replace(/\{\{\w+\}\}/g, '');
  expect(visible).toMatch(/[\u4e00-\u9fff]/);
  expect(visible.replace(/MatrixDesk|\.mdoffer|GPM|MB|KB/g, '')).not.toMatch(/[A-Za-z]{3,}/);
}

function expectReason(err: ApiError, reason: string, params?: Record<string, unknown>): void {
  expect(err.reason).toBe(reason);
  if (params) expect(err.params).toMatchObject(params);
  expectTranslated(err.reason);
}

describe('offers: every refusal carries a translatable reason', () => {
  it('a due date after the expiry is put on the deliverable’s field, coded, and nothing is stored', async () => {
    const before = snapshotTables(t.backend);
    const err = await t.fail(
      'offers.create',
      offerInput(s, {
        expiresOn: inDays(10),
        deliverables: [
          {
            format: 'video',
            durationBand: '21-60s',
            count: 1,
            dueOn: inDays(12),
            accountId: s.brandAccountId,
          },
        ],
      }),
    );
    expect(err.issues?.[0]).toMatchObject({
      path: ['deliverables', 0, 'dueOn'],
      code: 'field.dueAfterExpiry',
      params: { dueOn: inDays(12), expiresOn: inDays(10) },
    });
    expectTranslated(err.issues?.[0]?.code);
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('names the state and the action of an illegal move as codes', async () => {
    const draft = await t.call('offers.create', offerInput(s));
    const err = await t.fail('offers.accept', { id: draft.id, message: '' });
    expectReason(err, 'offers.illegalAction', { action: 'accept', state: 'draft', side: 'brand' });
  });

  it('an unknown creator, an archived account and an expired draft are coded', async () => {
    expectReason(
      await t.fail('offers.create', offerInput(s, { creatorId: 'missing-creator' })),
      'common.notFound',
    );
    await t.call('accounts.archive', { id: s.salesAccountId });
    expectReason(await t.fail('offers.create', offerInput(s)), 'offers.accountArchived', {
      handle: 'camellia_store',
    });
    const other = await t.call('workspaces.create', { name: '别家', industry: 'beauty_personal_care' });
    expectReason(
      await t.fail('offers.list', { workspaceId: other.id, side: 'creator' }),
      'offers.inboxHasNoWorkspace',
    );
  });

  it('an export before sending and a counter with nothing changed are coded', async () => {
    const draft = await t.call('offers.create', offerInput(s));
    expectReason(await t.fail('offers.exportFile', { id: draft.id }), 'offers.exportDraft');
    expectReason(
      await t.fail('deliverables.setStatus', { id: 'nope', status: 'submitted' }),
      'common.notFound',
    );
  });
});

describe('offer files: a refused file says why in the user’s language', () => {
  const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('keeps the English refusal prefix for API users and adds the precise reason as a code', async () => {
    const before = snapshotTables(t.backend);
    const notJson = await t.fail('offers.importFile', { base64: encode('hello, not json') });
    expect(notJson.message).toMatch(/^Offer file refused \(malformed\)/);
    expectReason(notJson, 'offerFile.notJson', { refusal: 'malformed' });
    expect(notJson.issues?.[0]).toMatchObject({ path: ['base64'], code: 'offerFile.notJson' });

    const newer = await t.fail('offers.importFile', {
      base64: encode(JSON.stringify({ format: OFFER_FILE_FORMAT, formatVersion: 99 })),
    });
    expectReason(newer, 'offerFile.newerVersion', { refusal: 'unsupported_version', version: 99 });

    expectReason(await t.fail('offers.importFile', { base64: '***' }), 'offerFile.notBase64', {
      refusal: 'malformed',
    });
    expect(snapshotTables(t.backend)).toEqual(before);
  });

  it('a creator’s counter with a due date past the offer’s expiry is coded on the field', async () => {
    const creator = await createTestBackend();
    try {
      await setUpCreatorProfile(creator);
      const draft = await t.call('offers.create', offerInput(s));
      await t.call('offers.send', { id: draft.id });
      const file = await t.call('offers.exportFile', { id: draft.id });
      const inbox = (await creator.call('offers.importFile', { base64: file.base64 })).offer;
      const before = snapshotTables(creator.backend);
      const err = await creator.fail('offers.counter', {
        id: inbox.id,
        message: '晚几天可以吗',
        deliverables: inbox.terms.deliverables.map((d, i) => ({
          key: d.key,
          format: d.format,
          durationBand: d.durationBand,
          count: d.count,
          dueOn: i === 0 ? addDays(inbox.terms.expiresOn, 3) : d.dueOn,
        })),
      });
      expectReason(err, 'field.dueAfterExpiry', { expiresOn: inbox.terms.expiresOn });
      expect(err.issues?.[0]?.path).toEqual(['deliverables', 0, 'dueOn']);
      expect(snapshotTables(creator.backend)).toEqual(before);
    } finally {
      creator.close();
    }
  });
});

describe('forecasts: notes as codes', () => {
  it('“planned items not added” comes with its counts as a code beside the English note', async () => {
    const lines = ['date,account,views'];
    for (let i = 0; i < 40; i++)
      lines.push(`${addDays('2025-06-01', i)},camellia_store,${10_000 + (i % 7) * 500}`);
    const preview = await t.call('metrics.importPreview', {
      workspaceId: s.workspaceId,
      fileName: 'daily.csv',
      contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
    });
    await t.call('metrics.importCommit', { sessionId: preview.sessionId });
    await t.call('content.create', {
      workspaceId: s.workspaceId,
      accountId: s.salesAccountId,
      title: '新品种草',
      format: 'short_video',
      objective: 'seed',
      plannedAt: '2025-07-13T20:00:00+08:00',
      tags: [],
    });
    const run = await t.call('forecasts.run', {
      accountId: s.salesAccountId,
      metric: 'views',
      horizon: 7,
      save: false,
    });
    expect(run.parameters.notes.some((n) => n.includes('planned item(s) not added'))).toBe(true);
    const detail = run.parameters.noteDetails?.find((d) => d.code === 'forecasts.plannedNotAdded');
    expect(detail?.params).toMatchObject({ count: 1, posts: 0, needed: 3 });
    expect(run.parameters.noteDetails).toHaveLength(run.parameters.notes.length);
    for (const d of run.parameters.noteDetails ?? []) expectTranslated(d.code);
  });

  it('too little history is a coded note too', async () => {
    const run = await t.call('forecasts.run', { accountId: s.brandAccountId, metric: 'views', horizon: 7 });
    expect(run.insufficientHistory).toBe(true);
    expect(run.parameters.noteDetails?.[0]).toMatchObject({
      code: 'forecasts.shortHistoryDays',
      params: { history: 0, needed: 8 },
    });
    expectTranslated(run.parameters.noteDetails?.[0]?.code);
  });
});

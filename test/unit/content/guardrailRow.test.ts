import { describe, expect, it } from 'vitest';
import { guardrailItemFromRow, type GuardrailItemRow } from '../../../shared/content/guardrailRow';

const row: GuardrailItemRow = {
  id: 'item-1',
  account_id: 'acc-1',
  title: '新品开箱',
  format: 'live',
  objective: 'self_broadcast',
  status: 'scheduled',
  planned_at: '2025-08-06T12:00:00.000Z',
  planned_end_at: '2025-08-06T14:30:00.000Z',
  creator_id: null,
  product_ids_json: '["p-2","p-1"]',
};

describe('guardrailItemFromRow', () => {
  it('maps a stored row to what the guardrails read, links in stored order', () => {
    expect(guardrailItemFromRow(row)).toEqual({
      id: 'item-1',
      accountId: 'acc-1',
      title: '新品开箱',
      format: 'live',
      objective: 'self_broadcast',
      status: 'scheduled',
      startMs: Date.UTC(2025, 7, 6, 12, 0),
      endMs: Date.UTC(2025, 7, 6, 14, 30),
      productIds: ['p-2', 'p-1'],
      hostedByCreator: false,
    });
  });

  it('prefers links a range query already parsed, and reads an empty JSON array as none', () => {
    expect(guardrailItemFromRow({ ...row, product_ids: ['p-9'] }).productIds).toEqual(['p-9']);
    expect(guardrailItemFromRow({ ...row, product_ids_json: '[]' }).productIds).toEqual([]);
  });

  it("marks a creator's deliverable as hosted in the creator's room", () => {
    expect(guardrailItemFromRow({ ...row, creator_id: 'cr-1' }).hostedByCreator).toBe(true);
  });
});

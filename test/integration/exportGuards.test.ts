import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldLine, icsText } from '../../electron/backend/content/export';
import { august, item, setupPlan, type Plan } from './content/setup';

let p: Plan;
beforeEach(async () => {
  p = await setupPlan();
});
afterEach(() => p.t.close());

describe('CSV export guards every text cell against formula injection', () => {
  it('quotes a handle and a SKU that start like a formula, and re-import reads them back', async () => {
    const account = await p.t.call('accounts.create', {
      workspaceId: p.workspaceId,
      role: 'sales',
      handle: '=HYPERLINK("http://evil")',
      displayName: '@lookslikeformula',
    });
    const product = await p.t.call('products.create', {
      workspaceId: p.workspaceId,
      name: '危险商品',
      sku: '-2+3',
      price: 1,
    });
    await p.t.call(
      'content.create',
      item(p, { accountId: account.id, productIds: [product.id], title: '=cmd', owner: '+86 138' }),
    );
    const file = await p.t.call('content.exportCsv', august(p));
    const rows = Papa.parse<string[]>(file.content.slice(1).trim(), { skipEmptyLines: true }).data;
    const row = rows.find((r) => r[1]?.includes('HYPERLINK'));
    expect(row?.[1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row?.[2]).toBe("'@lookslikeformula");
    expect(row?.[3]).toBe("'=cmd");
    expect(row?.[10]).toBe("'-2+3");
    expect(row?.[12]).toBe("'+86 138");
    for (const cells of rows.slice(1)) {
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }

    const preview = await p.t.call('content.importPreview', {
      workspaceId: p.workspaceId,
      fileName: file.fileName,
      base64: file.base64,
    });
    const json = JSON.stringify(preview);
    expect(json).not.toContain('row.accountUnknown');
    expect(json).not.toContain(`'=HYPERLINK`);
  });
});

describe('.ics export escapes line breaks and folds long lines (RFC 5545)', () => {
  it('turns a lone CR, a LF and a CRLF in a title into \\n, so no property can be injected', async () => {
    await p.t.call('content.create', item(p, { title: 'A\rATTENDEE:mailto:x@evil\nB\r\nC', brief: 'x\ry' }));
    const file = await p.t.call('content.exportIcs', august(p));
    const unfolded = file.content.replace(/\r\n /g, '');
    const lines = unfolded.split('\r\n');
    expect(lines.some((l) => l.startsWith('ATTENDEE'))).toBe(false);
    expect(file.content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const summary = lines.find((l) => l.startsWith('SUMMARY:'));
    expect(summary).toContain('A\\nATTENDEE:mailto:x@evil\\nB\\nC');
    for (const line of file.content.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('escapes each break kind once and keeps backslash, comma and semicolon escapes', () => {
    expect(icsText('a\r\nb\nc\rd')).toBe('a\\nb\\nc\\nd');
    expect(icsText('a\\b,c;d')).toBe('a\\\\b\\,c\\;d');
  });

  it('folds at 75 octets without splitting a Chinese character', () => {
    const folded = foldLine(`SUMMARY:${'青柠'.repeat(40)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.map((x, i) => (i === 0 ? x : x.slice(1))).join('')).toBe(`SUMMARY:${'青柠'.repeat(40)}`);
  });
});

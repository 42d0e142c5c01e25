import { describe, expect, it } from 'vitest';
import { previewCanCommit } from '../../../renderer/src/lib/import/previewCanCommit';

describe('previewCanCommit (the import modals’ commit button)', () => {
  it('stays off until a preview is there', () => {
    expect(previewCanCommit(null, false)).toBe(false);
    expect(previewCanCommit(null, true)).toBe(false);
  });

  it('commits a clean preview with rows to write', () => {
    expect(previewCanCommit({ validRows: 3, errorRows: 0 }, false)).toBe(true);
  });

  it('refuses a preview with no valid row, even when the rows with problems are left out', () => {
    expect(previewCanCommit({ validRows: 0, errorRows: 0 }, false)).toBe(false);
    expect(previewCanCommit({ validRows: 0, errorRows: 4 }, true)).toBe(false);
  });

  it('commits rows with problems only once the user chose to leave them out', () => {
    expect(previewCanCommit({ validRows: 3, errorRows: 1 }, false)).toBe(false);
    expect(previewCanCommit({ validRows: 3, errorRows: 1 }, true)).toBe(true);
  });
});

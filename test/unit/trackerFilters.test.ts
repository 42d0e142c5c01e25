import { describe, expect, it } from 'vitest';
import { dueBounds } from '../../shared/domain/trackerFilters';

/** The tracker's due windows as due dates (the reminders' deadlines: a due day lasts until it ends). */
describe('dueBounds', () => {
  const today = '2026-02-26';
  it('turns each window into due dates from today, open deliverables only', () => {
    expect(dueBounds({}, today)).toEqual({ from: null, to: null, before: null, open: false });
    expect(dueBounds({ due: 'overdue' }, today)).toEqual({ from: null, to: null, before: today, open: true });
    expect(dueBounds({ due: 'within24h' }, today)).toEqual({
      from: today,
      to: today,
      before: null,
      open: true,
    });
    // Seven days: today and the six after, across a month end.
    expect(dueBounds({ due: 'within7d' }, today)).toEqual({
      from: today,
      to: '2026-03-04',
      before: null,
      open: true,
    });
  });

  it('narrows explicit dates by the window: the later start and the earlier end win', () => {
    expect(dueBounds({ due: 'within7d', from: '2026-03-01', to: '2026-04-01' }, today)).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-04',
    });
    expect(dueBounds({ due: 'within24h', from: '2026-01-01', to: '2026-12-31' }, today)).toMatchObject({
      from: today,
      to: today,
    });
    expect(dueBounds({ due: 'overdue', from: '2026-01-01' }, today)).toMatchObject({
      from: '2026-01-01',
      before: today,
    });
  });
});

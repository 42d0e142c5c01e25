import { expect, it } from 'vitest';
import { emptyBackendEachTest } from '../support/eachTest';

const t = emptyBackendEachTest();

it('remembers language and last workspace, rejecting unknown languages', async () => {
  expect(await t.call('settings.get', {})).toEqual({ language: null, lastWorkspaceId: null });
  await t.call('settings.update', { language: 'en' });
  await t.call('settings.update', { lastWorkspaceId: 'w1' });
  expect(await t.call('settings.get', {})).toEqual({ language: 'en', lastWorkspaceId: 'w1' });
  const err = await t.fail('settings.update', { language: 'fr' });
  expect(err.issues?.[0]?.path).toEqual(['language']);
  expect((await t.call('settings.get', {})).language).toBe('en');
});

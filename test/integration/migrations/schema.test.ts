import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../electron/backend/db/migrations';
import { dbAt, schemaText } from '../../support/migrations';

/**
 * The schema every migration produces, kept as a file beside this test. A change to the schema that comes
 * without a new migration (an edited shipped migration) changes the text under the same version and fails
 * here; a new migration changes the version line too, so its author reviews and updates the file
 * (`npx vitest run test/integration/migrations/schema.test.ts -u`).
 */
describe('schema snapshot', () => {
  it('matches the schema recorded for the latest migration', async () => {
    const db = dbAt(latestVersion);
    await expect(schemaText(db)).toMatchFileSnapshot('./schema.snapshot.sql');
    db.close();
  });
});

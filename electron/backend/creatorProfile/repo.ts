import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { CreatorProfile, CreatorProfileFields } from '../../../shared/domain/creator';
import {
  profileInsertColumns,
  profileInsertValues,
  profileParams,
  profileUpdateAssignments,
  toProfile,
  type ProfileRow,
} from '../creators/profileColumns';

/** Creator mode's own profile: one row (id 1) per installation. */
export function findOwnProfile(db: Db): CreatorProfile | null {
  const row = prepared<[], ProfileRow>(db, 'SELECT * FROM creator_profile WHERE id = 1').get();
  return row ? toProfile(row) : null;
}

export function saveOwnProfile(db: Db, fields: CreatorProfileFields, at: string): void {
  prepared(
    db,
    `INSERT INTO creator_profile (id, ${profileInsertColumns}, created_at, updated_at)
     VALUES (1, ${profileInsertValues}, @at, @at)
     ON CONFLICT (id) DO UPDATE SET ${profileUpdateAssignments}, updated_at = @at`,
  ).run({ at, ...profileParams(fields) });
}

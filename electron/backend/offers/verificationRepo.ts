import type { Db } from '../db/types';
import type { KeyVerificationState } from '../../../shared/offerFile/verificationCode';
import { prepared } from '../paging/statements';

/** SQL of first-contact verification (migration 0090): the offer's trust state and its held file. */

export function keyVerificationOf(db: Db, offerId: string): KeyVerificationState {
  const row = prepared<[string], { key_verification: KeyVerificationState }>(
    db,
    'SELECT key_verification FROM offers WHERE id = ?',
  ).get(offerId);
  return row?.key_verification ?? 'none';
}

export function setKeyVerification(db: Db, offerId: string, state: KeyVerificationState): void {
  prepared(db, 'UPDATE offers SET key_verification = ? WHERE id = ?').run(state, offerId);
}

export interface PendingFileRow {
  offer_id: string;
  sender_key: string;
  file_json: string;
  received_at: string;
}

export function findPendingFile(db: Db, offerId: string): PendingFileRow | undefined {
  return prepared<[string], PendingFileRow>(db, 'SELECT * FROM offer_pending_files WHERE offer_id = ?').get(
    offerId,
  );
}

export function insertPendingFile(db: Db, row: PendingFileRow): void {
  prepared<[PendingFileRow]>(
    db,
    `INSERT INTO offer_pending_files (offer_id, sender_key, file_json, received_at)
     VALUES (@offer_id, @sender_key, @file_json, @received_at)`,
  ).run(row);
}

export function deletePendingFile(db: Db, offerId: string): void {
  prepared(db, 'DELETE FROM offer_pending_files WHERE offer_id = ?').run(offerId);
}

export function deleteOfferRow(db: Db, offerId: string): void {
  prepared(db, 'DELETE FROM offers WHERE id = ?').run(offerId);
}

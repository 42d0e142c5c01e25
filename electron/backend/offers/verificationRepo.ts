import type { Db } from '../db/types';
import type { KeyVerificationState } from '../../../shared/offerFile/verificationCode';

/** SQL of first-contact verification (migration 0090): the offer's trust state and its held file. */

export function keyVerificationOf(db: Db, offerId: string): KeyVerificationState {
  const row = db
    .prepare<[string], { key_verification: KeyVerificationState }>(
      'SELECT key_verification FROM offers WHERE id = ?',
    )
    .get(offerId);
  return row?.key_verification ?? 'none';
}

export function setKeyVerification(db: Db, offerId: string, state: KeyVerificationState): void {
  db.prepare('UPDATE offers SET key_verification = ? WHERE id = ?').run(state, offerId);
}

export interface PendingFileRow {
  offer_id: string;
  sender_key: string;
  file_json: string;
  received_at: string;
}

export function findPendingFile(db: Db, offerId: string): PendingFileRow | undefined {
  return db
    .prepare<[string], PendingFileRow>('SELECT * FROM offer_pending_files WHERE offer_id = ?')
    .get(offerId);
}

export function insertPendingFile(db: Db, row: PendingFileRow): void {
  db.prepare(
    `INSERT INTO offer_pending_files (offer_id, sender_key, file_json, received_at)
     VALUES (@offer_id, @sender_key, @file_json, @received_at)`,
  ).run(row);
}

export function deletePendingFile(db: Db, offerId: string): void {
  db.prepare('DELETE FROM offer_pending_files WHERE offer_id = ?').run(offerId);
}

export function deleteOfferRow(db: Db, offerId: string): void {
  db.prepare('DELETE FROM offers WHERE id = ?').run(offerId);
}

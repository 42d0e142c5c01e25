import { z } from 'zod';
import { defineMethods } from './define';

/** Why a backup was made: shown in the list so users can tell the automatic ones from their own. */
export const backupReasonSchema = z.enum([
  'manual',
  'daily',
  'before_migration',
  'before_restore',
  'before_replace',
]);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const backupInfoSchema = z.object({
  /** The file name without `.db`; what restore takes. */
  id: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  reason: backupReasonSchema,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

const backupIdSchema = z
  .string()
  .min(1, 'Required')
  .max(140)
  .regex(/^matrixdesk-[A-Za-z0-9-]+$/, 'Not a backup id');

/** The outcome of a full integrity check (at a start after an unclean shutdown, in the background, on demand). */
export const integrityReportSchema = z.object({
  ok: z.boolean(),
  problems: z.array(z.string()),
  checkedAt: z.string(),
  trigger: z.enum(['startup', 'background', 'on_demand']),
});
export type IntegrityReport = z.infer<typeof integrityReportSchema>;

/** What is wrong with the database when the app starts in recovery mode. */
export const databaseProblemKindSchema = z.enum(['damaged', 'newer', 'read_only', 'empty', 'bad_version']);

export const recoveryStatusSchema = z.object({
  mode: z.enum(['normal', 'recovery']),
  /** Set in recovery mode. */
  problem: z
    .object({
      kind: databaseProblemKindSchema,
      /** The database file, so the user knows which file is meant. */
      path: z.string(),
      detail: z.string(),
    })
    .nullable(),
  dataDir: z.string(),
  backupsDir: z.string(),
  backups: z.array(backupInfoSchema),
  /** Desktop app only: whether "Open data folder" is available. */
  canOpenFolder: z.boolean(),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

const empty = z.object({}).strict().default({});

export const backupsContract = defineMethods({
  'backups.list': {
    input: empty,
    output: z.object({
      dataDir: z.string(),
      backupsDir: z.string(),
      /** Bounded by the retention rule (3 + 7 daily + 4 weekly at most), so not paged. */
      items: z.array(backupInfoSchema),
      lastCheck: integrityReportSchema.nullable(),
      canOpenFolder: z.boolean(),
    }),
  },
  'backups.create': { input: empty, output: backupInfoSchema },
  /** Backs up the current state first, then reopens the app on the chosen backup. */
  'backups.restore': {
    input: z.strictObject({ id: backupIdSchema }),
    output: z.object({ restored: backupInfoSchema, safetyBackup: backupInfoSchema }),
  },
  'backups.openFolder': { input: empty, output: z.object({ opened: z.boolean() }) },
  'recovery.status': { input: empty, output: recoveryStatusSchema },
  /** Recovery screen: move the bad file aside (never deleted), put the backup in its place, reopen. */
  'recovery.restore': {
    input: z.strictObject({ id: backupIdSchema }),
    output: z.object({ restored: backupInfoSchema, movedAsideTo: z.string().nullable() }),
  },
  /** Recovery screen: move the bad file aside (never deleted) and start on a new, empty database. */
  'recovery.startFresh': { input: empty, output: z.object({ movedAsideTo: z.string().nullable() }) },
  /** Recovery screen: try opening again after the cause was fixed outside the app (e.g. permissions). */
  'recovery.retry': { input: empty, output: recoveryStatusSchema },
  /** The full integrity check, on demand (seconds on a large database). */
  'recovery.check': { input: empty, output: integrityReportSchema },
});

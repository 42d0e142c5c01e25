/**
 * Why a database could not be opened. Each kind has its own advice on the recovery screen; none of them
 * is ever "repaired" in place: the file is left byte-for-byte as found.
 */
export type DatabaseProblemKind = 'damaged' | 'newer' | 'read_only' | 'empty' | 'bad_version';

export class DatabaseProblemError extends Error {
  constructor(
    readonly kind: DatabaseProblemKind,
    readonly path: string,
    readonly detail: string,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseProblemError';
  }
}

/** The file was written by a newer MatrixDesk; we refuse it rather than risk damaging the user's data. */
export class DatabaseTooNewError extends DatabaseProblemError {
  constructor(
    path: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      'newer',
      path,
      `schema ${fileVersion} > ${supportedVersion}`,
      `The database at ${path} was written by a newer version of MatrixDesk (schema ${fileVersion}; this version supports up to ${supportedVersion}). Update MatrixDesk to open it. The file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The file is not a readable SQLite database or fails its integrity check; it is left exactly as found. */
export class DatabaseCorruptError extends DatabaseProblemError {
  constructor(path: string, detail: string) {
    super(
      'damaged',
      path,
      detail,
      `The database at ${path} is damaged and cannot be opened (${detail}). It was left untouched; restore a backup from the backups folder beside it or move the file away to start fresh.`,
    );
    this.name = 'DatabaseCorruptError';
  }
}

/**
 * The file or its folder cannot be written. Reported as such — never as damage — because the data is
 * probably fine and "move the file away" would be the wrong advice.
 */
export class DatabaseReadOnlyError extends DatabaseProblemError {
  constructor(path: string, detail: string) {
    super(
      'read_only',
      path,
      detail,
      `The database at ${path} is read-only (${detail}). MatrixDesk needs to write to it and to its folder; the file itself was not changed. Give your account write access, or copy the folder somewhere writable.`,
    );
    this.name = 'DatabaseReadOnlyError';
  }
}

/** A 0-byte file: SQLite would silently treat it as a new database, which would hide lost data. */
export class DatabaseEmptyError extends DatabaseProblemError {
  constructor(path: string) {
    super(
      'empty',
      path,
      '0 bytes',
      `The database at ${path} is an empty (0-byte) file: its data is missing. It was left as found; restore a backup or start fresh (the empty file is moved aside).`,
    );
    this.name = 'DatabaseEmptyError';
  }
}

/** user_version below zero: no MatrixDesk wrote this, so it is not ours to migrate. */
export class DatabaseBadVersionError extends DatabaseProblemError {
  constructor(path: string, version: number) {
    super(
      'bad_version',
      path,
      `user_version ${version}`,
      `The database at ${path} has an invalid schema version (${version}); it was not written by MatrixDesk or was tampered with. It was left as found.`,
    );
    this.name = 'DatabaseBadVersionError';
  }
}

/** Another MatrixDesk process already uses this data folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is already in use by another MatrixDesk (process ${pid}). Close it first, or start this one with another --data-dir.`,
    );
    this.name = 'DataDirLockedError';
  }
}

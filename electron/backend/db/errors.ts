/** The file was written by a newer MatrixDesk; we refuse it rather than risk damaging the user's data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The database at ${path} was written by a newer version of MatrixDesk (schema ${fileVersion}; this version supports up to ${supportedVersion}). Update MatrixDesk to open it. The file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The file is not a readable SQLite database or fails integrity_check; it is left exactly as found. */
export class DatabaseCorruptError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(
      `The database at ${path} is damaged and cannot be opened (${detail}). It was left untouched; restore a backup from the backups folder beside it or move the file away to start fresh.`,
    );
    this.name = 'DatabaseCorruptError';
  }
}

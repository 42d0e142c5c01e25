/**
 * A job-based importer's preview may be committed: it has rows to write, and its rows with problems are
 * fixed or left out (the backend's commit gate refuses the rest; the button says so before the click).
 */
export function previewCanCommit(
  preview: { validRows: number; errorRows: number } | null,
  skipInvalid: boolean,
): boolean {
  return preview !== null && preview.validRows > 0 && (preview.errorRows === 0 || skipInvalid);
}

/** The content plan import: preview (what the file would do) and commit (do it, all or nothing). */
export { previewImport } from './preview';
export { commitImport } from './commit';

/**
 * The `t` of a feature whose namespace holds the job-based importers' `import.*` texts (live sessions,
 * performance metrics): the shared import pieces read their labels through it, in the feature's words.
 */
export interface ImportTexts {
  (
    key:
      | 'import.row'
      | 'import.column'
      | 'import.value'
      | 'import.problem'
      | 'import.action'
      | 'import.mapping'
      | 'import.mappingHelp'
      | 'import.notMapped'
      | 'import.ignored'
      | 'import.title'
      | 'import.stepDone'
      | `import.actions.${PreviewAction}`,
  ): string;
  (key: 'import.skipInvalid' | 'import.commit', options: { count: number }): string;
  (
    key: 'import.summary',
    options: { valid: number; errors: number; inserts: number; updates: number },
  ): string;
}

/** What a commit would do with a previewed row: add it, update a stored one, or leave it out. */
export type PreviewAction = 'insert' | 'update' | 'error';

import type { Rule } from 'antd/es/form';
import i18n from 'i18next';
import type { z } from 'zod';
import { codedIssue, type ZodIssueLike } from '../../../shared/api/issueCodes';
import { codeText } from './i18nKeys';

/**
 * An antd Form rule that runs one field's zod schema, so forms and the backend share one set of rules.
 * The message is the issue's code in the UI language (`errors:field.*`), never zod's or the schema's English.
 */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value);
      if (result.success) return;
      throw new Error(issueMessage(result.error.issues[0] as ZodIssueLike | undefined));
    },
  };
}

/** One zod issue as the user reads it. */
export function issueMessage(issue: ZodIssueLike | undefined): string {
  if (!issue) return i18n.t('errors:field.invalid');
  const { code, params } = codedIssue(issue);
  return codeText('errors', code, { ...params, defaultValue: i18n.t('errors:field.invalid') });
}

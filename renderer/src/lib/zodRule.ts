import type { Rule } from 'antd/es/form';
import type { z } from 'zod';

/** An antd Form rule that runs one field's zod schema, so forms and the backend share one set of rules. */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'Invalid');
    },
  };
}

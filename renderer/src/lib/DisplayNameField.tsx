import { Form, Input } from 'antd';
import type { z } from 'zod';
import { zodRule } from './zodRule';

/**
 * The required display name (昵称) of an account or a creator: both forms store it as `displayName`,
 * at most 40 characters (`nameSchema(40)` in shared/domain), checked by that form's own schema.
 */
export function DisplayNameField({ label, schema }: { label: string; schema: z.ZodType }) {
  return (
    <Form.Item name="displayName" label={label} rules={[zodRule(schema)]} required>
      <Input maxLength={40} />
    </Form.Item>
  );
}

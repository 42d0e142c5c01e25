import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Space } from 'antd';
import type { ReactNode } from 'react';

/**
 * An audience breakdown as rows of (what, share %): each row with its delete button, an add button below.
 * The audience's interests (a tag) and regions (a name) are both kept this way.
 */
export function ShareRows({
  name,
  keyField,
  keyInput,
  percentLabel,
  deleteLabel,
  addLabel,
}: {
  /** Where the rows live in the form (`['audience', 'regions']`). */
  name: (string | number)[];
  /** The row's field naming what the share is of (`tag`, `name`). */
  keyField: string;
  /** The input for that field, 70% wide; `index` is the row's 0-based position. */
  keyInput(index: number): ReactNode;
  /** The share input's accessible name, when the row's own label does not give it one. */
  percentLabel?: (index: number) => string;
  deleteLabel: string;
  addLabel: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Space.Compact key={field.key} block style={{ marginBottom: 8 }}>
              <Form.Item name={[field.name, keyField]} noStyle>
                {keyInput(i)}
              </Form.Item>
              <Form.Item name={[field.name, 'percent']} noStyle>
                <InputNumber
                  min={0}
                  max={100}
                  precision={2}
                  suffix="%"
                  aria-label={percentLabel?.(i)}
                  style={{ width: '30%' }}
                />
              </Form.Item>
              <Button aria-label={deleteLabel} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
            </Space.Compact>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

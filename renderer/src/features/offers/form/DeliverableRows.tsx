import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { deliverableFormats, durationBands } from '../../../../../shared/domain/offerTerms';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/**
 * The deliverable lines of the offer form and of the creator's counter (one component, issue 12): format,
 * duration band (videos only), count and due date; the brand also picks the supporting account and may
 * add lines, while a counter shows each line's label and can only change or drop lines.
 */
export function DeliverableRows({
  form,
  variant,
  accountOptions = [],
}: {
  form: FormInstance;
  variant: 'offer' | 'counter';
  /** The brand's accounts (offer form only). */
  accountOptions?: { value: string; label: string }[];
}) {
  const { t } = useTranslation('offers');
  const offer = variant === 'offer';
  // Column widths: the offer form has an account column, the counter a wider date.
  const span = offer
    ? { format: 5, band: 4, count: 3, due: 5, remove: 1 }
    : { format: 6, band: 5, count: 4, due: 7, remove: 2 };
  return (
    <Form.List name="deliverables">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} style={offer ? undefined : { marginTop: 8 }}>
          {fields.map((field, i) => (
            <Card
              size="small"
              key={field.key}
              data-testid={offer ? 'deliverable-row' : 'counter-deliverable'}
            >
              {/* The line's key travels with it, so a change shows as a change, not a swap. */}
              <Form.Item name={[field.name, 'key']} hidden>
                <Input />
              </Form.Item>
              {!offer && (
                <Typography.Text type="secondary">
                  {form.getFieldValue(['deliverables', field.name, 'label'])}
                </Typography.Text>
              )}
              <Row gutter={8} align="bottom">
                <Col span={span.format}>
                  <Form.Item
                    name={[field.name, 'format']}
                    label={t('fields.format')}
                    style={{ marginBottom: 0 }}
                  >
                    <Select
                      aria-label={`${t('fields.format')} ${i + 1}`}
                      options={deliverableFormats.map((x) => ({ value: x, label: t(`format.${x}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={span.band}>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['deliverables', field.name, 'format']) === 'video' ? (
                        <Form.Item
                          name={[field.name, 'durationBand']}
                          label={t('fields.durationBand')}
                          rules={offer ? [{ required: true, message: t('required') }] : []}
                          style={{ marginBottom: 0 }}
                        >
                          <Select
                            aria-label={`${t('fields.durationBand')} ${i + 1}`}
                            options={durationBands.map((b) => ({ value: b, label: t(`band.${b}`) }))}
                          />
                        </Form.Item>
                      ) : (
                        <div />
                      )
                    }
                  </Form.Item>
                </Col>
                <Col span={span.count}>
                  <Form.Item
                    name={[field.name, 'count']}
                    label={t('fields.count')}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber
                      aria-label={`${t('fields.count')} ${i + 1}`}
                      min={1}
                      max={100}
                      precision={0}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col span={span.due}>
                  <Form.Item
                    name={[field.name, 'dueOn']}
                    label={t('fields.dueOn')}
                    dependencies={offer ? ['expiresOn'] : []}
                    style={{ marginBottom: 0 }}
                    rules={[
                      { required: true, message: t('required') },
                      ...(offer
                        ? [
                            {
                              validator: async (_r: unknown, due: Dayjs | null) => {
                                const expires = form.getFieldValue('expiresOn') as Dayjs | null;
                                if (due && expires && day(due) > day(expires)) {
                                  throw new Error(t('dueAfterExpiry', { date: day(expires) }));
                                }
                              },
                            },
                          ]
                        : []),
                    ]}
                  >
                    <DatePicker aria-label={`${t('fields.dueOn')} ${i + 1}`} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                {offer && (
                  <Col span={6}>
                    <Form.Item
                      name={[field.name, 'accountId']}
                      label={t('fields.account')}
                      rules={[{ required: true, message: t('required') }]}
                      style={{ marginBottom: 0 }}
                    >
                      <Select aria-label={`${t('fields.account')} ${i + 1}`} options={accountOptions} />
                    </Form.Item>
                  </Col>
                )}
                <Col span={span.remove}>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      aria-label={t('counter.remove')}
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Col>
              </Row>
            </Card>
          ))}
          {offer && (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() =>
                add({ format: 'video', durationBand: '21-60s', count: 1, dueOn: dayjs().add(14, 'day') })
              }
            >
              {t('addDeliverable')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

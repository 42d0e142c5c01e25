import { Col, DatePicker, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { zodRule } from '../../../lib/zodRule';

type MoneyTermsShape = Record<'feeYuan' | 'commissionPct' | 'usageRightsDays' | 'exclusivityDays', z.ZodType>;

/**
 * The money and rights terms shared by the offer form and the counter: fee, commission, usage rights
 * and exclusivity; the brand's form also sets the expiry date (between commission and rights).
 */
export function TermsFields({
  shape,
  span,
  withExpiry = false,
  feeRequired = false,
}: {
  shape: MoneyTermsShape;
  span: number;
  withExpiry?: boolean;
  feeRequired?: boolean;
}) {
  const { t } = useTranslation('offers');
  return (
    <Row gutter={12}>
      <Col span={span}>
        <Form.Item
          name="feeYuan"
          label={t('fields.fee')}
          rules={[
            ...(feeRequired ? [{ required: true, message: t('required') }] : []),
            zodRule(shape.feeYuan),
          ]}
        >
          <InputNumber style={{ width: '100%' }} precision={2} prefix="¥" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item
          name="commissionPct"
          label={t('fields.commissionPct')}
          rules={[zodRule(shape.commissionPct)]}
        >
          <InputNumber style={{ width: '100%' }} precision={2} suffix="%" />
        </Form.Item>
      </Col>
      {withExpiry && (
        <Col span={span}>
          <Form.Item
            name="expiresOn"
            label={t('fields.expiresOn')}
            rules={[{ required: true, message: t('required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      <Col span={span}>
        <Form.Item
          name="usageRightsDays"
          label={t('fields.usageRightsDays')}
          rules={[zodRule(shape.usageRightsDays)]}
        >
          <InputNumber style={{ width: '100%' }} precision={0} />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item
          name="exclusivityDays"
          label={t('fields.exclusivityDays')}
          rules={[zodRule(shape.exclusivityDays)]}
        >
          <InputNumber style={{ width: '100%' }} precision={0} />
        </Form.Item>
      </Col>
    </Row>
  );
}

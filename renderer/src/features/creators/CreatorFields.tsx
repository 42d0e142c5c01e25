import { Alert, Col, Divider, Flex, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { platforms } from '../../../../shared/domain/account';
import { creatorProfileFieldsSchema, rateCardKeys, rateCardSchema } from '../../../../shared/domain/creator';
import { ageBrackets, SHARE_SUM_TOLERANCE } from '../../../../shared/interest/audience';
import { zodRule } from '../../lib/zodRule';
import { DisplayNameField } from '../../lib/DisplayNameField';
import { useInterestOptions } from '../../lib/interestOptions';
import { ShareRows } from './ShareRows';
import type { CreatorFormValues } from './creatorForm';

const shape = creatorProfileFieldsSchema.shape;
const cardShape = rateCardSchema.shape;

function SumHint({ values }: { values: (number | null | undefined)[] }) {
  const { t } = useTranslation('creators');
  const total = Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 100) / 100;
  const ok = Math.abs(total - 100) <= SHARE_SUM_TOLERANCE * 100;
  return (
    <Typography.Text type={ok ? 'secondary' : 'danger'} data-testid="share-sum">
      {t('audience.sum', { value: total })}
    </Typography.Text>
  );
}

/**
 * The creator's fields inside a parent antd Form (drawer in brand mode, profile page in creator mode), under
 * the audience problem the form found on save (shares that do not add up), if any.
 */
export function CreatorFields({
  form,
  problem,
}: {
  form: FormInstance<CreatorFormValues>;
  problem: string | null;
}) {
  const { t } = useTranslation(['creators', 'common']);
  const hasAudience = Form.useWatch('hasAudience', form) ?? false;
  const interests = Form.useWatch(['audience', 'interests'], form) ?? [];
  const female = Form.useWatch(['audience', 'female'], form);
  const male = Form.useWatch(['audience', 'male'], form);
  const ages = Form.useWatch(['audience', 'ages'], form) ?? {};

  const interestOptions = useInterestOptions();

  return (
    <>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem}
          style={{ marginBottom: 12 }}
          data-testid="audience-problem"
        />
      )}
      <Row gutter={12}>
        <Col span={12}>
          <DisplayNameField label={t('fields.displayName')} schema={shape.displayName} />
        </Col>
        <Col span={12}>
          <Form.Item name="platform" label={t('fields.platform')}>
            <Select options={platforms.map((p) => ({ value: p, label: t(`common:platform.${p}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="handle" label={t('fields.handle')} rules={[zodRule(shape.handle)]} required>
            <Input prefix="@" maxLength={41} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="followers" label={t('fields.followers')} rules={[zodRule(shape.followers)]}>
            <InputNumber style={{ width: '100%' }} min={0} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="categories" label={t('fields.categories')}>
        <Select mode="multiple" options={interestOptions.categories} optionFilterProp="label" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="engagementRatePct"
            label={t('fields.engagementRatePct')}
            tooltip={t('hints.engagementRate')}
            rules={[zodRule(shape.engagementRatePct)]}
          >
            <InputNumber style={{ width: '100%' }} precision={2} suffix="%" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="medianViews"
            label={t('fields.medianViews')}
            tooltip={t('hints.medianViews')}
            rules={[zodRule(shape.medianViews)]}
          >
            <InputNumber style={{ width: '100%' }} precision={0} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="avgGpm"
            label={t('fields.avgGpm')}
            tooltip={t('hints.gpm')}
            rules={[zodRule(shape.avgGpm)]}
          >
            <InputNumber style={{ width: '100%' }} precision={2} prefix="¥" />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('fields.rateCard')}</Divider>
      <Row gutter={12}>
        {rateCardKeys.map((key) => (
          <Col span={12} key={key}>
            <Form.Item
              name={['rateCard', key]}
              label={t(`rateCard.${key}`)}
              rules={[zodRule(cardShape[key])]}
            >
              <InputNumber style={{ width: '100%' }} precision={2} prefix="¥" />
            </Form.Item>
          </Col>
        ))}
        <Col span={12}>
          <Form.Item
            name={['rateCard', 'commissionPct']}
            label={t('rateCard.commissionPct')}
            tooltip={t('hints.commission')}
            rules={[zodRule(cardShape.commissionPct)]}
          >
            <InputNumber style={{ width: '100%' }} precision={2} suffix="%" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="contact" label={t('fields.contact')} rules={[zodRule(shape.contact)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="notes" label={t('fields.notes')} rules={[zodRule(shape.notes)]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Divider titlePlacement="start">{t('fields.audience')}</Divider>
      <Form.Item name="hasAudience" label={t('audience.enable')} valuePropName="checked">
        <Switch aria-label={t('audience.enable')} />
      </Form.Item>
      {hasAudience && (
        <Flex vertical gap={4} data-testid="audience-fields">
          <Typography.Text type="secondary">{t('audience.sumHint')}</Typography.Text>
          <Flex justify="space-between">
            <Typography.Text strong>{t('audience.interests')}</Typography.Text>
            <SumHint values={interests.map((r: { percent?: number | null } | undefined) => r?.percent)} />
          </Flex>
          <ShareRows
            name={['audience', 'interests']}
            keyField="tag"
            keyInput={(i) => (
              <Select
                showSearch
                optionFilterProp="label"
                options={interestOptions.tags}
                placeholder={t('audience.tag')}
                aria-label={`${t('audience.tag')} ${i + 1}`}
                style={{ width: '70%' }}
              />
            )}
            percentLabel={(i) => `${t('audience.share')} ${i + 1}`}
            deleteLabel={t('actions.delete')}
            addLabel={t('audience.addInterest')}
          />
          <Flex justify="space-between" style={{ marginTop: 12 }}>
            <Typography.Text strong>{t('audience.gender')}</Typography.Text>
            <SumHint values={[female, male]} />
          </Flex>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name={['audience', 'female']} label={t('audience.female')}>
                <InputNumber style={{ width: '100%' }} min={0} max={100} precision={2} suffix="%" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={['audience', 'male']} label={t('audience.male')}>
                <InputNumber style={{ width: '100%' }} min={0} max={100} precision={2} suffix="%" />
              </Form.Item>
            </Col>
          </Row>
          <Flex justify="space-between">
            <Typography.Text strong>{t('audience.ages')}</Typography.Text>
            <SumHint values={ageBrackets.map((b) => (ages as Record<string, number | null>)[b])} />
          </Flex>
          <Row gutter={8}>
            {ageBrackets.map((b) => (
              <Col flex="1" key={b}>
                <Form.Item name={['audience', 'ages', b]} label={b}>
                  <InputNumber style={{ width: '100%' }} min={0} max={100} precision={2} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Typography.Text strong>{t('audience.regions')}</Typography.Text>
          <ShareRows
            name={['audience', 'regions']}
            keyField="name"
            keyInput={() => (
              <Input placeholder={t('audience.region')} style={{ width: '70%' }} maxLength={40} />
            )}
            deleteLabel={t('actions.delete')}
            addLabel={t('audience.addRegion')}
          />
        </Flex>
      )}
    </>
  );
}

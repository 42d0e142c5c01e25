import { RetweetOutlined } from '@ant-design/icons';
import {
  Alert,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../../shared/content/model';
import { MAX_OCCURRENCES, weekdayOf, weekdays, type Weekday } from '../../../../shared/content/recurrence';
import type { ContentSeries, RepeatRuleInput } from '../../../../shared/content/series';
import { useContentSeries } from './seriesQueries';

type Preset = 'daily' | 'weekdays' | 'weekly' | 'everyN';
const presets: Preset[] = ['daily', 'weekdays', 'weekly', 'everyN'];
const workWeek: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/** The drawer form's `repeat` group. */
export interface RepeatFormValues {
  enabled: boolean;
  preset: Preset;
  byDay: Weekday[];
  interval: number | null;
  end: 'count' | 'until';
  count: number | null;
  until: Dayjs | null;
}

function pickerWeekday(value: Dayjs | undefined): Weekday {
  const d = value ?? dayjs();
  return weekdayOf({ year: d.year(), month: d.month() + 1, day: d.date() });
}

function formValuesOf(series: ContentSeries): RepeatFormValues {
  const r = series.repeat;
  const preset: Preset =
    r.freq === 'daily'
      ? r.interval === 1
        ? 'daily'
        : 'everyN'
      : r.byDay.join() === workWeek.join()
        ? 'weekdays'
        : 'weekly';
  return {
    enabled: false,
    preset,
    byDay: r.byDay,
    interval: r.interval,
    end: r.count !== null ? 'count' : 'until',
    count: r.count,
    until: r.until ? dayjs(r.until) : null,
  };
}

/** The form's repeat group as the API's rule, or null when repeat is off. */
export function readRepeat(form: FormInstance): RepeatRuleInput | null {
  const v = form.getFieldValue('repeat') as RepeatFormValues | undefined;
  if (!v?.enabled) return null;
  const end =
    v.end === 'count'
      ? { count: v.count ?? null, until: null }
      : { count: null, until: v.until ? v.until.format('YYYY-MM-DD') : null };
  switch (v.preset) {
    case 'daily':
      return { freq: 'daily', interval: 1, ...end };
    case 'everyN':
      return { freq: 'daily', interval: v.interval ?? 1, ...end };
    case 'weekdays':
      return { freq: 'weekly', byDay: workWeek, ...end };
    case 'weekly':
      return { freq: 'weekly', byDay: v.byDay, ...end };
  }
}

/** "每周 周二、周四 · 共 6 次" */
export function useRuleSummary() {
  const { t, i18n } = useTranslation('contentSeries');
  return (series: ContentSeries) => {
    const r = series.repeat;
    const days = r.byDay.map((d) => t(`weekday.${d}`)).join(i18n.language === 'en' ? ', ' : '、');
    const every =
      r.freq === 'daily'
        ? r.interval === 1
          ? t('summary.daily')
          : t('summary.everyN', { interval: r.interval })
        : r.interval === 1
          ? t('summary.weekly', { days })
          : t('summary.weeklyN', { interval: r.interval, days });
    const end =
      r.count !== null ? t('summary.count', { count: r.count }) : t('summary.until', { until: r.until });
    return `${every} · ${end}`;
  };
}

interface Props {
  form: FormInstance;
  workspaceId: string;
  editing: ContentItem | undefined;
}

/**
 * The "重复 / Repeat" section of the content drawer: on a new item, a rule (daily, weekdays, weekly on chosen
 * days, every N days; ending after N times or on a date); on an occurrence, the series' rule, with a switch to
 * change it (saved for "this and following" or "all").
 */
export function RepeatSection({ form, workspaceId, editing }: Props) {
  const { t } = useTranslation('contentSeries');
  const seriesId = editing?.series?.id ?? null;
  const series = useContentSeries(workspaceId, seriesId);
  const summary = useRuleSummary();
  const enabled = Form.useWatch(['repeat', 'enabled'], form) as boolean | undefined;
  const preset = Form.useWatch(['repeat', 'preset'], form) as Preset | undefined;
  const end = Form.useWatch(['repeat', 'end'], form) as 'count' | 'until' | undefined;

  // Filled when the switch is turned on, not on mount: the drawer resets its form after its children mount.
  const onToggle = (checked: boolean) => {
    if (!checked) return;
    const start = form.getFieldValue('plannedAt') as Dayjs | undefined;
    const initial: RepeatFormValues = series.data
      ? formValuesOf(series.data)
      : {
          enabled: true,
          preset: 'weekly',
          byDay: [pickerWeekday(start)],
          interval: 2,
          end: 'count',
          count: 8,
          until: null,
        };
    form.setFieldValue('repeat', { ...initial, enabled: true });
  };

  if (editing && !editing.series) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="repeat-section">
      {series.data && (
        <Alert
          type="info"
          icon={<RetweetOutlined />}
          showIcon
          title={
            <Space wrap>
              {t('partOf', { rule: summary(series.data) })}
              {editing?.series?.detached && <Tag>{t('exception')}</Tag>}
            </Space>
          }
        />
      )}
      <Form.Item
        name={['repeat', 'enabled']}
        valuePropName="checked"
        label={editing ? t('changeRule') : t('repeat')}
        style={{ marginBottom: 0 }}
      >
        <Switch aria-label={editing ? t('changeRule') : t('repeat')} onChange={onToggle} />
      </Form.Item>
      {enabled && (
        <>
          <Typography.Text type="secondary">{t('hint')}</Typography.Text>
          <Form.Item name={['repeat', 'preset']} label={t('repeat')} style={{ marginBottom: 0 }}>
            <Select options={presets.map((p) => ({ value: p, label: t(`preset.${p}`) }))} />
          </Form.Item>
          {preset === 'weekly' && (
            <Form.Item
              name={['repeat', 'byDay']}
              label={t('days')}
              rules={[{ type: 'array', min: 1, message: t('daysRequired') }]}
              style={{ marginBottom: 0 }}
            >
              <Checkbox.Group options={weekdays.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
            </Form.Item>
          )}
          {preset === 'everyN' && (
            <Form.Item name={['repeat', 'interval']} label={t('interval')} style={{ marginBottom: 0 }}>
              <InputNumber min={2} max={99} precision={0} suffix={t('intervalSuffix')} />
            </Form.Item>
          )}
          <Form.Item label={t('end')} style={{ marginBottom: 0 }}>
            <Space wrap>
              <Form.Item name={['repeat', 'end']} noStyle>
                <Radio.Group
                  options={[
                    { value: 'count', label: t('endCount') },
                    { value: 'until', label: t('endUntil') },
                  ]}
                />
              </Form.Item>
              {end === 'until' ? (
                <Form.Item
                  name={['repeat', 'until']}
                  noStyle
                  rules={[{ required: true, message: t('untilRequired') }]}
                >
                  <DatePicker format="YYYY-MM-DD" aria-label={t('endUntil')} />
                </Form.Item>
              ) : (
                <Form.Item
                  name={['repeat', 'count']}
                  noStyle
                  rules={[{ required: true, message: t('countRequired') }]}
                >
                  <InputNumber
                    min={1}
                    max={MAX_OCCURRENCES}
                    precision={0}
                    suffix={t('countSuffix')}
                    aria-label={t('endCount')}
                  />
                </Form.Item>
              )}
            </Space>
          </Form.Item>
        </>
      )}
    </Flex>
  );
}

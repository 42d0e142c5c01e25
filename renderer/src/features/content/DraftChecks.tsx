import { Button, Flex, Form, Spin, Typography, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningField, type CheckedField } from '../../../../shared/content/check';
import type { ContentFormat, ContentObjective, ContentStatus } from '../../../../shared/content/model';
import type { ContentWarning } from '../../../../shared/content/warnings';
import { call } from '../../lib/api';
import { warningText } from './presentation';
import { fromPickerValue } from './time';

/** Typing pauses this long before the draft is checked: one call per pause, not per keystroke. */
const CHECK_DEBOUNCE_MS = 350;

interface DraftFields {
  accountId?: string;
  format?: ContentFormat;
  objective?: ContentObjective;
  status?: ContentStatus;
  plannedAt?: Dayjs | null;
  durationMinutes?: number | null;
  productIds?: string[];
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The drawer's unsaved fields checked by content.check as the user types: the same guardrails the save
 * applies, over the same neighbours. Returns the findings, and per field the text to show beside it.
 */
export function useDraftChecks(
  form: FormInstance,
  workspaceId: string,
  editingId: string | undefined,
  timeZone: string,
) {
  const { t } = useTranslation('content');
  const values = Form.useWatch([], form) as DraftFields | undefined;
  const draft =
    values?.accountId && values.plannedAt && values.format && values.objective
      ? {
          workspaceId,
          ...(editingId ? { id: editingId } : {}),
          accountId: values.accountId,
          format: values.format,
          objective: values.objective,
          status: values.status ?? 'idea',
          plannedAt: fromPickerValue(values.plannedAt, timeZone),
          durationMinutes:
            values.format === 'live' &&
            typeof values.durationMinutes === 'number' &&
            values.durationMinutes >= 1
              ? Math.round(values.durationMinutes)
              : null,
          productIds: values.productIds ?? [],
        }
      : null;
  const key = useDebounced(draft ? JSON.stringify(draft) : null, CHECK_DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ['content', workspaceId, 'check', key],
    queryFn: () => call('content.check', JSON.parse(key!) as NonNullable<typeof draft>),
    enabled: key !== null,
    placeholderData: (previous) => previous,
    // A half-typed draft may be refused (e.g. an account just archived); the save reports it properly.
    retry: false,
  });
  const warnings: ContentWarning[] = key === null ? [] : (query.data?.warnings ?? []);
  const extra = (field: CheckedField) => {
    const mine = warnings.filter((w) => warningField[w.code] === field);
    if (mine.length === 0) return undefined;
    return (
      <Flex vertical>
        {mine.map((w, i) => (
          <Typography.Text
            key={`${w.code}-${i}`}
            type={w.severity === 'error' ? 'danger' : 'warning'}
            data-testid="field-check"
            data-field={field}
            data-check-code={w.code}
          >
            {warningText(w, t)}
          </Typography.Text>
        ))}
      </Flex>
    );
  };
  return { warnings, checking: query.isFetching, extra };
}

/** The drawer's sticky footer: how many findings the draft has, each listed, beside the save button. */
export function CheckFooter(props: {
  warnings: ContentWarning[];
  checking: boolean;
  saving: boolean;
  onSave(): void;
}) {
  const { t } = useTranslation(['content', 'common']);
  const { t: ts } = useTranslation('contentSafety');
  const { warnings } = props;
  const hasError = warnings.some((w) => w.severity === 'error');
  return (
    <Flex justify="space-between" align="flex-start" gap={12} data-testid="check-footer">
      <Flex vertical gap={2} style={{ minWidth: 0, maxHeight: 120, overflow: 'auto' }}>
        <Typography.Text strong type={hasError ? 'danger' : warnings.length > 0 ? 'warning' : 'secondary'}>
          {warnings.length === 0 ? ts('checks.none') : ts('checks.count', { count: warnings.length })}
          {props.checking && <Spin size="small" style={{ marginInlineStart: 8 }} />}
        </Typography.Text>
        {warnings.map((w, i) => (
          <Typography.Text
            key={`${w.code}-${i}`}
            type={w.severity === 'error' ? 'danger' : 'secondary'}
            style={{ fontSize: 12 }}
            data-testid="footer-check"
            data-check-code={w.code}
          >
            {warningText(w, t)}
          </Typography.Text>
        ))}
      </Flex>
      <Button type="primary" onClick={props.onSave} loading={props.saving}>
        {t('common:save')}
      </Button>
    </Flex>
  );
}

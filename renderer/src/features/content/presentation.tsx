import { FileImageOutlined, PlayCircleOutlined, VideoCameraOutlined, WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { AccountRole } from '../../../../shared/domain/account';
import {
  contentObjectives,
  type ContentFormat,
  type ContentObjective,
} from '../../../../shared/content/kinds';
import type { CalendarWarning, ContentCalendarItem } from '../../../../shared/content/calendarItem';
import { textWithBackendParams, type AnyT } from '../../lib/i18nKeys';

/** The two roles' colours, shared with the matrix (brand amber, sales red). */
export const roleColors: Record<
  AccountRole,
  { border: string; background: string; text: string; tag: 'orange' | 'red' }
> = {
  // `tag`: the antd preset for tags naming the role; its text shade meets AA contrast (app/theme.ts).
  brand: { border: '#fa8c16', background: '#fff7e6', text: '#873800', tag: 'orange' },
  sales: { border: '#f5222d', background: '#fff1f0', text: '#820014', tag: 'red' },
};

export function FormatIcon({ format, title }: { format: ContentFormat; title?: string }) {
  // Without a title the icon sits beside its own text (the legend): hidden from screen readers, not an unnamed image.
  const props = title ? { 'aria-label': title, role: 'img' as const } : { 'aria-hidden': true };
  switch (format) {
    case 'live':
      return <PlayCircleOutlined {...props} style={{ color: '#cf1322' }} />;
    case 'image_text':
      return <FileImageOutlined {...props} />;
    case 'short_video':
      return <VideoCameraOutlined {...props} />;
  }
}

/** A warning in the UI language; objective codes inside it are translated too. */
export function warningText(warning: CalendarWarning, t: AnyT): string {
  const params: Record<string, string | number> = { ...warning.params };
  // A plain list check, not model.ts's enum schema: this module is on the calendar's first screen (kinds.ts).
  const objective = params['objective'];
  if (isObjective(objective)) params['objective'] = t(`content:objective.${objective}`);
  return textWithBackendParams('content', `warnings.${warning.code}`, params);
}

function isObjective(value: unknown): value is ContentObjective {
  return (contentObjectives as readonly unknown[]).includes(value);
}

/** A calendar item carries only its own (item-scope) warnings; the week's are in the week-load header. */
export function itemScopeWarnings(item: ContentCalendarItem): CalendarWarning[] {
  return item.warnings;
}

/** The ⚠ marker on calendar events and board cards; red for errors (overlapping lives). */
export function WarningMarker({ warnings, t }: { warnings: CalendarWarning[]; t: AnyT }) {
  if (warnings.length === 0) return null;
  const error = warnings.some((w) => w.severity === 'error');
  return (
    <Tooltip title={warnings.map((w) => warningText(w, t)).join('\n')}>
      <WarningFilled
        data-testid="item-warning"
        aria-label={warnings.map((w) => warningText(w, t)).join('；')}
        style={{ color: error ? '#cf1322' : '#d48806' }}
      />
    </Tooltip>
  );
}

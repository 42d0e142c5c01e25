import { RetweetOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../../shared/content/model';
import type { ContentCalendarItem } from '../../../../shared/content/calendarItem';

/** The repeat icon on an occurrence (calendar event, board card); nothing on a one-off item. */
export function SeriesMarker({ item }: { item: Pick<ContentItem | ContentCalendarItem, 'series'> }) {
  // Most items repeat nothing: they skip the translation hook, which every calendar item would otherwise run.
  return item.series ? <SeriesIcon /> : null;
}

function SeriesIcon() {
  const { t } = useTranslation('contentSeries');
  return (
    <RetweetOutlined
      role="img"
      aria-label={t('repeatIcon')}
      title={t('repeatIcon')}
      data-testid="series-marker"
      style={{ flex: 'none' }}
    />
  );
}

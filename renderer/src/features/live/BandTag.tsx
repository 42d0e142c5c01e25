import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Band } from '../../../../shared/live/benchmarks';

const colors: Record<Band, string> = { excellent: 'green', good: 'blue', improve: 'red' };

/** 优秀 / 良好 / 待提升, or "no benchmark" when there is nothing to compare with. */
export function BandTag({ band }: { band: Band | null }) {
  const { t } = useTranslation('live');
  if (band === null) return <Tag>{t('bands.none')}</Tag>;
  return (
    <Tag color={colors[band]} data-band={band}>
      {t(`bands.${band}`)}
    </Tag>
  );
}

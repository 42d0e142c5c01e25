import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../shared/format/number';
import { useLanguage } from './language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<UiLanguage>
      aria-label={t('language')}
      size="small"
      value={language}
      onChange={setLanguage}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

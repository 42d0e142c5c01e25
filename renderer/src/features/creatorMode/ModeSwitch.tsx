import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * Brand or creator: the same installation can run a brand's workspaces and a creator's inbox. Creator mode
 * lives outside workspaces (/creator), because the offers a creator receives belong to no brand workspace.
 */
export function ModeSwitch() {
  const { t } = useTranslation('offers');
  const navigate = useNavigate();
  const location = useLocation();
  const mode = location.pathname.startsWith('/creator') ? 'creator' : 'brand';
  return (
    <Segmented<'brand' | 'creator'>
      block
      aria-label={t('mode.label')}
      value={mode}
      onChange={(next) => navigate(next === 'creator' ? '/creator' : '/')}
      options={[
        { value: 'brand', label: t('mode.brand') },
        { value: 'creator', label: t('mode.creator') },
      ]}
    />
  );
}

import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../../lib/LanguageSwitch';
import { ModeSwitch } from '../creatorMode';
import { useOpenSample } from './queries';
import { WorkspaceFormModal } from './lazyWorkspaceForm';
import { useOpenedOnce } from '../../lib/useOpenedOnce';

/** First run: nothing to show yet, so offer the two ways in. */
export function EmptyState() {
  const { t } = useTranslation('workspaces');
  const navigate = useNavigate();
  const openSample = useOpenSample();
  const [creating, setCreating] = useState(false);
  const formMounted = useOpenedOnce(creating);

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24 }}>
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ maxWidth: 640, width: '100%' }}>
        <Result
          icon={<img src="./icon.svg" alt="" width={72} height={72} />}
          title={t('emptyTitle')}
          subTitle={t('emptyBody')}
          extra={
            <Flex vertical gap={8} align="center">
              <Flex gap={12} wrap justify="center">
                <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('createFirst')}
                </Button>
                <Button
                  size="large"
                  icon={<ExperimentOutlined />}
                  loading={openSample.isPending}
                  onClick={() => void openSample.open()}
                >
                  {t('openSample')}
                </Button>
              </Flex>
              <Typography.Text type="secondary">{t('sampleHint')}</Typography.Text>
              {/* Creators receiving offers need no workspace: creator mode is one click away. */}
              <div style={{ width: 240, marginTop: 8 }}>
                <ModeSwitch />
              </div>
            </Flex>
          }
        />
      </Card>
      {formMounted && (
        <WorkspaceFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(ws) => {
            setCreating(false);
            navigate(`/w/${ws.id}/matrix`);
          }}
        />
      )}
    </Flex>
  );
}

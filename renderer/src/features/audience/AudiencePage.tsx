import { Alert, Flex, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLayout } from '../../lib/PageLayout';
import { useWorkspaceId } from '../../lib/workspaceContext';
import { useAccounts } from '../accounts';
import { AudienceEditor } from './AudienceEditor';
import { useAccountsWithProfile } from './queries';
import { TaxonomyEditor } from './TaxonomyEditor';

/** Audiences: each account's follower portrait, and the interest taxonomy with its platform baselines. */
export function AudiencePage() {
  const { t } = useTranslation('audience');
  const workspaceId = useWorkspaceId();
  const [params, setParams] = useSearchParams();
  const accounts = useAccounts(workspaceId, false);
  const accountIds = useMemo(() => (accounts.data ?? []).map((a) => a.id), [accounts.data]);
  const { withProfile, known } = useAccountsWithProfile(workspaceId, accountIds);
  if (accounts.isLoading) return <Spin />;
  const list = accounts.data ?? [];
  const accountId = params.get('account') ?? list[0]?.id;
  const account = list.find((a) => a.id === accountId);
  const tab = params.get('tab') === 'taxonomy' ? 'taxonomy' : 'profiles';

  return (
    <PageLayout titles={t}>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(key === 'taxonomy' ? { tab: key } : accountId ? { account: accountId } : {}, {
            replace: true,
          })
        }
        items={[
          {
            key: 'profiles',
            label: t('profilesTab'),
            children:
              list.length === 0 ? (
                <Alert type="info" showIcon message={t('noAccounts')} />
              ) : (
                <Flex vertical gap={12}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text>{t('account')}</Typography.Text>
                    <Select
                      aria-label={t('account')}
                      style={{ width: 300 }}
                      value={accountId}
                      options={list.map((a) => ({
                        value: a.id,
                        label: (
                          <Flex gap={4} align="center">
                            {a.displayName}
                            {known && !withProfile.has(a.id) && <Tag>{t('missingTag')}</Tag>}
                          </Flex>
                        ),
                      }))}
                      onChange={(id: string) => setParams({ account: id }, { replace: true })}
                    />
                  </Flex>
                  {account && (
                    <AudienceEditor
                      workspaceId={workspaceId}
                      accountId={account.id}
                      accountName={account.displayName}
                    />
                  )}
                </Flex>
              ),
          },
          {
            key: 'taxonomy',
            label: t('taxonomyTab'),
            children: <TaxonomyEditor workspaceId={workspaceId} />,
          },
        ]}
      />
    </PageLayout>
  );
}

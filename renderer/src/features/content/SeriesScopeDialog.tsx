import { Flex, Modal, Radio, Typography } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seriesScopes, type SeriesScope } from '../../../../shared/content/kinds';

type Kind = 'save' | 'delete';

/**
 * "仅此项 / 此项及以后 / 全部": asked when an occurrence of a repeat is saved or deleted. `ask` resolves with
 * the choice, or null when the dialog is cancelled (nothing is sent then). `onlyWide` hides "this one" (a new
 * rule applies to a wider scope only).
 */
export function useScopeDialog(): {
  ask(kind: Kind, onlyWide?: boolean): Promise<SeriesScope | null>;
  element: ReactNode;
} {
  const { t } = useTranslation('contentSeries');
  const [open, setOpen] = useState<{ kind: Kind; onlyWide: boolean } | null>(null);
  const [scope, setScope] = useState<SeriesScope>('this');
  const resolver = useRef<((scope: SeriesScope | null) => void) | null>(null);

  const ask = useCallback((kind: Kind, onlyWide = false) => {
    setScope(onlyWide ? 'following' : 'this');
    setOpen({ kind, onlyWide });
    return new Promise<SeriesScope | null>((resolve) => {
      resolver.current = resolve;
    });
  }, []);
  const finish = (value: SeriesScope | null) => {
    resolver.current?.(value);
    resolver.current = null;
    setOpen(null);
  };

  const options = seriesScopes.filter((s) => !(open?.onlyWide && s === 'this'));
  const element = (
    <Modal
      open={open !== null}
      title={open?.kind === 'delete' ? t('scope.deleteTitle') : t('scope.saveTitle')}
      okText={t('scope.ok')}
      okButtonProps={{ danger: open?.kind === 'delete', 'data-testid': 'scope-ok' }}
      onOk={() => finish(scope)}
      onCancel={() => finish(null)}
      destroyOnHidden
    >
      <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as SeriesScope)}>
        <Flex vertical gap={8}>
          {options.map((s) => (
            <Radio key={s} value={s}>
              {t(`scope.${s}`)}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t(`scope.${s}Hint`)}
              </Typography.Text>
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    </Modal>
  );
  return { ask, element };
}

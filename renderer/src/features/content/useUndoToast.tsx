import { App as AntApp, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useInvalidateContent } from './queries';

/** How long 撤销 is offered. */
const UNDO_SECONDS = 10;

/**
 * A toast saying what just happened with a 撤销 button for 10 s. Undo goes through content.undo, which puts
 * the item back exactly or refuses (with the reason) if it changed meanwhile.
 */
export function useUndoToast(workspaceId: string) {
  const { t } = useTranslation('contentSafety');
  const { message } = AntApp.useApp();
  const invalidate = useInvalidateContent(workspaceId);
  return (text: string, target: { id: string; revision: number }) => {
    const key = `undo-${target.id}-${target.revision}`;
    const undo = async () => {
      message.open({ key, type: 'loading', content: t('undoing'), duration: 0 });
      try {
        await call('content.undo', { id: target.id, revision: target.revision });
        await invalidate();
        message.open({ key, type: 'success', content: t('undone'), duration: 3 });
      } catch (err) {
        await invalidate();
        message.open({ key, type: 'error', content: describeError(err, t), duration: 6 });
      }
    };
    message.open({
      key,
      type: 'success',
      duration: UNDO_SECONDS,
      content: (
        <Space data-testid="undo-toast">
          {text}
          <Button size="small" type="link" onClick={() => void undo()} data-testid="undo-button">
            {t('undo')}
          </Button>
        </Space>
      ),
    });
  };
}

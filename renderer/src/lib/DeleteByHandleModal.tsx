import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import { TypedConfirmModal } from './TypedConfirmModal';

/** A feature's `t` holding its delete texts: `deleteTitle`, `deleteBody` (name, handle), `deleted` (name). */
interface DeleteTexts {
  (key: 'deleteTitle'): string;
  (key: 'deleteBody', options: { name: string; handle: string }): string;
  (key: 'deleted', options: { name: string }): string;
}

/**
 * Deleting something known by its @handle (an account, a creator): the user types the handle to confirm,
 * the deletion runs, a toast names what went. Shown while `target` is set; a failed delete keeps it open
 * with the error (TypedConfirmModal).
 */
export function DeleteByHandleModal<T extends { id: string; displayName: string; handle: string }>({
  target,
  texts,
  remove,
  onClose,
}: {
  target: T | null;
  texts: DeleteTexts;
  remove(id: string): Promise<unknown>;
  onClose(): void;
}) {
  const { t } = useTranslation('common');
  const { message } = AntApp.useApp();
  if (!target) return null;
  return (
    <TypedConfirmModal
      open
      title={texts('deleteTitle')}
      body={texts('deleteBody', { name: target.displayName, handle: target.handle })}
      expected={target.handle}
      okText={t('delete')}
      onCancel={onClose}
      onConfirm={async () => {
        await remove(target.id);
        void message.success(texts('deleted', { name: target.displayName }));
        onClose();
      }}
    />
  );
}

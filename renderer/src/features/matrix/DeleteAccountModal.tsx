import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import { DeleteByHandleModal } from '../../lib/DeleteByHandleModal';

/** Deleting an account: the user types its @handle (DeleteByHandleModal), with the matrix's texts. */
export function DeleteAccountModal(props: {
  target: Account;
  remove(id: string): Promise<unknown>;
  onClose(): void;
}) {
  const { t } = useTranslation('matrix');
  return <DeleteByHandleModal {...props} texts={t} />;
}

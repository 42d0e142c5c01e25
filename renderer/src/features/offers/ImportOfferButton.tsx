import { ImportOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfferDetail } from '../../../../shared/domain/offer';
import { refusalReasonOf } from '../../../../shared/offerFile/format';
import { ApiCallError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { fileToBase64 } from '../../lib/files';
import { useOfferMutations } from './queries';
import { DeliverableReportList, RefusedDeliverables } from './DeliverableReportList';

/** Picks a `.mdoffer` file and imports it; a refused file is explained in the user's language. */
export function ImportOfferButton({
  label,
  onImported,
}: {
  label: string;
  onImported(offer: OfferDetail): void;
}) {
  const { t } = useTranslation(['offers', 'offerVerification', 'deliverableReport']);
  const { message, modal } = AntApp.useApp();
  const { importFile } = useOfferMutations();
  return (
    <Upload
      accept=".mdoffer,.json,application/json"
      showUploadList={false}
      data-testid="import-offer"
      beforeUpload={(file) => {
        void (async () => {
          try {
            const result = await importFile.mutateAsync({ base64: await fileToBase64(file) });
            if (result.pendingVerification) void message.warning(t('offerVerification:pendingImported'));
            // The summary only when the file moved something (an acceptance's all-待交付 lines say nothing new).
            else if (result.deliverables?.some((l) => l.outcome !== 'unchanged' || l.linkChanged)) {
              modal.success({
                title: t('deliverableReport:title'),
                content: <DeliverableReportList lines={result.deliverables} />,
              });
            } else void message.success(t('done.imported', { state: t(`state.${result.state}`) }));
            onImported(result.offer);
          } catch (err) {
            const reason = err instanceof ApiCallError ? refusalReasonOf(err.message) : null;
            modal.error({
              title: t('refusal.title'),
              content: (
                <div data-testid="import-refusal" data-reason={reason ?? 'error'}>
                  <p>{reason ? t(`refusal.${reason}`) : describeError(err, t)}</p>
                  {/* The precise reason, translated from its code: never the backend's English detail. */}
                  {reason &&
                    err instanceof ApiCallError &&
                    (err.reason?.startsWith('offerFile.') ||
                      err.reason?.startsWith('deliverableReport.')) && (
                      <p
                        data-testid="import-refusal-detail"
                        style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}
                      >
                        {t('refusal.detail', { message: describeError(err, t) })}
                      </p>
                    )}
                  {err instanceof ApiCallError && <RefusedDeliverables issues={err.issues} />}
                </div>
              ),
            });
          }
        })();
        return false;
      }}
    >
      <Button icon={<ImportOutlined />} loading={importFile.isPending}>
        {label}
      </Button>
    </Upload>
  );
}

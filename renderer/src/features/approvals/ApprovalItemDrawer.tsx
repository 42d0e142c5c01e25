import { App as AntApp, Button, Drawer, Empty, Form, Input, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { approvalCommentInputSchema, type ApprovalEvent } from '../../../../shared/approvals/model';
import { submitForm } from '../../lib/submitForm';
import { useFormat } from '../../lib/format';
import { zodRule } from '../../lib/zodRule';
import { ApprovalBadge } from './ApprovalBadge';
import { useApprovalItem, useApprovalMutations } from './queries';

const shape = approvalCommentInputSchema.shape;

/** One item's approval: its state, the comment thread with our replies, and the full history. */
export function ApprovalItemDrawer({
  workspaceId,
  itemId,
  onClose,
}: {
  workspaceId: string;
  itemId: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation('approvals');
  const { message } = AntApp.useApp();
  const format = useFormat();
  const item = useApprovalItem(workspaceId, itemId);
  const { comment } = useApprovalMutations(workspaceId);
  const [form] = Form.useForm<{ body: string; author: string }>();
  const data = item.data;
  const thread = (data?.events ?? []).filter((e) => e.comment !== '');

  const send = () =>
    submitForm(
      form,
      async (values) => {
        await comment.mutateAsync({ itemId: itemId!, body: values.body, author: values.author ?? '' });
        form.resetFields(['body']);
        void message.success(t('item.sent'));
      },
      { t, message },
    );

  const who = (e: ApprovalEvent) => (e.actor === 'client' ? e.author : e.author || t('item.us'));

  return (
    <Drawer
      open={itemId !== null}
      onClose={onClose}
      size={520}
      title={data?.title ?? t('item.title')}
      destroyOnHidden
    >
      {!data ? (
        <Spin />
      ) : (
        <div data-testid="approval-item">
          {data.state && <ApprovalBadge state={data.state} />}
          {data.reviewer && (
            <Typography.Text type="secondary">
              {data.reviewer} · {format.dateTime(data.decidedAt)}
            </Typography.Text>
          )}
          <Typography.Title level={5}>{t('item.thread')}</Typography.Title>
          {thread.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('item.noComments')} />
          ) : (
            thread.map((e) => (
              <div key={e.id} data-testid="thread-comment" data-actor={e.actor} style={{ marginBottom: 8 }}>
                <Typography.Text strong>{who(e)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{format.dateTime(e.at)}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {e.comment}
                </Typography.Paragraph>
              </div>
            ))
          )}
          <Form form={form} layout="vertical" name="approval-reply">
            <Form.Item name="body" label={t('item.reply')} rules={[zodRule(shape.body)]}>
              <Input.TextArea rows={3} maxLength={2000} placeholder={t('item.replyPlaceholder')} />
            </Form.Item>
            <Form.Item name="author" label={t('item.author')} rules={[zodRule(shape.author)]}>
              <Input maxLength={60} />
            </Form.Item>
            <Button type="primary" onClick={() => void send()} loading={comment.isPending}>
              {t('item.send')}
            </Button>
          </Form>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('item.history')}
          </Typography.Title>
          <Timeline
            items={data.events.map((e) => ({
              key: e.id,
              content: (
                <span data-testid="history-event" data-kind={e.kind}>
                  {t(`item.event.${e.kind}`)}
                  {e.toState && e.kind !== 'reply' ? ` → ${t(`state.${e.toState}`)}` : ''} · {who(e) || '—'} ·{' '}
                  {format.dateTime(e.at)}
                </span>
              ),
            }))}
          />
        </div>
      )}
    </Drawer>
  );
}

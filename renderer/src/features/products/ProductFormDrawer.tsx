import { App as AntApp, AutoComplete, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  productFieldsSchema,
  productStatuses,
  type Product,
  type ProductStatus,
} from '../../../../shared/domain/product';
import { submitForm } from '../../lib/submitForm';
import { FormDrawer } from '../../lib/FormDrawer';
import { InterestTagSelect } from '../audience';
import { zodRule } from '../../lib/zodRule';
import { useProductMutations } from './queries';
import { useProductVocabulary } from './useProductVocabulary';

interface FormValues {
  name: string;
  sku: string;
  price: number | null;
  category: string;
  marginPct: number | null;
  tags: string[];
  status: ProductStatus;
}

interface Props {
  workspaceId: string;
  /** The product being edited, 'new', or null when closed. */
  target: Product | 'new' | null;
  onClose(): void;
}

const shape = productFieldsSchema.shape;

export function ProductFormDrawer({ workspaceId, target, onClose }: Props) {
  const { t } = useTranslation(['products', 'common']);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const { create, update } = useProductMutations(workspaceId);
  const editing = target && target !== 'new' ? target : undefined;
  // Suggestions from the whole catalogue (not a first page of products), read while the drawer is open.
  const [categorySearch, setCategorySearch] = useState('');
  const categories = useProductVocabulary(workspaceId, 'category', categorySearch, target !== null);
  const tagSuggestions = useProductVocabulary(workspaceId, 'tag', '', target !== null);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue(
      editing
        ? {
            name: editing.name,
            sku: editing.sku,
            price: editing.price,
            category: editing.category,
            marginPct: editing.marginPct,
            tags: editing.tags,
            status: editing.status,
          }
        : { name: '', sku: '', price: null, category: '', marginPct: null, tags: [], status: 'active' },
    );
  }, [target, editing, form]);

  const submit = () => submitForm(form, saveProduct, { t, message });

  const saveProduct = async (values: FormValues) => {
    const fields = {
      name: values.name,
      sku: values.sku,
      price: values.price ?? 0,
      category: values.category ?? '',
      marginPct: values.marginPct ?? null,
      tags: values.tags ?? [],
      status: values.status,
    };
    if (editing) await update.mutateAsync({ id: editing.id, ...fields });
    else await create.mutateAsync({ workspaceId, ...fields });
    void message.success(editing ? t('saved') : t('created', { name: fields.name }));
    onClose();
  };

  return (
    <FormDrawer
      open={target !== null}
      title={editing ? t('editProduct') : t('newProduct')}
      size={460}
      onClose={onClose}
      onSave={() => void submit()}
      saving={create.isPending || update.isPending}
      form={form}
      name="product"
    >
      <Form.Item name="name" label={t('fields.name')} rules={[zodRule(shape.name)]} required>
        <Input maxLength={80} />
      </Form.Item>
      <Form.Item
        name="sku"
        label={t('fields.sku')}
        tooltip={t('hints.sku')}
        rules={[zodRule(shape.sku)]}
        required
      >
        <Input maxLength={64} />
      </Form.Item>
      <Space.Compact block>
        <Form.Item
          name="price"
          label={t('fields.price')}
          rules={[{ required: true, message: t('fields.price') }, zodRule(shape.price)]}
          style={{ width: '50%' }}
          required
        >
          <InputNumber style={{ width: '100%' }} prefix="¥" min={0} precision={2} />
        </Form.Item>
        <Form.Item
          name="marginPct"
          label={t('fields.marginPct')}
          tooltip={t('hints.marginPct')}
          rules={[zodRule(shape.marginPct)]}
          style={{ width: '50%' }}
        >
          <InputNumber style={{ width: '100%' }} suffix="%" min={-100} max={100} precision={1} />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="category" label={t('fields.category')} rules={[zodRule(shape.category)]}>
        <AutoComplete
          options={categories.map((c) => ({ value: c }))}
          onSearch={(text) => setCategorySearch(text.trim())}
          data-testid="product-category"
        >
          <Input maxLength={40} />
        </AutoComplete>
      </Form.Item>
      <Form.Item name="tags" label={t('fields.tags')} tooltip={t('hints.tags')} rules={[zodRule(shape.tags)]}>
        <InterestTagSelect workspaceId={workspaceId} recent={tagSuggestions} />
      </Form.Item>
      <Form.Item name="status" label={t('fields.status')}>
        <Select options={productStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </Form.Item>
    </FormDrawer>
  );
}

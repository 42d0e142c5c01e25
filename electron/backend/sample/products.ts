import type { ProductFieldsInput } from '../../../shared/domain/product';
import { productFieldsSchema } from '../../../shared/domain/product';
import { insertProduct } from '../products/repo';
import type { SampleSeeder } from './types';

type SampleProduct = Omit<ProductFieldsInput, 'workspaceId'>;

/** The sample brand's catalogue: hero serum, the regimen around it, a summer suncare line, a gift set. */
const sampleProducts: SampleProduct[] = [
  {
    name: '山茶花修护精华液 30ml',
    sku: 'CL-SERUM-30',
    price: 269,
    category: '精华',
    marginPct: 72,
    tags: ['护肤', '修护', '敏感肌', '成分党'],
  },
  {
    name: '山茶花修护面霜 50g',
    sku: 'CL-CREAM-50',
    price: 239,
    category: '面霜',
    marginPct: 68,
    tags: ['护肤', '保湿', '屏障修护'],
  },
  {
    name: '山茶花氨基酸洁面 120g',
    sku: 'CL-CLEANSER-120',
    price: 89,
    category: '洁面',
    marginPct: 61,
    tags: ['洁面', '学生党', '平价好物'],
  },
  {
    name: '清透水感防晒乳 SPF50+ 50ml',
    sku: 'CL-SUN-50',
    price: 149,
    category: '防晒',
    marginPct: 65,
    tags: ['防晒', '夏季', '户外', '通勤'],
  },
  {
    name: '山茶花精华水 150ml',
    sku: 'CL-TONER-150',
    price: 169,
    category: '水乳',
    marginPct: 66,
    tags: ['补水', '护肤'],
  },
  {
    name: '修护急救面膜 5 片装',
    sku: 'CL-MASK-5',
    price: 99,
    category: '面膜',
    marginPct: 70,
    tags: ['面膜', '熬夜急救', '敏感肌'],
  },
  {
    name: '山茶花紧致眼霜 15g',
    sku: 'CL-EYE-15',
    price: 199,
    category: '眼霜',
    marginPct: 71,
    tags: ['抗初老', '眼周护理'],
  },
  {
    name: '修护精华 + 面霜 礼盒',
    sku: 'CL-SET-GIFT',
    price: 459,
    category: '套装',
    marginPct: 58,
    tags: ['礼盒', '送礼', '节日'],
  },
  {
    name: '防晒喷雾 旅行装 30ml',
    sku: 'CL-SUNSPRAY-30',
    price: 79,
    category: '防晒',
    marginPct: 12,
    tags: ['防晒', '引流款', '旅行'],
  },
  {
    name: '旧版山茶花乳液 100ml',
    sku: 'CL-LOTION-V1',
    price: 129,
    category: '水乳',
    marginPct: 55,
    tags: ['保湿'],
    status: 'discontinued',
  },
];

/** Product ids by SKU, for the content seeder. */
export const SAMPLE_PRODUCTS_KEY = 'productsBySku';

export const seedSampleProducts: SampleSeeder = (ctx, refs) => {
  const at = ctx.now().toISOString();
  const bySku = new Map<string, string>();
  for (const product of sampleProducts) {
    const fields = productFieldsSchema.parse({ ...product, workspaceId: refs.workspaceId });
    const id = ctx.newId();
    insertProduct(ctx.db, id, fields, at);
    bySku.set(fields.sku, id);
  }
  refs.extra.set(SAMPLE_PRODUCTS_KEY, bySku);
};

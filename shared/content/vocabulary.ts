import type { FieldAliases } from '../parsing/headers';
import type { ContentFormat, ContentObjective, ContentStatus } from './kinds';
import { contentFormats, contentObjectives, contentStatuses } from './kinds';

/**
 * The words content plans use, in both languages: column headers for import and export, and the values
 * of format / objective / status cells. Import accepts codes, Chinese and English labels and common
 * synonyms; export writes the labels of the chosen language, which import reads back (round trip).
 */

/** The columns of an exported plan, in order; an import reads them all back. */
export const exportFields = [
  'id',
  'account',
  'accountName',
  'title',
  'format',
  'objective',
  'pillar',
  'status',
  'plannedAt',
  'durationMinutes',
  'products',
  'tags',
  'owner',
  'brief',
  'publishedUrl',
  'publishedAt',
] as const;
export type ExportField = (typeof exportFields)[number];

/**
 * What an import can read: the export's columns, and the time of day in a column of its own, as planners
 * write a plan by hand (日期 + 时间); it completes a date-only `plannedAt`.
 */
export const importFields = [...exportFields, 'plannedTime'] as const;
export type ImportField = (typeof importFields)[number];

/** Without these a row cannot become an item. (`account` may be given by name through `accountName`.) */
export const requiredImportFields: readonly ImportField[] = [
  'account',
  'title',
  'format',
  'objective',
  'plannedAt',
];

export const importFieldAliases: FieldAliases<ImportField> = {
  id: ['ID', '编号', '内容ID', 'item_id', 'item id'],
  account: ['账号', '账号ID', '抖音号', '发布账号', 'account', 'handle', 'account_handle', 'account id'],
  accountName: ['账号名称', '账号名', 'account_name', 'account name', 'display_name'],
  title: ['标题', '内容标题', '选题', '主题', 'title', 'topic', 'content title'],
  format: [
    '形式',
    '内容形式',
    '类型',
    '内容类型',
    '形式类型',
    '格式',
    'format',
    'content_format',
    'content type',
    'type',
  ],
  objective: ['目标', '内容目标', '目的', '内容目的', 'objective', 'goal', 'purpose'],
  pillar: ['内容支柱', '支柱', '栏目', '内容方向', 'pillar', 'content_pillar'],
  status: ['状态', '进度', 'status', 'stage'],
  plannedAt: [
    '计划时间',
    '计划发布时间',
    '计划开始时间',
    '排期时间',
    '开播时间',
    'planned_at',
    'planned',
    'planned_start',
    'planned time',
    'start',
    '日期',
    '计划日期',
    '发布日期',
    '排期',
    'date',
    'planned date',
  ],
  durationMinutes: [
    '时长',
    '直播时长',
    '时长分钟',
    '时长(分钟)',
    'duration',
    'duration_minutes',
    'minutes',
    'live duration',
  ],
  products: [
    '商品',
    '挂车商品',
    '挂车',
    '关联商品',
    '商品SKU',
    'SKU',
    '货号',
    'products',
    'product',
    'skus',
    'product_skus',
  ],
  tags: ['标签', '兴趣标签', '话题', 'tags', 'interest_tags'],
  owner: ['负责人', '执行人', '编导', '对接人', 'owner', 'assignee', 'person in charge'],
  // Notes read as the brief when a plan has no script column; with both, the first in the file is the
  // brief and the other is listed as unused, for the user to map or leave.
  brief: [
    '脚本/简介',
    '脚本',
    '简介',
    '脚本简介',
    'brief',
    'script',
    'brief_script',
    'description',
    '备注',
    '说明',
    'notes',
    'note',
    'remarks',
  ],
  publishedUrl: ['发布链接', '作品链接', '链接', 'published_url', 'url', 'link'],
  publishedAt: ['发布时间', '实际发布时间', 'published_at', 'published'],
  plannedTime: [
    '时间',
    '时段',
    '开播时间段',
    '几点',
    '发布时段',
    'time',
    'time of day',
    'planned time of day',
  ],
};

/** The CSV export's extra last column when archived items are included: when each was archived. */
export const archivedHeader: Record<'zh-CN' | 'en', string> = { 'zh-CN': '归档时间', en: 'archivedAt' };

export const exportHeaders: Record<'zh-CN' | 'en', Record<ExportField, string>> = {
  'zh-CN': {
    id: 'ID',
    account: '账号',
    accountName: '账号名称',
    title: '标题',
    format: '形式',
    objective: '目标',
    pillar: '内容支柱',
    status: '状态',
    plannedAt: '计划时间',
    durationMinutes: '时长(分钟)',
    products: '商品',
    tags: '标签',
    owner: '负责人',
    brief: '脚本/简介',
    publishedUrl: '发布链接',
    publishedAt: '发布时间',
  },
  en: {
    id: 'id',
    account: 'account',
    accountName: 'account_name',
    title: 'title',
    format: 'format',
    objective: 'objective',
    pillar: 'pillar',
    status: 'status',
    plannedAt: 'planned_at',
    durationMinutes: 'duration',
    products: 'products',
    tags: 'tags',
    owner: 'owner',
    brief: 'brief',
    publishedUrl: 'published_url',
    publishedAt: 'published_at',
  },
};

export const formatLabels: Record<'zh-CN' | 'en', Record<ContentFormat, string>> = {
  'zh-CN': { short_video: '短视频', live: '直播', image_text: '图文' },
  en: { short_video: 'Short video', live: 'Live', image_text: 'Image & text' },
};
export const objectiveLabels: Record<'zh-CN' | 'en', Record<ContentObjective, string>> = {
  'zh-CN': {
    seed: '种草',
    convert: '转化',
    brand_story: '品牌故事',
    self_broadcast: '自播',
    promotion: '活动',
  },
  en: {
    seed: 'Seed',
    convert: 'Convert',
    brand_story: 'Brand story',
    self_broadcast: 'Self-broadcast',
    promotion: 'Promotion',
  },
};
export const statusLabels: Record<'zh-CN' | 'en', Record<ContentStatus, string>> = {
  'zh-CN': {
    idea: '创意',
    scripting: '脚本',
    filming: '拍摄',
    editing: '剪辑',
    review: '审核',
    scheduled: '已排期',
    published: '已发布',
    cancelled: '已取消',
  },
  en: {
    idea: 'Idea',
    scripting: 'Scripting',
    filming: 'Filming',
    editing: 'Editing',
    review: 'Review',
    scheduled: 'Scheduled',
    published: 'Published',
    cancelled: 'Cancelled',
  },
};

const synonyms = {
  format: {
    short_video: ['视频', '短片', '短视频作品', 'video', 'shortvideo', 'sv'],
    live: ['直播间', '直播场', '开播', 'livestream', 'livestreaming', 'stream'],
    image_text: ['图文笔记', '笔记', '图片', 'imagetext', 'image', 'post', 'carousel', 'note'],
  },
  objective: {
    seed: ['种草内容', 'seeding', 'interest'],
    convert: ['带货', '成交', 'conversion', 'sales', 'sell'],
    brand_story: ['品牌', '品宣', '品牌宣传', 'brand', 'story'],
    self_broadcast: ['店播', '自播直播', 'selfbroadcast', 'selflive'],
    promotion: ['促销', '大促', '活动促销', 'promo', 'campaign', 'sale'],
  },
  status: {
    idea: ['想法', '选题', '待定', 'draft', 'planned'],
    scripting: ['写脚本', '脚本中', 'script', 'writing'],
    filming: ['拍摄中', 'shooting', 'shoot'],
    editing: ['剪辑中', '后期', 'edit', 'postproduction'],
    review: ['审核中', '待审核', '待审', 'approval', 'inreview'],
    scheduled: ['排期', '待发布', '已定时', 'ready'],
    published: ['发布', '已上线', 'posted', 'done'],
    cancelled: ['取消', '作废', 'canceled'],
  },
} as const;

/** Case, width, spaces, underscores and hyphens do not matter: `Short-Video`, `short_video`, `短视频`. */
export function vocabularyKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—·.]/g, '');
}

function buildLookup<T extends string>(
  codes: readonly T[],
  labels: Record<'zh-CN' | 'en', Record<T, string>>,
  extra: Record<T, readonly string[]>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    for (const word of [code, labels['zh-CN'][code], labels.en[code], ...extra[code]]) {
      const key = vocabularyKey(word);
      if (!map.has(key)) map.set(key, code);
    }
  }
  return map;
}

const formatLookup = buildLookup(contentFormats, formatLabels, synonyms.format);
const objectiveLookup = buildLookup(contentObjectives, objectiveLabels, synonyms.objective);
const statusLookup = buildLookup(contentStatuses, statusLabels, synonyms.status);

export function readFormat(text: string): ContentFormat | null {
  return formatLookup.get(vocabularyKey(text)) ?? null;
}
export function readObjective(text: string): ContentObjective | null {
  return objectiveLookup.get(vocabularyKey(text)) ?? null;
}
export function readStatus(text: string): ContentStatus | null {
  return statusLookup.get(vocabularyKey(text)) ?? null;
}

/** Products and tags in one cell: `SKU-1、SKU-2`, `a, b`, `a；b`, `a|b` or one per line. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；|\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A duration in minutes: `90`, `90分钟`, `90 min`, `1.5h`, `1.5小时`, `2小时30分`, `1:30` (h:mm).
 * Returns null when the text is not a duration.
 */
export function readDurationMinutes(text: string): number | null {
  const t = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
  if (t === '') return null;
  let m = /^(\d+):([0-5]\d)$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m =
    /^(?:(\d+(?:\.\d+)?)(?:h|hr|hrs|hour|hours|小时|个小时|時間))?(?:(\d+(?:\.\d+)?)(?:m|min|mins|minute|minutes|分钟|分))?$/.exec(
      t,
    );
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    const minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
    return Number.isFinite(minutes) ? Math.round(minutes * 1000) / 1000 : null;
  }
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return null;
}

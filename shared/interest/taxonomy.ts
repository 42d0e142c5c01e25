/**
 * The built-in two-level interest taxonomy (兴趣标签): top-level categories as Douyin-style audience tools
 * group them, and leaf tags that audience profiles and targets refer to by stable id (`beauty.skincare`).
 * Ids never change once shipped: saved profiles and targets store them.
 *
 * `baselineShare` is each leaf's share of the whole platform's interest distribution, used as the TGI
 * denominator. The figures are illustrative defaults in the right proportions (beauty, fashion, food and
 * entertainment dominate; jewelry and 三农 are niche), not measured data: users replace them with the
 * numbers from their own platform tools. Leaf shares sum to 1 (written in percent for readability).
 */
export interface LocalizedLabel {
  'zh-CN': string;
  en: string;
}

export interface InterestTag {
  id: string;
  categoryId: string;
  label: LocalizedLabel;
  /** Share of the platform audience (0..1). */
  baselineShare: number;
}

export interface InterestCategory {
  id: string;
  label: LocalizedLabel;
  tags: readonly InterestTag[];
}

type LeafRow = readonly [key: string, zhCN: string, en: string, baselinePercent: number];

function category(id: string, zhCN: string, en: string, leaves: readonly LeafRow[]): InterestCategory {
  return {
    id,
    label: { 'zh-CN': zhCN, en },
    tags: leaves.map(([key, leafZh, leafEn, percent]) => ({
      id: `${id}.${key}`,
      categoryId: id,
      label: { 'zh-CN': leafZh, en: leafEn },
      baselineShare: percent / 100,
    })),
  };
}

export const interestTaxonomy: readonly InterestCategory[] = [
  category('beauty', '美妆', 'Beauty', [
    // 6.6% is the platform share used in DOMAIN.md's TGI example (8.9% ÷ 6.6%).
    ['skincare', '护肤', 'Skincare', 6.6],
    ['makeup', '彩妆', 'Makeup', 1.6],
    ['fragrance', '香水', 'Fragrance', 0.4],
    ['haircare', '美发护发', 'Haircare', 0.6],
    ['personal_care', '个人护理', 'Personal care', 0.6],
    ['nails', '美甲', 'Nails', 0.2],
  ]),
  category('fashion', '服饰', 'Fashion', [
    ['womenswear', '女装', 'Womenswear', 3.6],
    ['menswear', '男装', 'Menswear', 1.8],
    ['shoes', '鞋靴', 'Shoes', 1.6],
    ['bags', '箱包', 'Bags & luggage', 1.0],
    ['underwear', '内衣', 'Underwear', 0.8],
    ['accessories', '配饰', 'Accessories', 0.6],
    ['styling', '穿搭', 'Outfit styling', 0.6],
  ]),
  category('food', '食品饮料', 'Food & drinks', [
    ['snacks', '休闲零食', 'Snacks', 2.2],
    ['beverages', '饮料冲调', 'Beverages', 1.2],
    ['fresh', '生鲜水果', 'Fresh produce', 1.2],
    ['alcohol', '酒水', 'Alcohol', 0.8],
    ['pantry', '粮油调味', 'Pantry staples', 1.0],
    ['tea', '茶叶', 'Tea', 0.6],
    ['dairy', '乳品', 'Dairy', 0.6],
    ['instant', '方便速食', 'Instant food', 0.4],
  ]),
  category('food_explore', '美食探店', 'Food exploring', [
    ['restaurants', '餐厅探店', 'Restaurant visits', 2.6],
    ['street_food', '街头小吃', 'Street food', 1.6],
    ['home_cooking', '家常菜谱', 'Home cooking', 2.0],
    ['baking', '烘焙甜品', 'Baking & desserts', 0.8],
    ['cafes', '咖啡茶饮', 'Coffee & tea shops', 1.0],
  ]),
  category('mother_baby', '母婴', 'Mother & baby', [
    ['pregnancy', '孕产', 'Pregnancy', 1.0],
    ['formula', '奶粉辅食', 'Formula & baby food', 1.2],
    ['diapers', '纸尿裤湿巾', 'Diapers & wipes', 0.8],
    ['toys', '玩具', 'Toys', 1.0],
    ['parenting', '育儿知识', 'Parenting', 1.4],
    ['kidswear', '童装童鞋', 'Kidswear', 0.6],
  ]),
  category('digital', '数码', 'Electronics', [
    ['phones', '手机', 'Phones', 2.0],
    ['computers', '电脑办公', 'Computers & office', 1.0],
    ['audio', '耳机音响', 'Audio', 0.8],
    ['cameras', '摄影摄像', 'Cameras', 0.6],
    ['wearables', '智能穿戴', 'Wearables', 0.8],
    ['gadgets', '数码配件', 'Gadgets & accessories', 0.8],
  ]),
  category('appliances', '家电', 'Home appliances', [
    ['major', '大家电', 'Major appliances', 1.2],
    ['kitchen', '厨房小电', 'Kitchen appliances', 1.2],
    ['household', '生活电器', 'Household appliances', 0.8],
    ['personal_care', '个护电器', 'Personal-care appliances', 0.8],
  ]),
  category('home', '家居', 'Home & living', [
    ['furniture', '家具', 'Furniture', 1.2],
    ['textiles', '家纺', 'Home textiles', 0.8],
    ['kitchenware', '厨具餐具', 'Kitchenware', 0.8],
    ['decor', '家装设计', 'Interior design', 1.4],
    ['cleaning', '收纳清洁', 'Storage & cleaning', 1.0],
    ['gardening', '园艺绿植', 'Gardening', 0.8],
  ]),
  category('sports', '运动户外', 'Sports & outdoors', [
    ['fitness', '健身', 'Fitness', 1.4],
    ['running', '跑步', 'Running', 0.6],
    ['camping', '户外露营', 'Outdoor & camping', 1.0],
    ['ball_games', '球类运动', 'Ball sports', 1.0],
    ['cycling', '骑行', 'Cycling', 0.4],
    ['sportswear', '运动服饰', 'Sportswear', 0.6],
  ]),
  category('pets', '宠物', 'Pets', [
    ['cats', '猫咪', 'Cats', 1.2],
    ['dogs', '狗狗', 'Dogs', 1.0],
    ['food', '宠物食品', 'Pet food', 0.4],
    ['supplies', '宠物用品', 'Pet supplies', 0.4],
  ]),
  category('auto', '汽车', 'Cars', [
    ['new_cars', '新车资讯', 'New cars', 1.2],
    ['ev', '新能源车', 'Electric vehicles', 1.2],
    ['car_care', '用车养车', 'Car care', 0.8],
    ['accessories', '汽车用品', 'Car accessories', 0.4],
    ['driving', '驾驶技巧', 'Driving skills', 0.4],
  ]),
  category('travel', '旅行', 'Travel', [
    ['domestic', '国内游', 'Domestic travel', 1.6],
    ['outbound', '出境游', 'Outbound travel', 0.6],
    ['hotels', '酒店民宿', 'Hotels & homestays', 0.8],
    ['nearby', '周边游', 'Weekend trips', 1.0],
  ]),
  category('education', '教育', 'Education', [
    ['k12', '中小学教育', 'K-12', 1.0],
    ['languages', '语言学习', 'Languages', 0.6],
    ['career', '职场技能', 'Career skills', 1.0],
    ['exams', '考试考证', 'Exams & certificates', 0.6],
    ['kids_enrichment', '少儿素质', 'Kids enrichment', 0.4],
    ['reading', '读书', 'Reading', 0.4],
  ]),
  category('gaming', '游戏', 'Gaming', [
    ['mobile', '手游', 'Mobile games', 2.4],
    ['pc_console', '端游主机', 'PC & console', 1.0],
    ['esports', '电竞', 'Esports', 0.8],
    ['casual', '休闲小游戏', 'Casual games', 0.8],
  ]),
  category('health', '健康', 'Health', [
    ['supplements', '营养保健', 'Supplements', 1.2],
    ['medical', '医疗科普', 'Medical knowledge', 1.0],
    ['tcm', '中医养生', 'Traditional Chinese wellness', 0.8],
    ['weight', '减脂塑形', 'Weight management', 0.6],
    ['mental', '心理健康', 'Mental health', 0.4],
  ]),
  category('jewelry', '珠宝', 'Jewelry & watches', [
    ['gold', '黄金', 'Gold', 0.8],
    ['jade', '翡翠玉石', 'Jade', 0.4],
    ['diamonds', '钻石', 'Diamonds', 0.2],
    ['watches', '手表', 'Watches', 0.2],
    ['fashion', '时尚饰品', 'Fashion jewelry', 0.4],
  ]),
  category('entertainment', '影视娱乐', 'Film & entertainment', [
    ['movies', '电影', 'Movies', 1.4],
    ['series', '剧集', 'TV series', 1.8],
    ['variety', '综艺', 'Variety shows', 0.8],
    ['music', '音乐', 'Music', 1.4],
    ['celebrities', '明星', 'Celebrities', 1.0],
    ['anime', '动漫', 'Anime & comics', 1.0],
    ['comedy', '搞笑', 'Comedy', 0.6],
  ]),
  category('rural', '三农', 'Rural life & farming', [
    ['farming', '农业种植', 'Farming', 0.6],
    ['village_life', '乡村生活', 'Village life', 0.8],
    ['local_specialties', '地方特产', 'Local specialties', 0.6],
  ]),
  category('finance', '财经', 'Finance & property', [
    ['investing', '理财投资', 'Investing', 0.6],
    ['property', '房产', 'Property', 0.4],
  ]),
];

export const interestTags: readonly InterestTag[] = interestTaxonomy.flatMap((c) => c.tags);

export const builtInInterestTagIds: ReadonlySet<string> = new Set(interestTags.map((t) => t.id));

/** The default TGI denominator: tag id → platform share. A fresh object per call so callers may edit it. */
export function builtInBaseline(): Record<string, number> {
  return Object.fromEntries(interestTags.map((t) => [t.id, t.baselineShare]));
}

const tagsById = new Map(interestTags.map((t) => [t.id, t]));

export function findInterestTag(id: string): InterestTag | undefined {
  return tagsById.get(id);
}

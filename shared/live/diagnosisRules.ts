import type { SessionMetric } from './funnel';

export type Lang = 'zh-CN' | 'en';
type Texts<T> = Readonly<Record<Lang, T>>;

export interface DiagnosisRule {
  /**
   * The plain sentence shown when this metric is below the benchmark's median. Placeholders:
   * {{value}} the session's value, {{p50}} the median, {{basis}} whose median ("your" / "peer").
   */
  sentence: Texts<string>;
  /** What to try next, most effective first. */
  actions: Texts<readonly string[]>;
}

/**
 * Step → plain sentence + suggested actions, as live-room operators (直播运营) explain a weak step.
 * Data, so it can be read, reviewed and reworded in one place; diagnose() only picks rows from it.
 */
export const diagnosisRules: Readonly<Partial<Record<SessionMetric, DiagnosisRule>>> = {
  exposureEntryRate: {
    sentence: {
      'zh-CN':
        '曝光进入率 {{value}}，低于{{basis}}中位值 {{p50}}：刷到直播间的人没有停下来，画面和标题没留住人。',
      en: 'Entry rate {{value}}, below {{basis}} P50 {{p50}}: people who scroll past the room do not stop; the first frame and title do not hold them.',
    },
    actions: {
      'zh-CN': [
        '检查开场画面、贴片和直播间标题是否一眼看懂卖什么',
        '开场 30 秒内抛出福利或爆款',
        '检查投放定向是否过宽',
      ],
      en: [
        'Check that the opening frame, overlays and title say at a glance what is sold',
        'Announce the offer or hero product within the first 30 seconds',
        'Check whether paid targeting is too broad',
      ],
    },
  },
  productExposureRate: {
    sentence: {
      'zh-CN':
        '商品曝光率 {{value}}，低于{{basis}}中位值 {{p50}}：观众进来了却没看到商品，讲解和弹卡节奏太慢。',
      en: 'Product exposure rate {{value}}, below {{basis}} P50 {{p50}}: viewers came in but never saw a product; explanation and product pop-ups come too slowly.',
    },
    actions: {
      'zh-CN': ['讲解时及时弹出商品卡', '缩短两次上架讲解之间的空档', '把主推品置顶在购物车第一位'],
      en: [
        'Pop the product card while explaining it',
        'Shorten the gaps between product explanations',
        'Pin the hero product first in the cart',
      ],
    },
  },
  productClickRate: {
    sentence: {
      'zh-CN':
        '商品点击率 {{value}}，低于{{basis}}中位值 {{p50}}：展示的商品不是这个直播间观众想要的；检查讲解顺序和第一个商品。',
      en: "Product click rate {{value}}, below {{basis}} P50 {{p50}}: the products shown are not what this room's viewers want; check the explanation (讲解) order and the first product.",
    },
    actions: {
      'zh-CN': [
        '调整讲解顺序，把点击率最高的商品放在前面',
        '检查商品主图、标题和价格锚点',
        '按直播间人群换选品',
      ],
      en: [
        'Reorder the explanations: lead with the product that gets the most clicks',
        'Check product images, titles and price anchors',
        "Pick products for this room's audience",
      ],
    },
  },
  clickConversionRate: {
    sentence: {
      'zh-CN':
        '点击成交率 {{value}}，低于{{basis}}中位值 {{p50}}：观众点开了商品却没下单，价格、优惠或详情页没有说服他们。',
      en: 'Click-to-order rate {{value}}, below {{basis}} P50 {{p50}}: viewers opened the product but did not buy; price, offer or detail page did not convince them.',
    },
    actions: {
      'zh-CN': ['把优惠券和到手价讲清楚', '检查详情页首屏、评价和库存规格', '用限时限量话术促单'],
      en: [
        'Make the coupon and final price explicit',
        'Check the detail page, reviews and stock by variant',
        'Close with time- or quantity-limited offers',
      ],
    },
  },
  viewConversionRate: {
    sentence: {
      'zh-CN': '观看成交率 {{value}}，低于{{basis}}中位值 {{p50}}：进来的人里下单的太少。',
      en: 'View-to-order rate {{value}}, below {{basis}} P50 {{p50}}: too few of the people who came in bought.',
    },
    actions: {
      'zh-CN': ['先看上面哪一步最弱，从那一步改起'],
      en: ['Start with the weakest funnel step above'],
    },
  },
  gpm: {
    sentence: {
      'zh-CN': 'GPM {{value}}，低于{{basis}}中位值 {{p50}}：每千次观看卖得少，流量效率偏低。',
      en: 'GPM {{value}}, below {{basis}} P50 {{p50}}: each thousand views sold less; traffic is used less efficiently.',
    },
    actions: {
      'zh-CN': ['提高高客单商品的讲解时长', '检查流量来源是否偏向低意向流量'],
      en: [
        'Give higher-priced products more explanation time',
        'Check whether traffic sources lean to low-intent traffic',
      ],
    },
  },
  uvValue: {
    sentence: {
      'zh-CN': 'UV价值 {{value}}，低于{{basis}}中位值 {{p50}}：每位观众贡献的成交偏低。',
      en: 'UV value {{value}}, below {{basis}} P50 {{p50}}: each viewer brought in less.',
    },
    actions: {
      'zh-CN': ['设计组合装或满减提高客单', '优化排品，让利润款接在引流款之后'],
      en: ['Offer bundles or spend-more discounts', 'Follow traffic products with margin products'],
    },
  },
  interactionRate: {
    sentence: {
      'zh-CN': '互动率 {{value}}，低于{{basis}}中位值 {{p50}}：观众很少评论，直播间气氛冷。',
      en: 'Interaction rate {{value}}, below {{basis}} P50 {{p50}}: viewers hardly comment; the room feels cold.',
    },
    actions: {
      'zh-CN': ['设计提问和扣字互动', '安排场控及时回复评论'],
      en: ['Ask questions viewers can answer in a word', 'Have a room moderator answer comments quickly'],
    },
  },
  followRate: {
    sentence: {
      'zh-CN': '关注率 {{value}}，低于{{basis}}中位值 {{p50}}：观众没有理由关注这个直播间。',
      en: 'Follow rate {{value}}, below {{basis}} P50 {{p50}}: viewers see no reason to follow the room.',
    },
    actions: {
      'zh-CN': ['预告下一场的福利和时间', '设置关注专属福利'],
      en: ["Announce the next session's time and offer", 'Give followers an exclusive perk'],
    },
  },
  fanClubRate: {
    sentence: {
      'zh-CN': '加团率 {{value}}，低于{{basis}}中位值 {{p50}}：粉丝团权益没讲清楚。',
      en: 'Fan-club join rate {{value}}, below {{basis}} P50 {{p50}}: the fan-club benefits are not explained.',
    },
    actions: {
      'zh-CN': ['讲清粉丝团专属价或赠品', '在成交高峰后引导加团'],
      en: ['Explain the fan-club price or gift', 'Invite viewers to join right after a sales peak'],
    },
  },
  refundRate: {
    sentence: {
      'zh-CN': '退款率 {{value}}，高于{{basis}}中位值 {{p50}}：成交后退得多，讲解可能夸大或发货有问题。',
      en: 'Refund rate {{value}}, above {{basis}} P50 {{p50}}: many orders came back; the pitch may overpromise or delivery may fail.',
    },
    actions: {
      'zh-CN': ['核对讲解与商品实际是否一致', '检查发货时效和尺码说明'],
      en: ['Check that the pitch matches the product', 'Check shipping times and size guidance'],
    },
  },
  roi: {
    sentence: {
      'zh-CN': 'ROI {{value}}，低于{{basis}}中位值 {{p50}}：投放花出去的钱换回的成交偏少。',
      en: 'ROI {{value}}, below {{basis}} P50 {{p50}}: ad spend bought less GMV than usual.',
    },
    actions: {
      'zh-CN': ['收窄千川定向或调整出价', '在转化高的时段集中投放'],
      en: ['Narrow Qianchuan targeting or adjust bids', 'Concentrate spend in the hours that convert'],
    },
  },
  avgWatchSeconds: {
    sentence: {
      'zh-CN': '人均观看时长 {{value}}，低于{{basis}}中位值 {{p50}}：观众停留太短，来不及被种草。',
      en: 'Average watch time {{value}}, below {{basis}} P50 {{p50}}: viewers leave before they can be won over.',
    },
    actions: {
      'zh-CN': ['用福利节点和悬念留人', '缩短单品讲解，保持节奏'],
      en: ['Hold viewers with timed offers and teasers', 'Keep each product pitch short'],
    },
  },
};

export const basisWords: Texts<Record<'own' | 'peer', string>> = {
  'zh-CN': { own: '你的', peer: '同行' },
  en: { own: 'your', peer: 'the peer' },
};

/** Fills a rule's sentence; the caller formats the numbers in its locale. */
export function renderSentence(
  metric: SessionMetric,
  lang: Lang,
  params: { value: string; p50: string; basis: 'own' | 'peer' },
): string | null {
  const rule = diagnosisRules[metric];
  if (!rule) return null;
  return rule.sentence[lang]
    .replace('{{value}}', params.value)
    .replace('{{p50}}', params.p50)
    .replace('{{basis}}', basisWords[lang][params.basis]);
}

import type { ContentFormat, ContentObjective, ContentStatus } from '../../../shared/content/model';
import { DAY_MS, weekOfInstant } from '../../../shared/content/time';
import { civilAddDays } from '../../../shared/domain/dates';
import { instantToWallTime, wallTimeToInstant } from '../../../shared/parsing/timeZone';
import { insertItem, type ContentValues } from '../content/repo';
import { SAMPLE_PRODUCTS_KEY } from './products';
import type { SampleRefs, SampleSeeder } from './types';

const TIME_ZONE = 'Asia/Shanghai';

interface Slot {
  handle: string;
  time: string; // HH:mm, Asia/Shanghai
  format: ContentFormat;
  objective: ContentObjective;
  pillar: string;
  titles: readonly string[];
  skus: readonly string[];
  durationMinutes?: number;
  owner: string;
  tags?: readonly string[];
  brief?: string;
}

const liveBrief = `开场 5 分钟：福利预告 + 关注抽奖
主推讲解：成分 → 肤感上脸 → 和竞品对比
搭配推荐：精华 + 面霜组合价
逼单：限时库存、倒计时
收尾：下一场预告`;

/**
 * One week of the sample brand's plan, day by day (0 = Monday). It meets every account's weekly targets
 * (posts and live hours) so that the calendar starts calm; the deliberate exceptions are added afterwards.
 */
function slotsFor(weekday: number): Slot[] {
  const slots: Slot[] = [];
  // Brand official: 5 posts a week, brand story and seeding.
  if ([0, 2, 4, 5, 6].includes(weekday)) {
    slots.push({
      handle: 'camellialab_official',
      time: weekday >= 5 ? '11:00' : '18:00',
      format: 'short_video',
      objective: weekday % 2 === 0 ? 'brand_story' : 'seed',
      pillar: ['品牌故事', '成分溯源', '新品预热'][weekday % 3]!,
      titles: [
        '一朵山茶花的 180 天：从云南花田到实验室',
        '配方师的一天｜修护精华是怎样诞生的',
        '为什么我们坚持做“温和修护”',
        '用户来信：敏感肌的第 28 天',
        '新品预热｜秋冬屏障修护计划',
      ],
      skus: [],
      owner: '小林',
      tags: ['品牌故事', '国货'],
    });
  }
  // Persona: one seeding post a day, every third an image post.
  slots.push({
    handle: 'xiaocha_skinlab',
    time: '21:00',
    format: weekday % 3 === 2 ? 'image_text' : 'short_video',
    objective: 'seed',
    pillar: ['成分科普', '真实测评', '护肤教程'][weekday % 3]!,
    titles: [
      '神经酰胺到底怎么选？配方师讲透',
      '5 款修护精华盲测，结果意外',
      '换季泛红？三步急救流程',
      '早 C 晚 A 新手避坑清单',
      '油皮也需要面霜吗？',
      '洁面选错，护肤白做',
      '防晒霜用量，你可能只用了一半',
    ],
    skus: weekday % 2 === 0 ? ['CL-SERUM-30'] : [],
    owner: '小茶',
    tags: ['成分党', '护肤'],
  });
  // Self-broadcast room: two 3-hour sessions a day (42 h/week) and two short videos (14/week).
  slots.push(
    {
      handle: 'camellialab_store',
      time: '12:00',
      format: 'live',
      objective: 'self_broadcast',
      pillar: '日常自播',
      titles: ['午场自播｜防晒 + 洁面专场'],
      skus: ['CL-SUN-50', 'CL-CLEANSER-120', 'CL-MASK-5', 'CL-EYE-15'],
      durationMinutes: 180,
      owner: '阿杰',
      brief: liveBrief,
    },
    {
      handle: 'camellialab_store',
      time: '19:30',
      format: 'live',
      objective: 'self_broadcast',
      pillar: '日常自播',
      titles: ['晚场自播｜修护精华主推'],
      skus: ['CL-SERUM-30', 'CL-CREAM-50', 'CL-TONER-150', 'CL-SET-GIFT'],
      durationMinutes: 180,
      owner: '阿杰',
      brief: liveBrief,
    },
    {
      handle: 'camellialab_store',
      time: '10:00',
      format: 'short_video',
      objective: 'convert',
      pillar: '产品演示',
      titles: ['精华液上脸实拍：3 秒吸收', '面霜厚涂一夜，第二天什么状态', '精华水湿敷 5 分钟'],
      skus: [['CL-SERUM-30', 'CL-CREAM-50', 'CL-TONER-150'][weekday % 3]!],
      owner: '阿杰',
    },
    {
      handle: 'camellialab_store',
      time: '17:00',
      format: 'short_video',
      objective: 'convert',
      pillar: '直播预告',
      titles: ['今晚 7 点半直播间：精华买一送一', '晚场预告｜礼盒到手价揭晓'],
      skus: [weekday % 2 === 0 ? 'CL-SERUM-30' : 'CL-SET-GIFT'],
      owner: '阿杰',
    },
  );
  // Deals: three short videos a day (21/week) and three 2-hour lives (6 h/week).
  slots.push(
    {
      handle: 'camellialab_deals',
      time: '09:00',
      format: 'short_video',
      objective: 'promotion',
      pillar: '限时好价',
      titles: ['早安好价｜面膜 5 片装到手 69', '会员日：洁面第二件 0 元'],
      skus: [weekday % 2 === 0 ? 'CL-MASK-5' : 'CL-CLEANSER-120'],
      owner: '美美',
      tags: ['好价', '限时'],
    },
    {
      handle: 'camellialab_deals',
      time: '13:00',
      format: 'short_video',
      objective: 'convert',
      pillar: '组合推荐',
      titles: ['水乳组合怎么买最划算', '熬夜党急救组合'],
      skus: [weekday % 2 === 0 ? 'CL-TONER-150' : 'CL-CREAM-50'],
      owner: '美美',
    },
    {
      handle: 'camellialab_deals',
      time: '20:00',
      format: 'short_video',
      objective: 'convert',
      pillar: '限时好价',
      titles: ['眼霜试用装免费领', '旅行装防晒 9.9 引流'],
      skus: [weekday % 2 === 0 ? 'CL-EYE-15' : 'CL-SUNSPRAY-30'],
      owner: '美美',
    },
  );
  if ([1, 3, 5].includes(weekday)) {
    slots.push({
      handle: 'camellialab_deals',
      time: '20:30',
      format: 'live',
      objective: 'promotion',
      pillar: '福利直播',
      titles: ['福利社直播｜面膜洁面囤货场'],
      skus: ['CL-MASK-5', 'CL-CLEANSER-120'],
      durationMinutes: 120,
      owner: '美美',
    });
  }
  // Suncare (Xiaohongshu): an image post a day plus three videos (10/week), four 3-hour lives (12 h/week).
  slots.push({
    handle: 'camellia_suncare',
    time: '11:00',
    format: 'image_text',
    objective: 'seed',
    pillar: '防晒科普',
    titles: ['通勤防晒怎么选', '户外防晒补涂攻略', '防晒和隔离的区别'],
    skus: ['CL-SUN-50'],
    owner: '王导',
    tags: ['防晒', '夏季'],
  });
  if ([1, 3, 5].includes(weekday)) {
    slots.push({
      handle: 'camellia_suncare',
      time: '16:00',
      format: 'short_video',
      objective: 'convert',
      pillar: '防晒实测',
      titles: ['暴晒 4 小时实测', '防晒乳成膜速度对比'],
      skus: ['CL-SUN-50'],
      owner: '王导',
    });
  }
  if ([0, 2, 4, 6].includes(weekday)) {
    slots.push({
      handle: 'camellia_suncare',
      time: '15:00',
      format: 'live',
      objective: 'self_broadcast',
      pillar: '防晒专场',
      titles: ['防晒专场直播'],
      skus: ['CL-SUN-50', 'CL-SUNSPRAY-30'],
      durationMinutes: 180,
      owner: '王导',
    });
  }
  return slots;
}

/** Where an item is in production, judged by how far ahead of now it is planned. */
function statusFor(startMs: number, nowMs: number, format: ContentFormat): ContentStatus {
  const days = (startMs - nowMs) / DAY_MS;
  if (days < 0) return 'published';
  if (days < 2) return 'scheduled';
  if (format === 'live') return days < 7 ? 'scheduled' : days < 14 ? 'scripting' : 'idea';
  if (days < 5) return 'review';
  if (days < 8) return 'editing';
  if (days < 12) return 'filming';
  if (days < 18) return 'scripting';
  return 'idea';
}

interface Planned {
  handle: string;
  values: Omit<ContentValues, 'workspaceId' | 'accountId'>;
}

/**
 * A month of content across the sample's five accounts: whole weeks from the one holding the 1st of the
 * current month to at least two weeks ahead. Past items are published; the rest walk the pipeline by how
 * soon they are due. Four deliberate problems show the guardrails at work:
 * a promotion on the brand account, two sales accounts pushing the serum in the same hour, a convert
 * video without a product, and a cancelled post that leaves the deals account short of its weekly target.
 */
export const seedSampleContent: SampleSeeder = (ctx, refs: SampleRefs) => {
  const nowMs = ctx.now().getTime();
  const skus = refs.extra.get(SAMPLE_PRODUCTS_KEY) as Map<string, string> | undefined;
  if (!skus) throw new Error('seedSampleContent needs seedSampleProducts first');
  const today = instantToWallTime(nowMs, TIME_ZONE);
  const firstOfMonth = { year: today.year, month: today.month, day: 1 };
  const startWeek = weekOfInstant(
    wallTimeToInstant({ ...firstOfMonth, hour: 12, minute: 0, second: 0, millisecond: 0 }, TIME_ZONE),
    TIME_ZONE,
  );
  const endOfMonth = civilAddDays({ year: today.year, month: today.month + 1, day: 1 }, -1);
  const lastDay = [endOfMonth, civilAddDays(today, 14)].sort((a, b) =>
    a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day,
  )[1]!;
  const endWeek = weekOfInstant(
    wallTimeToInstant({ ...lastDay, hour: 12, minute: 0, second: 0, millisecond: 0 }, TIME_ZONE),
    TIME_ZONE,
  );
  const monday = (() => {
    const [y, m, d] = startWeek.weekStart.split('-').map(Number);
    return { year: y!, month: m!, day: d! };
  })();
  const days = Math.round((endWeek.endMs - startWeek.startMs) / DAY_MS);

  const planned: Planned[] = [];
  let serial = 0;
  for (let i = 0; i < days; i++) {
    const date = civilAddDays(monday, i);
    const weekday = i % 7;
    for (const slot of slotsFor(weekday)) {
      const [hour, minute] = slot.time.split(':').map(Number);
      const startMs = wallTimeToInstant(
        { ...date, hour: hour!, minute: minute!, second: 0, millisecond: 0 },
        TIME_ZONE,
      );
      const plannedAt = new Date(startMs).toISOString();
      const status = statusFor(startMs, nowMs, slot.format);
      serial += 1;
      const published = status === 'published';
      const url =
        published && slot.format !== 'live'
          ? slot.handle === 'camellia_suncare'
            ? `https://www.xiaohongshu.com/explore/6${(startMs / 1000).toString(16)}${serial.toString(16).padStart(4, '0')}`
            : `https://www.douyin.com/video/74${String(startMs).slice(0, 12)}${String(serial).padStart(5, '0')}`
          : null;
      planned.push({
        handle: slot.handle,
        values: {
          title: slot.titles[(i + serial) % slot.titles.length]!,
          format: slot.format,
          objective: slot.objective,
          pillar: slot.pillar,
          status,
          plannedAt,
          durationMinutes: slot.durationMinutes ?? null,
          productIds: slot.skus.map((sku) => skus.get(sku)!),
          tags: [...(slot.tags ?? [])],
          owner: slot.owner,
          brief: slot.brief ?? '',
          publishedUrl: url,
          publishedAt: published ? plannedAt : null,
        },
      });
    }
  }

  const firstUpcoming = (handle: string, time?: string) =>
    planned.find(
      (p) =>
        p.handle === handle &&
        Date.parse(p.values.plannedAt) > nowMs + DAY_MS &&
        (time === undefined ||
          instantToWallTime(Date.parse(p.values.plannedAt), TIME_ZONE).hour === Number(time)),
    );
  // 1. A promotion on the brand-building account (role mismatch).
  const promo = firstUpcoming('camellialab_official');
  if (promo) {
    Object.assign(promo.values, {
      title: '礼盒限时福利，今晚直播间见',
      objective: 'promotion',
      pillar: '节日营销',
      productIds: [skus.get('CL-SET-GIFT')!],
    });
  }
  // 2. Deals pushes the serum at 20:00 while the store's evening live sells it (cannibalisation).
  const clash = firstUpcoming('camellialab_deals', '20');
  if (clash) {
    Object.assign(clash.values, { title: '精华液限时第二件半价', productIds: [skus.get('CL-SERUM-30')!] });
  }
  // 3. A convert video with nothing to buy.
  const noProduct = firstUpcoming('camellia_suncare', '16');
  if (noProduct) {
    Object.assign(noProduct.values, { title: '防晒测评合集｜哪款适合你', productIds: [] });
  }
  // 4. A cancelled morning post: the deals account falls one short of 21 posts that week.
  const cancelled = firstUpcoming('camellialab_deals', '9');
  if (cancelled) Object.assign(cancelled.values, { status: 'cancelled', title: '早安好价（档期取消）' });

  const at = ctx.now().toISOString();
  for (const item of planned) {
    const accountId = refs.accounts.get(item.handle);
    if (!accountId) continue;
    insertItem(
      ctx.db,
      ctx.newId(),
      { ...item.values, workspaceId: refs.workspaceId, accountId },
      'manual',
      at,
    );
  }
};

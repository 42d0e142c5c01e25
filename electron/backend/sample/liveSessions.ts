import { emptySessionValues, type SessionValues, type TrafficMix } from '../../../shared/live/fields';
import { slotOf } from '../../../shared/live/slots';
import { instantToWallTime, wallTimeToInstant } from '../../../shared/parsing/timeZone';
import { insertSession, overlappingLiveItems } from '../liveSessions/repo';
import type { SampleRefs, SampleSeeder } from './types';
import { mulberry32, seedFromText } from '../../../shared/random';

const TIME_ZONE = 'Asia/Shanghai';
const DAYS = 60;

/** How one live room usually performs in one slot; every session varies around it. */
interface RoomShape {
  handle: string;
  /** Monday = 0. */
  weekdays: readonly number[];
  startHour: number;
  startMinute: number;
  hours: number;
  exposureUsers: number;
  entryRate: number;
  productExposureRate: number;
  clickRate: number;
  clickConversion: number;
  orderValue: number;
  roi: number;
  traffic: TrafficMix;
  /** Which step is visibly weak on "bad" days, and how often those come (every n-th session). */
  weakStep: 'clickRate' | 'entryRate' | 'clickConversion';
  weakEvery: number;
}

const everyDay = [0, 1, 2, 3, 4, 5, 6] as const;

// The rooms of the sample's sales accounts, at the times seedSampleContent plans their lives.
const rooms: readonly RoomShape[] = [
  {
    handle: 'camellialab_store',
    weekdays: everyDay,
    startHour: 19,
    startMinute: 30,
    hours: 3,
    exposureUsers: 118_000,
    entryRate: 0.112,
    productExposureRate: 0.62,
    clickRate: 0.138,
    clickConversion: 0.24,
    orderValue: 139,
    roi: 5.2,
    traffic: {
      recommendFeed: 46,
      liveSquare: 12,
      shortVideo: 10,
      following: 9,
      search: 4,
      nearby: 3,
      qianchuan: 13,
      otherNatural: 3,
    },
    // The store's evening weak spot: product click rate collapses when the 讲解 opens with the gift set.
    weakStep: 'clickRate',
    weakEvery: 6,
  },
  {
    handle: 'camellialab_store',
    weekdays: everyDay,
    startHour: 12,
    startMinute: 0,
    hours: 3,
    exposureUsers: 52_000,
    entryRate: 0.094,
    productExposureRate: 0.58,
    clickRate: 0.121,
    clickConversion: 0.21,
    orderValue: 126,
    roi: 4.1,
    traffic: {
      recommendFeed: 51,
      liveSquare: 14,
      shortVideo: 8,
      following: 7,
      search: 5,
      nearby: 4,
      qianchuan: 9,
      otherNatural: 2,
    },
    weakStep: 'clickConversion',
    weakEvery: 9,
  },
  {
    handle: 'camellialab_deals',
    weekdays: [0, 2, 4],
    startHour: 20,
    startMinute: 30,
    hours: 2,
    exposureUsers: 64_000,
    entryRate: 0.082,
    productExposureRate: 0.66,
    clickRate: 0.152,
    clickConversion: 0.27,
    orderValue: 69,
    roi: 3.6,
    traffic: {
      recommendFeed: 38,
      liveSquare: 18,
      shortVideo: 14,
      following: 6,
      search: 3,
      suixintui: 17,
      otherNatural: 4,
    },
    weakStep: 'entryRate',
    weakEvery: 5,
  },
  {
    handle: 'camellia_suncare',
    weekdays: [0, 2, 4, 6],
    startHour: 15,
    startMinute: 0,
    hours: 3,
    exposureUsers: 36_000,
    entryRate: 0.102,
    productExposureRate: 0.6,
    clickRate: 0.131,
    clickConversion: 0.22,
    orderValue: 98,
    roi: 4.4,
    traffic: {
      recommendFeed: 44,
      liveSquare: 11,
      shortVideo: 16,
      following: 8,
      search: 7,
      qianchuan: 11,
      otherNatural: 3,
    },
    weakStep: 'clickRate',
    weakEvery: 8,
  },
];

/** Seeded from a text: the same sample every time. */
const prng = (seedText: string): (() => number) => mulberry32(seedFromText(seedText));

function sessionValues(shape: RoomShape, weak: boolean, random: () => number): SessionValues {
  const jitter = (spread: number) => 1 + (random() * 2 - 1) * spread;
  const rate = (base: number, step: RoomShape['weakStep']) =>
    base * jitter(0.08) * (weak && shape.weakStep === step ? 0.45 : 1);
  const exposureUsers = Math.round(shape.exposureUsers * jitter(0.2));
  const viewers = Math.round(exposureUsers * rate(shape.entryRate, 'entryRate'));
  const productExposureUsers = Math.round(viewers * shape.productExposureRate * jitter(0.05));
  const productClickUsers = Math.round(productExposureUsers * rate(shape.clickRate, 'clickRate'));
  const buyers = Math.round(productClickUsers * rate(shape.clickConversion, 'clickConversion'));
  const gmv = Math.round(buyers * shape.orderValue * jitter(0.1) * 100) / 100;
  const values = emptySessionValues();
  Object.assign(values, {
    exposureUsers,
    exposureCount: Math.round(exposureUsers * 1.7 * jitter(0.05)),
    viewers,
    views: Math.round(viewers * 1.25 * jitter(0.05)),
    peakOnline: Math.round((viewers / (shape.hours * 60)) * 9 * jitter(0.2)),
    avgOnline: Math.round((viewers / (shape.hours * 60)) * 3 * jitter(0.1)),
    avgWatchSeconds: Math.round(88 * jitter(0.15)),
    comments: Math.round(viewers * 0.13 * jitter(0.2)),
    newFollowers: Math.round(viewers * 0.027 * jitter(0.2)),
    newFanClub: Math.round(viewers * 0.0068 * jitter(0.25)),
    productsListed: 28 + Math.floor(random() * 8),
    productExposureUsers,
    productExposureCount: Math.round(productExposureUsers * 2.6 * jitter(0.05)),
    productClickUsers,
    productClickCount: Math.round(productClickUsers * 1.7 * jitter(0.05)),
    gmv,
    orders: Math.round(buyers * 1.08),
    buyers,
    refund: Math.round(gmv * 0.07 * jitter(0.3) * 100) / 100,
    adSpend: Math.round((gmv / shape.roi) * jitter(0.15) * 100) / 100,
  } satisfies Partial<SessionValues>);
  return values;
}

function trafficOf(shape: RoomShape, random: () => number): TrafficMix {
  const raw = Object.entries(shape.traffic).map(([k, v]) => [k, v * (1 + (random() * 2 - 1) * 0.1)] as const);
  const total = raw.reduce((s, [, v]) => s + v, 0);
  return Object.fromEntries(raw.map(([k, v]) => [k, Math.round((v / total) * 1000) / 10])) as TrafficMix;
}

/**
 * Sixty days of imported live sessions for the sample's sales rooms, at the times their lives are planned,
 * linked to the planned items where the calendar has them. Every few sessions one step is visibly weak
 * (the store's evening product click rate, the deals room's entry rate…), and the store's latest evening
 * session is one of them, so the diagnosis and the matrix card have something to say at once.
 */
export const seedSampleLiveSessions: SampleSeeder = (ctx, refs: SampleRefs) => {
  const nowMs = ctx.now().getTime();
  const today = instantToWallTime(nowMs, TIME_ZONE);
  const at = ctx.now().toISOString();
  for (const shape of rooms) {
    const accountId = refs.accounts.get(shape.handle);
    if (!accountId) throw new Error(`seedSampleLiveSessions needs the account ${shape.handle}`);
    const random = prng(`${shape.handle}@${shape.startHour}`);
    const starts: number[] = [];
    for (let back = DAYS; back >= 1; back--) {
      const startMs = wallTimeToInstant(
        {
          year: today.year,
          month: today.month,
          day: today.day - back,
          hour: shape.startHour,
          minute: shape.startMinute,
          second: 0,
          millisecond: 0,
        },
        TIME_ZONE,
      );
      const weekday = (new Date(startMs + 8 * 3600_000).getUTCDay() + 6) % 7;
      if (shape.weekdays.includes(weekday) && startMs + shape.hours * 3600_000 < nowMs) starts.push(startMs);
    }
    starts.forEach((startMs, i) => {
      // Counted from the newest, so the latest session is always a weak one.
      const weak = (starts.length - 1 - i) % shape.weakEvery === 0;
      const startedAt = new Date(startMs).toISOString();
      const endedAt = new Date(startMs + shape.hours * 3600_000).toISOString();
      const planned = overlappingLiveItems(ctx.db, refs.workspaceId, accountId, startedAt, endedAt)[0];
      insertSession(ctx.db, ctx.newId(), {
        workspaceId: refs.workspaceId,
        accountId,
        creatorId: null,
        contentId: planned?.id ?? null,
        startedAt,
        endedAt,
        slot: slotOf(startedAt, TIME_ZONE),
        values: sessionValues(shape, weak, random),
        traffic: trafficOf(shape, random),
        source: 'sample',
        importedAt: at,
      });
    });
  }
};

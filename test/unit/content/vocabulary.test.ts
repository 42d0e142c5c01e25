import { describe, expect, it } from 'vitest';
import {
  exportFields,
  exportHeaders,
  importFieldAliases,
  readDurationMinutes,
  readFormat,
  readObjective,
  readStatus,
  splitList,
} from '../../../shared/content/vocabulary';
import { mapHeaders } from '../../../shared/parsing/headers';
import { contentItemFieldsSchema, instantSchema } from '../../../shared/content/model';

describe('content import vocabulary', () => {
  it('maps Chinese and English headers (and the export headers of both languages) to fields', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const headers = exportFields.map((f) => exportHeaders[lang][f]);
      const { mapping, unmapped } = mapHeaders(headers, importFieldAliases);
      expect(unmapped).toEqual([]);
      for (const f of exportFields) expect(mapping[f]).toBe(exportHeaders[lang][f]);
    }
    const { mapping } = mapHeaders(
      ['账号', '标题', '形式', '目标', '计划时间', '时长（分钟）', '商品'],
      importFieldAliases,
    );
    expect(mapping).toMatchObject({
      plannedAt: '计划时间',
      durationMinutes: '时长（分钟）',
      products: '商品',
    });
  });

  it('reads formats, objectives and statuses from codes, labels and synonyms', () => {
    expect(['短视频', 'short_video', 'Short Video', '视频'].map(readFormat)).toEqual(
      Array(4).fill('short_video'),
    );
    expect(['直播', 'LIVE', '直播间'].map(readFormat)).toEqual(['live', 'live', 'live']);
    expect(['图文', 'image_text', '笔记'].map(readFormat)).toEqual([
      'image_text',
      'image_text',
      'image_text',
    ]);
    expect(readFormat('播客')).toBeNull();
    expect(['种草', '转化', '品牌故事', '自播', '活动'].map(readObjective)).toEqual([
      'seed',
      'convert',
      'brand_story',
      'self_broadcast',
      'promotion',
    ]);
    expect(['self-broadcast', 'Brand story', '带货'].map(readObjective)).toEqual([
      'self_broadcast',
      'brand_story',
      'convert',
    ]);
    expect(['创意', '脚本', '拍摄', '剪辑', '审核', '已排期', '已发布', '已取消'].map(readStatus)).toEqual([
      'idea',
      'scripting',
      'filming',
      'editing',
      'review',
      'scheduled',
      'published',
      'cancelled',
    ]);
    expect(readStatus('canceled')).toBe('cancelled');
  });

  it('splits list cells on Chinese and ASCII separators', () => {
    expect(splitList('A-1、B-2，C-3; D|E\nF')).toEqual(['A-1', 'B-2', 'C-3', 'D', 'E', 'F']);
    expect(splitList('  ')).toEqual([]);
  });

  it('reads durations in minutes, hours and h:mm', () => {
    expect(readDurationMinutes('90')).toBe(90);
    expect(readDurationMinutes('120分钟')).toBe(120);
    expect(readDurationMinutes('90 min')).toBe(90);
    expect(readDurationMinutes('1.5h')).toBe(90);
    expect(readDurationMinutes('2小时30分')).toBe(150);
    expect(readDurationMinutes('1:30')).toBe(90);
    expect(readDurationMinutes('１２０')).toBe(120);
    expect(readDurationMinutes('两小时')).toBeNull();
    expect(readDurationMinutes('')).toBeNull();
  });
});

describe('content item schema', () => {
  const base = {
    workspaceId: 'w',
    accountId: 'a',
    title: '标题',
    format: 'short_video',
    objective: 'seed',
    plannedAt: '2025-08-06T20:00:00+08:00',
  };

  it('normalises instants to UTC and refuses times without an offset or invalid dates', () => {
    expect(instantSchema.parse('2025-08-06T20:00:00+08:00')).toBe('2025-08-06T12:00:00.000Z');
    expect(instantSchema.parse('2025-08-06T12:00:00Z')).toBe('2025-08-06T12:00:00.000Z');
    for (const same of [
      '2025-08-06T20:00+08:00',
      '2025-08-06T20:00:00+0800',
      '2025-08-06T20:00:00+08',
      '2025-08-06T07:00:00-05:00',
    ]) {
      expect(instantSchema.parse(same)).toBe('2025-08-06T12:00:00.000Z');
    }
    for (const bad of [
      '2025-08-06 20:00',
      '2025-08-06T20:00:00',
      '2025-02-30T10:00:00+08:00',
      '2025-08-06T24:00:00Z',
      '2025-08-06T20:00:00+15:00',
      'tomorrow',
      '1999-12-31T00:00:00Z',
    ]) {
      expect(instantSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('requires a duration for live sessions and refuses one elsewhere, naming durationMinutes', () => {
    const live = contentItemFieldsSchema.safeParse({ ...base, format: 'live' });
    expect(live.success).toBe(false);
    expect(live.error?.issues[0]?.path).toEqual(['durationMinutes']);
    const video = contentItemFieldsSchema.safeParse({ ...base, durationMinutes: 30 });
    expect(video.error?.issues[0]?.path).toEqual(['durationMinutes']);
    expect(
      contentItemFieldsSchema.parse({ ...base, format: 'live', durationMinutes: 120 }).durationMinutes,
    ).toBe(120);
  });

  it('accepts a published URL and time only on published items', () => {
    const early = contentItemFieldsSchema.safeParse({ ...base, publishedUrl: 'https://v.douyin.com/x' });
    expect(early.error?.issues[0]?.path).toEqual(['publishedUrl']);
    const ok = contentItemFieldsSchema.parse({
      ...base,
      status: 'published',
      publishedUrl: 'https://v.douyin.com/x',
      publishedAt: '2025-08-06T20:05:00+08:00',
    });
    expect(ok.publishedAt).toBe('2025-08-06T12:05:00.000Z');
    expect(
      contentItemFieldsSchema.safeParse({ ...base, status: 'published', publishedUrl: 'douyin' }).success,
    ).toBe(false);
  });

  it('dedupes products and tags and strips # from tags', () => {
    const parsed = contentItemFieldsSchema.parse({
      ...base,
      productIds: ['p', 'p'],
      tags: ['#夏日', '夏日', ' 饮品 '],
    });
    expect(parsed.productIds).toEqual(['p']);
    expect(parsed.tags).toEqual(['夏日', '饮品']);
  });
});

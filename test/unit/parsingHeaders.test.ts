import { describe, expect, it } from 'vitest';
import { headerKey, mapHeaders } from '../../shared/parsing/headers';

// A content-import style alias table, as a caller would pass it.
const contentAliases = {
  account: ['账号', '账号名称', 'account', 'account name'],
  title: ['标题', '作品标题', 'title'],
  plays: ['播放量', '播放数', 'plays', 'views', 'play_count'],
  gmv: ['成交金额', 'GMV'],
  publishedAt: ['发布时间', 'publish time', 'published at'],
} as const;

describe('mapHeaders', () => {
  it('maps Chinese headers', () => {
    const result = mapHeaders(['账号', '标题', '发布时间', '播放量', '成交金额'], contentAliases);
    expect(result.mapping).toEqual({
      account: '账号',
      title: '标题',
      plays: '播放量',
      gmv: '成交金额',
      publishedAt: '发布时间',
    });
    expect(result.unmapped).toEqual([]);
  });

  it('ignores case, spaces, width and punctuation, and returns headers as written', () => {
    const result = mapHeaders(
      ['Account Name', ' TITLE ', 'Play-Count', 'ＧＭＶ', 'Published_At：'],
      contentAliases,
    );
    expect(result.mapping).toEqual({
      account: 'Account Name',
      title: ' TITLE ',
      plays: 'Play-Count',
      gmv: 'ＧＭＶ',
      publishedAt: 'Published_At：',
    });
  });

  it('matches headers carrying a unit in brackets, preferring an exact header', () => {
    expect(mapHeaders(['成交金额（元）', '播放量(次)'], contentAliases).mapping).toMatchObject({
      gmv: '成交金额（元）',
      plays: '播放量(次)',
    });
    const both = mapHeaders(['播放量(万)', '播放量'], contentAliases);
    expect(both.mapping.plays).toBe('播放量');
    expect(both.unmapped).toEqual(['播放量(万)']);
  });

  it('reports unmatched fields as null and unclaimed headers in file order', () => {
    const result = mapHeaders(['备注', '账号', '点赞', 'views'], contentAliases);
    expect(result.mapping).toEqual({
      account: '账号',
      title: null,
      plays: 'views',
      gmv: null,
      publishedAt: null,
    });
    expect(result.unmapped).toEqual(['备注', '点赞']);
  });

  it('gives each header to one field and each field one header', () => {
    const result = mapHeaders(['views', 'plays'], { plays: ['plays', 'views'], views: ['views'] });
    // Fields claim in table order: plays takes the first matching header (views), views gets nothing left.
    expect(result.mapping).toEqual({ plays: 'views', views: null });
    expect(result.unmapped).toEqual(['plays']);
  });

  it('treats the field id itself as an alias', () => {
    expect(mapHeaders(['playCount'], { playCount: [] }).mapping.playCount).toBe('playCount');
  });

  it('never matches blank headers or punctuation-only aliases', () => {
    const result = mapHeaders(['', '--'], { notes: ['-', ''] });
    expect(result.mapping.notes).toBeNull();
    expect(result.unmapped).toEqual(['', '--']);
  });
});

describe('headerKey', () => {
  it('normalizes case, width, whitespace and punctuation', () => {
    expect(headerKey(' Play_Count ')).toBe('playcount');
    expect(headerKey('完播率（%）')).toBe('完播率');
    expect(headerKey('ＶＩＥＷＳ')).toBe('views');
  });
});

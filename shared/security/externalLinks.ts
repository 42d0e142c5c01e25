/** Hosts we deliberately link to from the app (help pages, platform back-ends). Everything else is refused. */
const ALLOWED_EXTERNAL_HOSTS = [
  'douyin.com',
  'www.douyin.com',
  'buyin.jinritemai.com',
  'fxg.jinritemai.com',
  'www.xingtu.cn',
  'www.kuaishou.com',
  'www.xiaohongshu.com',
  'channels.weixin.qq.com',
  'www.tiktok.com',
];

/** Why a link is not opened, for the renderer to say so instead of a click that does nothing. */
export type ExternalLinkRefusal = 'notWeb' | 'notHttps' | 'credentials' | 'host';

/**
 * Where a link opens decides what is refused. The desktop app hands it to the system browser only when it
 * is https, without credentials, to a known host (its window-open handler denies the rest, silently);
 * browser mode opens any http/https address in a new tab. Neither opens javascript:, file: or app schemes.
 */
export function externalLinkRefusal(raw: string, opener: 'desktop' | 'browser'): ExternalLinkRefusal | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'notWeb';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'notWeb';
  if (opener === 'browser') return null;
  if (url.protocol !== 'https:') return 'notHttps';
  if (url.username || url.password) return 'credentials';
  return ALLOWED_EXTERNAL_HOSTS.includes(url.hostname) ? null : 'host';
}

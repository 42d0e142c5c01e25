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

/** https only, no credentials, a known host: the one check every external link passes through. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  return ALLOWED_EXTERNAL_HOSTS.includes(url.hostname);
}

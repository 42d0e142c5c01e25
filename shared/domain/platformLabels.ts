import type { Platform } from './account';

/** Platform names for backend messages (English; the renderer has its own translated labels). */
export const platformLabels: Record<Platform, string> = {
  douyin: 'Douyin',
  kuaishou: 'Kuaishou',
  xiaohongshu: 'Xiaohongshu',
  wechat_channels: 'WeChat Channels',
  tiktok: 'TikTok',
};

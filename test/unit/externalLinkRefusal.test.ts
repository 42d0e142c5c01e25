import { describe, expect, it } from 'vitest';
import { externalLinkRefusal } from '../../shared/security/externalLinks';

/** Why a published link will not open, by where it opens (the renderer says so instead of doing nothing). */
describe('externalLinkRefusal', () => {
  it('refuses anything that is not an http/https address, in the desktop app and in a browser', () => {
    for (const opener of ['desktop', 'browser'] as const) {
      expect(externalLinkRefusal('v.douyin.com/abc', opener)).toBe('notWeb');
      expect(externalLinkRefusal('douyin://aweme/detail/7300', opener)).toBe('notWeb');
      expect(externalLinkRefusal('javascript:alert(1)', opener)).toBe('notWeb');
      expect(externalLinkRefusal('file:///etc/passwd', opener)).toBe('notWeb');
      expect(externalLinkRefusal('', opener)).toBe('notWeb');
    }
  });

  it('opens any http/https address in a browser tab', () => {
    expect(externalLinkRefusal('http://example.com/video/1', 'browser')).toBeNull();
    expect(externalLinkRefusal('https://v.douyin.com/abc/', 'browser')).toBeNull();
  });

  it('hands the desktop app’s system browser only https links to known hosts without credentials', () => {
    expect(externalLinkRefusal('https://www.douyin.com/video/7300', 'desktop')).toBeNull();
    expect(externalLinkRefusal('http://www.douyin.com/video/7300', 'desktop')).toBe('notHttps');
    expect(externalLinkRefusal('https://user:pw@www.douyin.com/', 'desktop')).toBe('credentials');
    expect(externalLinkRefusal('https://www.douyin.com.evil.example/', 'desktop')).toBe('host');
  });
});

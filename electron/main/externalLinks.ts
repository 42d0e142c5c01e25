import { externalLinkRefusal } from '../../shared/security/externalLinks';

/**
 * https only, no credentials, a known host: the one check every external link passes through. The rule
 * lives in shared/ so the renderer can say why a link it shows will not open.
 */
export function isSafeExternalUrl(raw: string): boolean {
  return externalLinkRefusal(raw, 'desktop') === null;
}

/**
 * One Content-Security-Policy for the desktop window and browser mode. Scripts only from our own origin;
 * inline styles are allowed because antd injects its CSS-in-JS at run time (STACK-NOTES); images may be
 * data:/blob: for chart PNG export.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

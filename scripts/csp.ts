import type { Plugin } from 'vite';

/**
 * A strict Content Security Policy for the production build, as a <meta> tag because a static host
 * often cannot set headers. Scripts and styles come only from the app's own origin. API calls go to
 * Globus over https (collection HTTPS servers live on many hosts, so any https origin) and, for the
 * offline emulator and local development, to loopback addresses only.
 * Not applied to the dev server, whose hot-reload preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:* http://[::1]:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self' https: http://127.0.0.1:* http://localhost:*",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

import type { Plugin } from 'vite';

/**
 * The static half of the Content Security Policy, as a <meta> tag because a static host often cannot
 * set headers. It is baked into index.html at build time, while the hosts a deployment talks to are only
 * known from config.json at run time, so it fits every valid configuration: scripts and styles from the
 * app's own origin only; network access and form targets over https, or loopback (the offline emulator).
 * At start-up the app adds a second policy naming exactly the configured hosts
 * (src/lib/csp/runtime-policy.ts); the browser enforces both, so the narrower one rules.
 * IPv6 loopback (`[::1]`) cannot be written as a CSP source, so it is not listed (config.json refuses it).
 * Headers a <meta> cannot carry (frame-ancestors and the rest) are set by the host: docs/deploy.md.
 * Not applied to the dev server, whose hot-reload preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
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

/**
 * The narrow half of the Content Security Policy, known only once config.json is read. The built
 * index.html carries a static policy that fits any configuration (scripts and styles from this origin
 * only; network to https: and loopback). Browsers enforce every policy a page declares, so this second
 * one, added at start-up, narrows network access to the hosts this deployment names: the Globus services,
 * the collection HTTPS domains, and, for forms, the portals this app answers as a helper page.
 * A loopback origin is allowed only when config.json points there (the offline emulator).
 */
import type { AppConfig } from '@/config/schema';

const origin = (url: string) => new URL(url).origin;

function domainSource(domain: string): string[] {
  const host = domain.replace(/^\*\./, '');
  const loopback = host === 'localhost' || host === '127.0.0.1';
  return loopback ? [`http://${domain}:*`, `https://${domain}:*`] : [`https://${domain}`];
}

export function runtimePolicy(config: AppConfig): string {
  const services = [config.authBaseUrl, config.transferBaseUrl, config.groupsBaseUrl].map(origin);
  const connect = new Set(["'self'", ...services, ...config.collectionDomains.flatMap(domainSource)]);
  const forms = new Set([
    "'self'",
    origin(config.authBaseUrl),
    origin(config.webAppBaseUrl),
    ...config.helperPortalOrigins,
  ]);
  return [`connect-src ${[...connect].join(' ')}`, `form-action ${[...forms].join(' ')}`].join('; ');
}

/** Adds the policy to the page; from here on every request and form is checked against it. */
export function applyRuntimePolicy(config: AppConfig, doc: Document = document): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = runtimePolicy(config);
  doc.head.append(meta);
}

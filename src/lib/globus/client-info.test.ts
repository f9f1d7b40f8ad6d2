import { expect, it } from 'vitest';
import { CLIENT_VERSION } from '@/lib/globus/client-info';

const pkg = import.meta.glob<{ version: string }>('/package.json', { eager: true, import: 'default' });

it('reports the package version', () => {
  expect(CLIENT_VERSION).toBe(pkg['/package.json']?.version);
});

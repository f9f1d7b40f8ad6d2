import { createContext, useContext, type ReactNode } from 'react';
import type { AppConfig } from '@/config/schema';
import type { AuthClient } from '@/lib/auth/auth-client';
import type { GlobusHttp } from '@/lib/globus/http';

/**
 * The three long-lived objects created at start-up. They live here (not in app/) because feature
 * hooks read them and features must not import the app layer.
 */
export type Services = { config: AppConfig; auth: AuthClient; http: GlobusHttp };

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}

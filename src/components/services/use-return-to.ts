import { useLocation } from 'react-router';
import { toHref } from '@/lib/routes/paths';

/** The current hash route with its query, e.g. `#/files?origin_id=…`, for returning after a login. */
export function useReturnTo(): string {
  const { pathname, search } = useLocation();
  return toHref(`${pathname}${search}`);
}

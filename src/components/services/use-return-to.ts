import { useLocation } from 'react-router';

/** The current hash route with its query, e.g. `#/files?origin_id=…`, for returning after a login. */
export function useReturnTo(): string {
  const { pathname, search } = useLocation();
  return `#${pathname}${search}`;
}

import { ApiErrorProvider, type LoginSettings } from 'api-error-kit';
import { Outlet } from 'react-router';
import { RouterLink } from './RouterLink';

// Module constants: the provider memoises on these, so they must not change from render to render.
const LOGIN: LoginSettings = { href: (returnTo) => '/login?returnTo=' + encodeURIComponent(returnTo) };

/** The kit's settings for every route; inside the router, as its links are router links. */
export function AppProviders() {
  return (
    <ApiErrorProvider login={LOGIN} LinkComponent={RouterLink}>
      <Outlet />
    </ApiErrorProvider>
  );
}

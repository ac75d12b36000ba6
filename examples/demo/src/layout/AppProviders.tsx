import { ApiErrorProvider, type LoginSettings } from 'api-error-kit';
import { Outlet } from 'react-router';
import { kit } from '../api/kit';
import { RouterLink } from './RouterLink';

// Module constants: the provider memoises on these, so they must not change from render to render.
const LOGIN: LoginSettings = { href: (returnTo) => '/login?returnTo=' + encodeURIComponent(returnTo) };

/** The app's kit and the kit's settings for every route; inside the router, as its links are router links. */
export function AppProviders() {
  return (
    <ApiErrorProvider kit={kit} login={LOGIN} LinkComponent={RouterLink}>
      <Outlet />
    </ApiErrorProvider>
  );
}

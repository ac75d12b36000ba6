import { ApiErrorBoundary, ApiErrorNotices } from 'api-error-kit';
import { Outlet, useLocation } from 'react-router';
import { Header } from './Header';

/** Every page's frame: the header and navigation, and the page in a boundary that resets on navigation. */
export function Layout() {
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="page">
        {/* A refresh that failed behind data still on screen is told here; the data stays. */}
        <ApiErrorNotices />
        <ApiErrorBoundary resetKeys={[location.pathname]} headingLevel={1}>
          <Outlet />
        </ApiErrorBoundary>
      </main>
    </>
  );
}

import type { RouteObject } from 'react-router';
import { AppProviders } from './layout/AppProviders';
import { Layout } from './layout/Layout';
import { RouteError } from './layout/RouteError';
import { AccountPage } from './pages/AccountPage';
import { ArtworkPage } from './pages/ArtworkPage';
import { ControlPage } from './pages/ControlPage';
import { DashboardPage } from './pages/DashboardPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { notFoundLoader, PAGE_NOT_FOUND } from './pages/notFound';
import { PROSPECT_NOT_FOUND, ProspectPage, prospectLoader } from './pages/ProspectPage';
import { ProspectsPage } from './pages/ProspectsPage';
import { RequestsPage, requestsLoader } from './pages/RequestsPage';
import { shortLinkAction } from './pages/shortLinkAction';
import { ShortLinksPage } from './pages/ShortLinksPage';
import { SignUpPage } from './pages/SignUpPage';

/** The demo's routes: providers, then the layout, then one route per page. */
export const routes: RouteObject[] = [
  {
    element: <AppProviders />,
    hydrateFallbackElement: <p className="loading">Loading…</p>,
    children: [
      {
        element: <Layout />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'requests', loader: requestsLoader, element: <RequestsPage />, errorElement: <RouteError /> },
          { path: 'artwork', element: <ArtworkPage /> },
          { path: 'prospects', element: <ProspectsPage /> },
          { path: 'prospects/:id', loader: prospectLoader, element: <ProspectPage />, errorElement: <RouteError fallbacks={PROSPECT_NOT_FOUND} /> },
          { path: 'links', action: shortLinkAction, element: <ShortLinksPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'signup', element: <SignUpPage /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'control', element: <ControlPage /> },
          { path: '*', loader: notFoundLoader, element: null, errorElement: <RouteError fallbacks={PAGE_NOT_FOUND} /> },
        ],
      },
    ],
  },
];

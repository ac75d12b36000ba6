import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';

const router = createBrowserRouter(routes);

/** The demo app: a data router over the demo's routes. */
export function App() {
  return <RouterProvider router={router} />;
}

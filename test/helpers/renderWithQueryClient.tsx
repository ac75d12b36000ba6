import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createApiQueryClient, type ApiQueryClientOptions } from '../../src/react-query/createApiQueryClient';

/** Renders `ui` under a QueryClientProvider whose client the kit configured. */
export function renderWithQueryClient(ui: ReactElement, options: ApiQueryClientOptions = {}) {
  const client: QueryClient = createApiQueryClient({ random: () => 0.5, ...options });
  const view = render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
  return { ...view, client };
}

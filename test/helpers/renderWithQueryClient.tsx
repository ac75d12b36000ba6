import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ErrorKit, ErrorKitOptions } from '../../src/core/kit/createErrorKit';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { createApiQueryClient, type ApiQueryClientOptions } from '../../src/react-query/createApiQueryClient';
import { fullKit } from './kits';

/** Renders `ui` under a QueryClientProvider and an ApiErrorProvider sharing one kit (every preset and fallback by default, seeded jitter). */
export function renderWithQueryClient(ui: ReactElement, options: ApiQueryClientOptions & { retry?: ErrorKitOptions['retry'] } = {}) {
  const { retry, kit: given, ...clientOptions } = options;
  const kit: ErrorKit = given ?? fullKit.extend({ retry: { random: () => 0.5, ...retry } });
  const client: QueryClient = createApiQueryClient({ ...clientOptions, kit });
  const view = render(
    <QueryClientProvider client={client}>
      <ApiErrorProvider kit={kit}>{ui}</ApiErrorProvider>
    </QueryClientProvider>,
  );
  return { ...view, client, kit };
}

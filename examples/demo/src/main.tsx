import { QueryClientProvider } from '@tanstack/react-query';
import { caughtErrorLogger } from 'api-error-kit';
import 'api-error-kit/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { kit } from './api/kit';
import { queryClient } from './api/queryClient';
import { App } from './App';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// An API failure a boundary shows is an expected state of the page (the query client reports it), not a bug to log.
createRoot(container, { onCaughtError: caughtErrorLogger(kit) }).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);

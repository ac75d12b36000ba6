import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ErrorKit } from '../../src/core/kit/createErrorKit';
import { ApiErrorProvider } from '../../src/react/ApiErrorSettings';
import { fullKit } from './kits';

/** Renders `ui` as an app with `kit` (every preset and fallback by default) renders it: under its provider. */
export function renderInKit(ui: ReactElement, kit: ErrorKit = fullKit) {
  return render(<ApiErrorProvider kit={kit}>{ui}</ApiErrorProvider>);
}

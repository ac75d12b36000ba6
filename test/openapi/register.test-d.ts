// Type tests, checked by `tsc`: each module generated from an OpenAPI document registers its codes
// under its own member of `Register`, so two generated presets and the app's own codes add up.
import { expectTypeOf } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { createRegistry } from '../../src/core/registry/createRegistry';
import type { RegisteredCode } from '../../src/core/registry/Register';

declare module '../../src/core/registry/Register' {
  interface Register {
    acmeTypeTest: 'ACME_WIDGET_JAMMED' | 'ACME_PART_MISSING';
    globexTypeTest: 'GLOBEX_QUOTA_USED';
  }
}

expectTypeOf<'ACME_WIDGET_JAMMED' | 'GLOBEX_QUOTA_USED'>().toExtend<RegisteredCode>();

const error = new ApiError({ code: 'ACME_PART_MISSING', category: 'not-found', message: 'x', retryable: false });
// Each member's codes are accepted where a code is taken…
createRegistry().hasCode(error, 'ACME_PART_MISSING');
createRegistry().hasCode(error, 'GLOBEX_QUOTA_USED');
// …and a code no member registered is still rejected.
// @ts-expect-error ACME_WIDGET_JAMED is misspelt
createRegistry().hasCode(error, 'ACME_WIDGET_JAMED');

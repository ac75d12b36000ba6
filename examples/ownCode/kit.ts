// File 1 of 3 of an app that adds a code of its own with a fallback of its own: the kit.
import { createErrorKit } from 'api-error-kit/core';
import { standardDialects } from 'api-error-kit/dialects';
import { standardFallbacks } from 'api-error-kit';
import { PayoutOnHold } from './PayoutOnHold';

declare module 'api-error-kit/core' {
  interface Register {
    codes: 'PAYOUT_ON_HOLD';
  }
}

export const kit = createErrorKit({
  dialects: standardDialects,
  codes: { PAYOUT_ON_HOLD: { category: 'conflict', fallback: 'payout-on-hold', titleKey: 'payout.onHold.title', messageKey: 'payout.onHold.message' } },
  words: {
    en: { 'payout.onHold.title': 'Your payout is on hold', 'payout.onHold.message': 'We need to check your bank details before we can pay you.' },
    de: { 'payout.onHold.title': 'Ihre Auszahlung ist angehalten', 'payout.onHold.message': 'Wir müssen Ihre Bankdaten prüfen, bevor wir auszahlen können.' },
  },
  fallbacks: { ...standardFallbacks, 'payout-on-hold': PayoutOnHold },
});

'use client';
import { withUnit } from '../../core/messages/fitTypography';
import { formatNumber, type PhraseSource } from '../../core/messages/formatMessage';
import { forwardRef, type ReactNode } from 'react';
import { readFacts } from '../../core/screen/facts';
import { QUOTA_FACTS, type QUOTA_PERIODS } from '../../core/screen/standardFacts';
import type { MessageKey } from '../../locales/en';
import { useMessages } from '../hooks/useMessages';
import { quotaWords } from '../../locales/en/interfaceWords';
import type { FallbackProps } from '../FallbackProps';
import { FallbackShell } from './FallbackShell';

/** Props of QuotaExceeded: a slot for the upgrade or free-up-space action. */
export interface QuotaExceededProps extends FallbackProps {
  action?: ReactNode;
}

// The quota's period in the catalogue's words: "hourly" and "hour" are both "this hour".
const PERIOD_KEYS: Readonly<Record<(typeof QUOTA_PERIODS)[number], MessageKey>> = {
  hourly: 'quota.period.hour',
  daily: 'quota.period.day',
  weekly: 'quota.period.week',
  monthly: 'quota.period.month',
  yearly: 'quota.period.year',
  annual: 'quota.period.year',
  hour: 'quota.period.hour',
  day: 'quota.period.day',
  week: 'quota.period.week',
  month: 'quota.period.month',
  year: 'quota.period.year',
};

/**
 * Shown for quota codes: how much is used of how much (seed 004 context.used / limit / period,
 * seed 001 "Used X MB of Y MB"), as words and a meter, with a slot for the upgrade action.
 */
export const QuotaExceeded = forwardRef<HTMLElement, QuotaExceededProps>(function QuotaExceeded({ action, ...props }, ref) {
  const { t, rich } = useMessages(quotaWords);
  // Only the allow-list's facts: numbers that are numbers, a known unit and period, a short name.
  const { used, limit, unit, period, resource } = readFacts(props.error, QUOTA_FACTS);
  // Numbers in the language of the sentence they go into.
  const amount = (value: number) => (source: PhraseSource) => withUnit(formatNumber(value, source.locale), unit);
  const values = { used: used === undefined ? '' : amount(used), limit: limit === undefined ? '' : amount(limit), resource: <bdi>{resource?.replace(/_/g, ' ')}</bdi>, period: period ? t(PERIOD_KEYS[period]) : '' };
  const sentence: MessageKey = used === undefined ? (resource ? 'quota.limitFor' : 'quota.limit') : resource ? (period ? 'quota.usedForIn' : 'quota.usedFor') : period ? 'quota.usedIn' : 'quota.used';

  return (
    <FallbackShell ref={ref} {...props} variant="quota" actions={action}>
      {limit !== undefined && limit > 0 && (
        <div className="aek-fallback__quota">
          <p>{rich(sentence, values)}</p>
          {/* The sentence above says it all; the meter is its picture, not read a second time. */}
          {used !== undefined && <meter className="aek-meter" aria-hidden="true" min={0} max={limit} value={Math.min(used, limit)} high={limit * 0.9} />}
        </div>
      )}
    </FallbackShell>
  );
});

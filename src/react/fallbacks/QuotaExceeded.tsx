import { forwardRef, type ReactNode } from 'react';
import { detailFacts, type QUOTA_PERIODS } from '../../core/screen/detailFacts';
import { useApiErrorSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { FallbackShell } from './FallbackShell';

/** Props of QuotaExceeded: a slot for the upgrade or free-up-space action. */
export interface QuotaExceededProps extends FallbackProps {
  action?: ReactNode;
}

const PERIODS: Readonly<Record<(typeof QUOTA_PERIODS)[number], string>> = {
  hourly: 'this hour',
  daily: 'today',
  weekly: 'this week',
  monthly: 'this month',
  yearly: 'this year',
  annual: 'this year',
  hour: 'this hour',
  day: 'today',
  week: 'this week',
  month: 'this month',
  year: 'this year',
};

/**
 * Shown for quota codes: how much is used of how much (seed 004 context.used / limit / period,
 * seed 001 "Used X MB of Y MB"), as words and a meter, with a slot for the upgrade action.
 */
export const QuotaExceeded = forwardRef<HTMLElement, QuotaExceededProps>(function QuotaExceeded({ action, ...props }, ref) {
  const { locale } = useApiErrorSettings();
  // Only the allow-list's facts: numbers that are numbers, a known unit and period, a short name.
  const { used, limit, unit, period, resource } = detailFacts(props.error, 'quota');
  const thing = resource?.replace(/_/g, ' ');
  const number = (value: number) => `${new Intl.NumberFormat(locale).format(value)}${unit ? ` ${unit}` : ''}`;
  const when = period ? PERIODS[period] : undefined;

  return (
    <FallbackShell ref={ref} {...props} variant="quota" actions={action}>
      {limit !== undefined && limit > 0 && (
        <div className="aek-fallback__quota">
          <p>
            {used !== undefined ? `${number(used)} of ${number(limit)} used` : `The limit is ${number(limit)}`}
            {thing ? ` for ${thing}` : ''}
            {when ? ` ${when}` : ''}.
          </p>
          {/* The sentence above says it all; the meter is its picture, not read a second time. */}
          {used !== undefined && <meter className="aek-meter" aria-hidden="true" min={0} max={limit} value={Math.min(used, limit)} high={limit * 0.9} />}
        </div>
      )}
    </FallbackShell>
  );
});

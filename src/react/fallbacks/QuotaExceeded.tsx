import { forwardRef, type ReactNode } from 'react';
import { get, text, toNumber } from '../../core/internal/read';
import { useApiErrorSettings } from '../ApiErrorSettings';
import type { FallbackProps } from '../FallbackProps';
import { FallbackShell } from './FallbackShell';

/** Props of QuotaExceeded: a slot for the upgrade or free-up-space action. */
export interface QuotaExceededProps extends FallbackProps {
  action?: ReactNode;
}

// A Map, so a response's `constructor` or `__proto__` period is an unknown word, not a lookup.
const PERIODS: ReadonlyMap<string, string> = new Map([
  ['daily', 'today'],
  ['weekly', 'this week'],
  ['monthly', 'this month'],
  ['yearly', 'this year'],
  ['annual', 'this year'],
]);

/**
 * Shown for quota codes: how much is used of how much (seed 004 context.used / limit / period,
 * seed 001 "Used X MB of Y MB"), as words and a meter, with a slot for the upgrade action.
 */
export const QuotaExceeded = forwardRef<HTMLElement, QuotaExceededProps>(function QuotaExceeded({ action, ...props }, ref) {
  const { locale } = useApiErrorSettings();
  const { details } = props.error;
  const used = toNumber(get(details, 'used'));
  const limit = toNumber(get(details, 'limit'));
  const unit = text(details, 'unit');
  const period = text(details, 'period');
  const thing = text(details, 'feature', 'resource')?.replace(/_/g, ' ');
  const number = (value: number) => `${new Intl.NumberFormat(locale).format(value)}${unit ? ` ${unit}` : ''}`;
  const when = period ? (PERIODS.get(period.toLowerCase()) ?? `per ${period}`) : undefined;

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

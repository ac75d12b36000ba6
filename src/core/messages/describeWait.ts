import { fitTypography } from './fitTypography';
import { formatIn, type PhraseSource } from './formatMessage';

/** A duration's unit, as Intl names it. */
type WaitUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month';

/**
 * A wait at the coarse steps a live region can announce without chatter: "a few seconds" up to
 * 10 s, then tens of seconds, minutes above two minutes, hours, days, and "more than 2 months"
 * for waits no person can picture in days.
 */
export function waitSteps(ms: number): { unit: 'second' | 'minute' | 'hour' | 'day'; value: number } | 'few-seconds' | 'very-long' {
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms / 1000)) : Number.POSITIVE_INFINITY;
  if (seconds <= 10) return 'few-seconds';
  if (seconds <= 30) return { unit: 'second', value: Math.ceil(seconds / 10) * 10 };
  if (seconds <= 60) return { unit: 'minute', value: 1 };
  if (seconds <= 120) return { unit: 'minute', value: 2 };
  const minutes = Math.ceil(seconds / 60);
  const hours = Math.ceil(minutes / 60);
  const days = Math.ceil(hours / 24);
  if (days > 60) return 'very-long';
  if (hours > 48) return { unit: 'day', value: days };
  return minutes >= 120 ? { unit: 'hour', value: hours } : { unit: 'minute', value: minutes };
}

/** A quantity of a unit in words, in the locale ("30 seconds", "30 Sekunden", "30秒"). */
export function formatDuration(value: number, unit: WaitUnit, locale: string): string {
  try {
    return fitTypography(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value), locale);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }
}

/** A wait as a value put into a phrase: in the phrase's own language, or undefined when its catalogue lacks the words. */
export function waitIn(ms: number): (source: PhraseSource) => string | undefined {
  return (source) => {
    const step = waitSteps(ms);
    if (step === 'few-seconds') return formatIn(source, 'wait.fewSeconds');
    if (step === 'very-long') return formatIn(source, 'wait.overTwoMonths');
    return formatDuration(step.value, step.unit, source.locale);
  };
}

/** A quantity of a unit as a value put into a phrase, in the phrase's locale. */
export function durationIn(value: number, unit: WaitUnit): (source: PhraseSource) => string {
  return (source) => formatDuration(value, unit, source.locale);
}

import { describe, expect, it } from 'vitest';
import { clockHour, describeRelativeTime } from '../../src/core/format/describeTime';
import { formatDuration } from '../../src/core/messages/describeWait';
import { spaceBetween, withUnit } from '../../src/core/messages/fitTypography';
import { typographyProblems } from '../helpers/typography';

// The rules of test/helpers/typography.ts, on the sentences the kit used to say and says now,
// and the formatters that put numbers, units and times into them.

describe('the typography a reader expects', () => {
  it.each([
    ['fr', 'Référence : err_abc123'],
    ['fr', 'L’état actuel est archived ; cette action nécessite l’état active.'],
    ['fr', 'Vraiment ?'],
    ['fr', 'Nouvelle tentative dans 5 minutes.'],
    ['es', 'Este código caduca a las 1:05 (dentro de 15 minutos).'],
    ['es', 'Este código caduca a la 2:05 (dentro de 15 minutos).'],
    ['ja', '30 秒後に再試行します。'],
    ['ja', 'plex.tv/link でコードを入力してください。'],
    ['de', 'Dieser Code läuft um 14:05 ab.'],
  ])('finds a problem in %s "%s" (as the kit used to say it)', (locale, text) => {
    expect(typographyProblems(locale, text)).not.toEqual([]);
  });

  it.each([
    ['fr', 'Référence\u00a0: err_abc123'],
    ['fr', 'L’état actuel est archived\u202f; cette action nécessite l’état active.'],
    ['fr', 'Vraiment\u00a0?'],
    ['fr', 'Nouvelle tentative dans 5\u00a0minutes.'],
    ['fr', 'Voir https://example.com à 14:05.'],
    ['es', 'Este código caduca a la 1:05 (dentro de 15 minutos).'],
    ['es', 'Este código caduca a las 2:05 (dentro de 15 minutos).'],
    ['ja', '30秒後に再試行します。'],
    ['de', 'Dieser Code läuft um 14:05 Uhr ab.'],
    ['en', 'Reference : anything goes in English'],
  ])('finds nothing wrong in %s "%s"', (locale, text) => {
    expect(typographyProblems(locale, text)).toEqual([]);
  });
});

describe('numbers, units and times as the kit writes them', () => {
  it('writes Japanese durations and relative times without a space before the unit', () => {
    expect(formatDuration(30, 'second', 'ja')).toBe('30秒');
    expect(describeRelativeTime(0, 5 * 60_000, 'ja')).toBe('5分前');
    expect(describeRelativeTime(2 * 3_600_000, 0, 'ja')).toBe('2時間後');
  });

  it('keeps a French number on the line of its unit', () => {
    expect(formatDuration(5, 'minute', 'fr')).toBe('5\u00a0minutes');
    expect(describeRelativeTime(0, 30_000, 'fr')).toBe('il y a 30\u00a0secondes');
  });

  it('leaves other languages as Intl writes them', () => {
    expect(formatDuration(5, 'minute', 'de')).toBe('5 Minuten');
    expect(describeRelativeTime(0, 30_000, 'en')).toBe('30 seconds ago');
  });

  it('reads the hour a clock shows, on 24- and 12-hour clocks', () => {
    const at = (hour: number) => new Date(2025, 0, 15, hour, 5).getTime();
    expect(clockHour(at(1), 'es')).toBe(1);
    expect(clockHour(at(13), 'es')).toBe(13);
    expect(clockHour(at(13), 'es-MX')).toBe(1);
  });

  it('joins sentences and labels without a space in Japanese, and a number to its unit with a no-break one', () => {
    expect(spaceBetween('ja')).toBe('');
    expect(spaceBetween('fr')).toBe(' ');
    expect(withUnit('12,345', 'MB')).toBe('12,345\u00a0MB');
    expect(withUnit('12', undefined)).toBe('12');
  });
});

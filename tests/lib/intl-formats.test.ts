import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '@/lib/intl-formats';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same language and options, even as a new options object', () => {
    const first = numberFormat('uk', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(numberFormat('uk', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(first);
    expect(first.format(3.21)).toBe('3,2');
  });

  it('keeps languages and options apart', () => {
    const en = numberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(en.format(3.21)).toBe('3.2');
    expect(numberFormat('en')).not.toBe(en);
    expect(numberFormat('en').format(1234.5)).toBe('1,234.5');
    const long = dateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(long.format(new Date('2022-06-30T00:00:00Z'))).toBe('30 June 2022');
    expect(dateTimeFormat('uk', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).not.toBe(long);
  });
});

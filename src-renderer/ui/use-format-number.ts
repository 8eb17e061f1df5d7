import { useCallback } from 'react';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

/** Formats counts with thousands separators, in Thai digits when the office prefers them. */
export function useFormatNumber(): (value: number) => string {
  const { thaiDigits } = useDisplayPrefs();
  return useCallback((value: number) => applyDigitStyle(value.toLocaleString('en-US'), thaiDigits), [thaiDigits]);
}

/**
 * Digits of a year, a number in a list or a count put into a sentence, in Thai when the office
 * prefers them (no thousands separators: "ปีงบประมาณ ๒๕๖๙", "ภารกิจที่ ๖").
 */
export function useDigits(): (value: number | string) => string {
  const { thaiDigits } = useDisplayPrefs();
  return useCallback((value: number | string) => applyDigitStyle(String(value), thaiDigits), [thaiDigits]);
}

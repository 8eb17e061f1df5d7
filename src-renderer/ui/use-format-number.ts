import { useCallback } from 'react';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

/** Formats counts with thousands separators, in Thai digits when the office prefers them. */
export function useFormatNumber(): (value: number) => string {
  const { thaiDigits } = useDisplayPrefs();
  return useCallback((value: number) => applyDigitStyle(value.toLocaleString('en-US'), thaiDigits), [thaiDigits]);
}


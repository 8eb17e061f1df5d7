import { createContext, useContext } from 'react';

/** Office-wide display choices that presentational components honour. */
export interface DisplayPrefs {
  /** Numbers and dates in Thai digits (๑๒๓) — the office's choice in Settings. */
  thaiDigits: boolean;
}

export const DisplayPrefsContext = createContext<DisplayPrefs>({ thaiDigits: false });

export function useDisplayPrefs(): DisplayPrefs {
  return useContext(DisplayPrefsContext);
}

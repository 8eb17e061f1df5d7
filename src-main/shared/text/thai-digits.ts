const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Replaces Arabic digits 0–9 with Thai digits ๐–๙ (for offices that print Thai numerals). */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);
}

/** Replaces Thai digits with Arabic ones, so typed Thai numerals parse as numbers. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** Applies the office's digit preference to text that is about to be shown or printed. */
export function applyDigitStyle(text: string, thaiDigits: boolean): string {
  return thaiDigits ? toThaiDigits(text) : text;
}

/**
 * Thai digits for printed prose, leaving alone the tokens where Arabic digits are part of a
 * name or address: anything joined to a Latin letter ("COVID-19", "LINE@2568"), e-mail
 * addresses and web addresses. Offices that print Thai digits still type those as written.
 */
export function toThaiDigitsInProse(text: string): string {
  return text.replace(/\S+/gu, (token) => (/[A-Za-z@]/.test(token) ? token : toThaiDigits(token)));
}

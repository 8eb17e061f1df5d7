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

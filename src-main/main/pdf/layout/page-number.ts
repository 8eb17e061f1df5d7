import { toThaiDigits } from '../../../shared/text/thai-digits';

/** Page numbers the Thai way: "- ๒ -", centred at the top from the second page. */
export function thaiPageNumber(page: number, thaiDigits: boolean): string {
  const number = String(page);
  return `- ${thaiDigits ? toThaiDigits(number) : number} -`;
}

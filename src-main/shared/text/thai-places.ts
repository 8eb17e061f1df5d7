/**
 * The gazetteer (thai-places.json: every province, district and sub-district of Thailand, from
 * Thailand Post's postcode data with the DOPA area codes; its "source" says which release) and
 * the few character classes that say where a Thai word may begin or end. Shared by search
 * (thai-words: a place is one term) and printing (thai-units: a place never breaks over lines).
 */
import places from './thai-places.json' with { type: 'json' };

/** A Thai consonant or a vowel written before one: where a word may begin. */
export const WORD_START = /[\u0E01-\u0E2E\u0E40-\u0E44]/;
/** A vowel or mark that belongs to the consonant before it (ะ ั า ำ ิ … ุ ู, ็ ่ ้ ๊ ๋ ์): no word ends just before it. */
export function midSyllable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x0e30 && code <= 0x0e3a) || code === 0x0e45 || (code >= 0x0e47 && code <= 0x0e4e);
}

/**
 * Places of the gazetteer (thai-places.json: every province, district and sub-district), by
 * their first two characters, longest first. Names under four characters (ตาก, เลย, ปง) are
 * everyday words too and are left to ICU. Built on first use.
 */
let placesByStart: Map<string, string[]> | null = null;
function placeIndex(): Map<string, string[]> {
  if (placesByStart) return placesByStart;
  const index = new Map<string, string[]>();
  for (const name of new Set([...places.provinces, ...places.districts, ...places.subdistricts])) {
    if (name.length < 4) continue;
    const key = name.slice(0, 2);
    const list = index.get(key) ?? [];
    list.push(name);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  placesByStart = index;
  return index;
}

/** The longest gazetteer place starting at `at`, if any. */
export function placeAt(text: string, at: number): string | undefined {
  return placeIndex()
    .get(text.slice(at, at + 2))
    ?.find((name) => text.startsWith(name, at));
}


import type { Cell } from 'write-excel-file/node';

/**
 * A date as Excel and LibreOffice show a Thai date: "2 พ.ย. 2569". `[$-107041E]` is the
 * Thai locale (041E) with calendar 07, the Buddhist era; both programs read it from the file,
 * so the year shows in พ.ศ. on a computer set to any locale, while the cell stays a real date
 * (sortable, filterable, usable in formulas). Thai Excel writes the same code for its
 * "วันที่ (ไทย)" formats; `[$-th-TH,107]` is a newer spelling older readers do not know.
 */
export const THAI_DATE_FORMAT = '[$-107041E]d mmm yyyy;@';

/** A calendar date ("2026-11-02") as a spreadsheet date cell in พ.ศ.; an empty cell for none. */
export function dateCell(iso: string | null): Cell {
  if (!iso) return null;
  // Midnight UTC is a whole Excel day number: no time part, whatever the PC's time zone.
  const value = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
  return { value, type: Date, format: THAI_DATE_FORMAT };
}

import type { Watermark } from 'pdfmake';

/** The word across every page of a document not yet approved. */
export const DRAFT_WATERMARK_TEXT = 'ร่าง';

/**
 * ร่าง, large and diagonal across EVERY page of a document whose record is not approved, so a
 * loose page of a draft can never pass for the final one. One mark for every document kind: a
 * kind only says whether it is a draft (GovernmentPageOptions.draft, the briefing's status).
 *
 * pdfmake draws its watermark after the page's content, so the mark is light and see-through
 * rather than underneath: mid grey at 0.18 opacity prints as a pale grey (about #e8e8e8) on
 * white, and the body's black text under it stays near black (about #171717), fully readable.
 * It is drawn in the document font (Laksaman), whose tone marks pdfmake shapes as in the body,
 * and as real text: pdftotext reads it as "ร่าง", after the page's own text.
 */
export const DRAFT_WATERMARK: Watermark = {
  text: DRAFT_WATERMARK_TEXT,
  color: '#808080',
  opacity: 0.18,
  bold: true,
  // pdfmake's 'auto' size fits Laksaman's tall line box, not the glyphs, and comes out small:
  // 280 pt runs ร่าง corner to corner along the diagonal with its tone mark inside an A4 page.
  fontSize: 280,
};

/** The watermark property of a document definition: ร่าง when it is a draft, none when not. */
export function draftWatermark(draft: boolean): { watermark?: Watermark } {
  return draft ? { watermark: DRAFT_WATERMARK } : {};
}

/**
 * A memo or letter is a draft until it has its number (ที่): under ระเบียบงานสารบรรณ the number
 * is given when the signed letter is registered for sending, so a letter printed without one is
 * the copy going up for checking (ตรวจร่าง), and it says so on every page.
 */
export function isDraftLetter(letter: { documentNumber: string }): boolean {
  return letter.documentNumber.trim() === '';
}

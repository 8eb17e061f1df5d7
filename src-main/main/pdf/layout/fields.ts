import type { Content, TextNode } from 'pdfmake';

/** Field labels on official forms (ส่วนราชการ, ที่, วันที่, เรื่อง) are bold and larger than the text. */
export const FIELD_LABEL_FONT_SIZE = 20;

/** "label  value" on one line, wrapping under itself when long. */
export function labelledField(label: string, value: string): TextNode {
  return { text: [{ text: label, bold: true, fontSize: FIELD_LABEL_FONT_SIZE }, `  ${value}`] };
}

/** Two fields on one line, the second starting half way (ที่ … วันที่ …). */
export function fieldPair(left: TextNode, right: TextNode): Content {
  return { columns: [{ ...left, width: '50%' }, { ...right, width: '50%' }], columnGap: 8 };
}

import type { DocumentImage } from '../../../shared/pdf/document-parts';

/** pdfmake takes images as data URLs in the document definition. */
export function imageDataUrl(image: DocumentImage): string {
  return `data:${image.mime};base64,${Buffer.from(image.bytes).toString('base64')}`;
}

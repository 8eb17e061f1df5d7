import type { Content } from 'pdfmake';
import type { Signature } from '../../../shared/pdf/document-parts';
import { TEXT_WIDTH, cm } from './page';

/**
 * The signature block: room to sign, then "(name)" and the position under it, centred in the
 * right part of the page as Thai official letters place it.
 */
export function signatureBlock(signer: Signature, options: { spaceToSign?: number } = {}): Content {
  const left = TEXT_WIDTH * 0.4;
  return {
    stack: [
      { text: `(${signer.name})`, alignment: 'center' },
      { text: signer.position, alignment: 'center' },
    ],
    margin: [left, options.spaceToSign ?? cm(2), 0, 0],
    unbreakable: true,
  };
}

import type { PdfRenderRequest } from '../../shared/pdf/documents';
import { buildDocument } from './documents';
import type { PdfEngine, RenderedPdf } from './engine';

/** A validated request to PDF bytes: build the definition, prepare its text, render. */
export function renderRequest(engine: PdfEngine, request: PdfRenderRequest): Promise<RenderedPdf> {
  return engine.render(buildDocument(request, engine));
}

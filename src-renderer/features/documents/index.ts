export { MemoComposer } from './MemoComposer';
export { loadDocumentLogo, loadLetterhead, officeProfileParts } from './office-profile-parts';
export { runPdfAction, type PdfAction } from './pdf-action';
export { PdfActionButtons } from './PdfActionButtons';

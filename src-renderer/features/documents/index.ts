export { MemoComposer } from './MemoComposer';
export { loadDocumentLogo, loadLetterhead } from './data';
export { officeProfileParts } from './office-profile-parts';
export { runPdfAction, type PdfAction } from './pdf-action';
export { PdfActionButtons } from './PdfActionButtons';
export { DocumentActionBar } from './DocumentActionBar';
export { ProfileNeededAlert } from './ProfileNeededAlert';
export { canSignDocuments } from './profile-ready';
export { useDocumentActions, type DocumentAction } from './use-document-actions';

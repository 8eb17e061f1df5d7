// The office letterhead and logo for printed documents, read when a document is printed (the
// logo from main's file store). Every feature's print button uses these.
export { loadDocumentLogo, loadLetterhead } from './letterhead';

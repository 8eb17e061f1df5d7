/** PDF channels: documents are generated and saved by main (DESIGN.md §6). */
export const PDF_CHANNELS = ['pdf:export-document', 'pdf:preview-document', 'pdf:print-document'] as const;

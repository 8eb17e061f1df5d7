/** Printed documents: save as PDF, open in the system's PDF viewer, print. */
export const PDF_CHANNELS = ['pdf:export-document', 'pdf:preview-document', 'pdf:print-document', 'pdf:forget-previews'] as const;

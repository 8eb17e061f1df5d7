/** The blob store kept as files by main (photos, attachments, logos): DESIGN.md §4. */
export const BLOB_CHANNELS = ['blob:put', 'blob:read', 'blob:missing', 'blob:erase', 'blob:collect-garbage'] as const;

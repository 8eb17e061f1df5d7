/** Characters Windows refuses in file names, path separators and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name that is safe on Windows, macOS and Linux and ends in ".pdf", from whatever the
 * user or a module suggested. Thai is kept; forbidden characters become "-".
 */
export function toSafePdfFileName(suggested: string, fallback = 'เอกสาร'): string {
  return toSafeFileName(suggested, 'pdf', fallback);
}

/** The same rules for any extension (xlsx, json, an attachment's own). */
export function toSafeFileName(suggested: string, extension: string, fallback = 'เอกสาร'): string {
  const ending = new RegExp(`\\.${extension.replace(/[^a-z0-9]/gi, '')}$`, 'i');
  let base = suggested
    .replace(ending, '')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (base === '' || /^[-. ]+$/.test(base)) base = fallback;
  if (WINDOWS_RESERVED.test(base)) base = `${base}-`;
  // keep well under the 255-byte limit of common file systems (Thai is 3 bytes a character)
  base = [...base].slice(0, 80).join('');
  return extension ? `${base}.${extension}` : base;
}

const NEWLINE = 0x0a; // never inside a multi-byte UTF-8 sequence, so lines split safely on bytes

/**
 * The non-empty lines of NDJSON held as UTF-8 bytes, as views on those bytes (nothing copied).
 * Backups cross IPC as bytes (see the backup channels) and are split here on either side.
 */
export function* ndjsonLines(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    if (end > start) yield bytes.subarray(start, end);
    start = end + 1;
  }
}

export function countNdjsonLines(bytes: Uint8Array): number {
  let lines = 0;
  for (const _line of ndjsonLines(bytes)) lines += 1;
  return lines;
}

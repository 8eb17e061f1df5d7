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

/**
 * One part's NDJSON as UTF-8 bytes, a line at a time, in one buffer reused part after part.
 * Backup and snapshot parts cross IPC as bytes, not as one string of every line joined: a
 * clone of a string of megabytes lands in the large-object heap of both sides and waits there
 * for a full GC (the photo-scale bench saw a window's heap climb by hundreds of MB that way).
 */
export class NdjsonPartBuffer {
  private readonly bytes: Uint8Array;
  private readonly encoder = new TextEncoder();
  private used = 0;
  rows = 0;

  /** `capacity`: the most bytes a part may hold, newlines included. */
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Adds one line; false (and nothing added) when it does not fit in what is left. */
  add(line: string): boolean {
    const room = this.bytes.subarray(this.used, this.bytes.length - 1); // one byte kept for the newline
    const { read, written } = this.encoder.encodeInto(line, room);
    if (read < line.length) return false;
    this.bytes[this.used + written] = NEWLINE;
    this.used += written + 1;
    this.rows += 1;
    return true;
  }

  /** The part so far, copied out (the buffer is reused), and the buffer emptied. */
  take(): Uint8Array<ArrayBuffer> {
    const part = this.bytes.slice(0, this.used);
    this.used = 0;
    this.rows = 0;
    return part;
  }
}

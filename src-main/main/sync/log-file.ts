import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sequencedOpSchema, type SequencedOp } from '../../shared/sync/transport';

/**
 * One published batch of a device's ops: gzip(NDJSON) with a header line, one line per op and
 * a trailer holding the SHA-256 of everything before it. A file that fails any check —
 * truncated, zero-filled after a power cut, half-copied by a stale SMB listing — is treated as
 * "not there yet", never as data.
 */
export const LOG_FORMAT_VERSION = 1;
const NAME = /^(\d{12})-(\d{12})\.ndjson\.gz$/;

export function logFileName(firstSeq: number, lastSeq: number): string {
  return `${String(firstSeq).padStart(12, '0')}-${String(lastSeq).padStart(12, '0')}.ndjson.gz`;
}

export function parseLogFileName(name: string): { firstSeq: number; lastSeq: number } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const firstSeq = Number(match[1]);
  const lastSeq = Number(match[2]);
  return firstSeq >= 1 && lastSeq >= firstSeq ? { firstSeq, lastSeq } : null;
}

export function encodeLogFile(deviceId: string, ops: readonly SequencedOp[], now: Date): Uint8Array {
  const first = ops[0]?.seq ?? 0;
  const last = ops[ops.length - 1]?.seq ?? 0;
  const header = { type: 'header', formatVersion: LOG_FORMAT_VERSION, deviceId, firstSeq: first, lastSeq: last, count: ops.length, createdAt: now.toISOString() };
  const body = [JSON.stringify(header), ...ops.map((op) => JSON.stringify(op))].join('\n') + '\n';
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex');
  return gzipSync(Buffer.from(`${body}${JSON.stringify({ type: 'trailer', sha256 })}\n`, 'utf8'));
}

export type DecodeResult = { ok: true; ops: SequencedOp[]; createdAt: string } | { ok: false; reason: LogFailure };
export type LogFailure = 'not-gzip' | 'truncated' | 'no-trailer' | 'checksum' | 'header' | 'sequence' | 'invalid-op';

/** The lines of a log, checked as a whole (trailer checksum, header naming this device and range, count) but each op still raw JSON. */
export type LogLines = { ok: true; lines: { seq: unknown; op: unknown }[]; createdAt: string } | { ok: false; reason: LogFailure };

export function decodeLogText(text: string, expect: { deviceId: string; firstSeq: number; lastSeq: number }): LogLines {
  if (!text.endsWith('\n')) return { ok: false, reason: 'truncated' };
  const lines = text.slice(0, -1).split('\n');
  const trailerLine = lines.pop();
  let trailer: { type?: unknown; sha256?: unknown };
  try {
    const parsed: unknown = JSON.parse(trailerLine ?? '');
    // `null`, a number or an array is not a trailer (a fuzzer found `null` crashing this).
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'no-trailer' };
    trailer = parsed;
  } catch {
    return { ok: false, reason: 'no-trailer' };
  }
  const body = lines.join('\n') + '\n';
  if (trailer.type !== 'trailer' || trailer.sha256 !== createHash('sha256').update(body, 'utf8').digest('hex')) {
    return { ok: false, reason: 'checksum' };
  }
  try {
    const header = (JSON.parse(lines[0] ?? '') ?? {}) as Record<string, unknown>;
    if (
      typeof header !== 'object' ||
      header.type !== 'header' ||
      header.formatVersion !== LOG_FORMAT_VERSION ||
      header.deviceId !== expect.deviceId ||
      header.firstSeq !== expect.firstSeq ||
      header.lastSeq !== expect.lastSeq ||
      header.count !== lines.length - 1 ||
      header.count !== expect.lastSeq - expect.firstSeq + 1
    ) {
      return { ok: false, reason: 'header' };
    }
    const out: { seq: unknown; op: unknown }[] = [];
    for (const [i, line] of lines.slice(1).entries()) {
      const parsed: unknown = JSON.parse(line);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'invalid-op' };
      const entry = parsed as { seq?: unknown; op?: unknown };
      // The sequence is the file's own structure: a wrong one makes the whole file unusable.
      if (entry.seq !== expect.firstSeq + i) return { ok: false, reason: 'sequence' };
      out.push({ seq: entry.seq, op: entry.op });
    }
    return { ok: true, lines: out, createdAt: String(header.createdAt) };
  } catch {
    return { ok: false, reason: 'invalid-op' };
  }
}

/** Whole-file decode with the envelope schema (a device reading back its own file). */
export function decodeLogFile(bytes: Uint8Array, expect: { deviceId: string; firstSeq: number; lastSeq: number }): DecodeResult {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch {
    return { ok: false, reason: 'not-gzip' };
  }
  const decoded = decodeLogText(text, expect);
  if (!decoded.ok) return decoded;
  try {
    const ops = decoded.lines.map((line) => sequencedOpSchema.parse(line));
    if (!ops.every((op) => op.op.deviceId === expect.deviceId)) return { ok: false, reason: 'sequence' };
    return { ok: true, ops, createdAt: decoded.createdAt };
  } catch {
    return { ok: false, reason: 'invalid-op' };
  }
}

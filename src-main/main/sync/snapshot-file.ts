import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * A device's snapshot: the full merged state it had at a known position in every device's
 * log, so a new workstation can start from it instead of replaying years of files. The log
 * files stay: a snapshot only lets a newcomer skip them. Same integrity rule as log files: a
 * damaged snapshot is ignored, never half-used.
 */
export interface SnapshotHeader {
  formatVersion: 1;
  deviceId: string;
  createdAt: string;
  /** How many ops the snapshot covers (the sum of its position over all devices). */
  covered: number;
}

export function encodeSnapshot(header: SnapshotHeader, json: string): Uint8Array {
  const body = `${JSON.stringify(header)}\n${json}\n`;
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex');
  return gzipSync(Buffer.from(`${body}${sha256}\n`, 'utf8'));
}

export function decodeSnapshot(bytes: Uint8Array): { header: SnapshotHeader; json: string } | null {
  try {
    const text = gunzipSync(bytes).toString('utf8');
    const end = text.lastIndexOf('\n', text.length - 2);
    const body = text.slice(0, end + 1);
    if (createHash('sha256').update(body, 'utf8').digest('hex') !== text.slice(end + 1).trim()) return null;
    const headerEnd = body.indexOf('\n');
    const header = JSON.parse(body.slice(0, headerEnd)) as SnapshotHeader | null;
    if (!header || typeof header !== 'object' || header.formatVersion !== 1 || typeof header.covered !== 'number') return null;
    return { header, json: body.slice(headerEnd + 1, -1) };
  } catch {
    return null;
  }
}

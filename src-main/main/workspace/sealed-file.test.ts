import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blobContentMatches, blobShareName, open, seal, type SealedPlace } from './sealed-file';

const key = randomBytes(32);
const place: SealedPlace = { workspaceId: '0190a1b2-0000-7000-8000-000000000001', kind: 'op', path: 'devices/dev-a/log/1-9.ndjson.gz' };
const text = Buffer.from('นายสมชาย ใจดี somchai@example.go.th 081-234-5678', 'utf8');

function flip(buf: Buffer, at: number): Buffer {
  const copy = Buffer.from(buf);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe('sealed files', () => {
  it('round-trips and hides the plaintext', () => {
    const sealed = seal(key, place, text);
    expect(sealed.includes(Buffer.from('สมชาย'))).toBe(false);
    expect(sealed.includes(Buffer.from('somchai'))).toBe(false);
    const opened = open(key, place, sealed);
    expect(opened.ok && opened.plaintext.equals(text)).toBe(true);
  });

  it('two seals of the same bytes differ (fresh salt and nonce)', () => {
    expect(seal(key, place, text).equals(seal(key, place, text))).toBe(false);
  });

  it('refuses a wrong key', () => {
    expect(open(randomBytes(32), place, seal(key, place, text))).toEqual({ ok: false, reason: 'tampered-or-wrong-place' });
  });

  it.each([
    ['header version', 4, 'unsupported-version'],
    ['header kind', 5, 'wrong-kind'],
    ['salt', 10, 'tampered-or-wrong-place'],
    ['nonce', 25, 'tampered-or-wrong-place'],
    ['ciphertext', 40, 'tampered-or-wrong-place'],
  ])('refuses a flipped bit in the %s', (_name, at, reason) => {
    expect(open(key, place, flip(seal(key, place, text), at))).toEqual({ ok: false, reason });
  });

  it('refuses a flipped bit in the tag', () => {
    const sealed = seal(key, place, text);
    expect(open(key, place, flip(sealed, sealed.length - 1))).toEqual({ ok: false, reason: 'tampered-or-wrong-place' });
  });

  it('refuses a flipped magic as not ours', () => {
    expect(open(key, place, flip(seal(key, place, text), 0))).toEqual({ ok: false, reason: 'not-ours' });
    expect(open(key, place, Buffer.from('{"ops":[]}'))).toEqual({ ok: false, reason: 'not-ours' });
  });

  it('refuses a file moved to another path, device folder, workspace or kind', () => {
    const sealed = seal(key, place, text);
    expect(open(key, { ...place, path: 'devices/dev-b/log/1-9.ndjson.gz' }, sealed).ok).toBe(false);
    expect(open(key, { ...place, path: 'devices/dev-a/log/1-10.ndjson.gz' }, sealed).ok).toBe(false);
    expect(open(key, { ...place, workspaceId: '0190a1b2-0000-7000-8000-000000000002' }, sealed).ok).toBe(false);
    expect(open(key, { ...place, kind: 'snapshot' }, sealed)).toEqual({ ok: false, reason: 'wrong-kind' });
    // Backslashes are the same place (a Windows workstation).
    expect(open(key, { ...place, path: 'devices\\dev-a\\log\\1-9.ndjson.gz' }, sealed).ok).toBe(true);
  });

  it('refuses truncated and zero-filled files', () => {
    const sealed = seal(key, place, text);
    expect(open(key, place, sealed.subarray(0, 3))).toEqual({ ok: false, reason: 'truncated' });
    expect(open(key, place, sealed.subarray(0, 40))).toEqual({ ok: false, reason: 'truncated' });
    expect(open(key, place, sealed.subarray(0, sealed.length - 1))).toEqual({ ok: false, reason: 'tampered-or-wrong-place' });
    expect(open(key, place, Buffer.alloc(sealed.length))).toEqual({ ok: false, reason: 'not-ours' });
    expect(open(key, place, Buffer.alloc(0))).toEqual({ ok: false, reason: 'truncated' });
  });

  it('refuses a file over the cap before decrypting', () => {
    expect(open(key, place, seal(key, place, randomBytes(1000)), 500)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('names blobs by keyed hash, not by content hash', () => {
    const id = 'a'.repeat(64);
    const name = blobShareName(key, id);
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(name).not.toBe(id);
    expect(blobShareName(key, id)).toBe(name);
    expect(blobShareName(randomBytes(32), id)).not.toBe(name);
    const bytes = Buffer.from('photo');
    const realId = createHash('sha256').update(bytes).digest('hex');
    expect(blobContentMatches(bytes, realId)).toBe(true);
    expect(blobContentMatches(Buffer.from('other photo'), realId)).toBe(false);
  });
});

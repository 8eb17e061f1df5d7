import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../tests/e2e/support/ipc-wire';

describe("the bench's IPC wire", () => {
  it('carries Uint8Array and Buffer anywhere in a message as bytes, and Thai text as is', () => {
    const message = { channel: 'backup:write-rows', payload: { table: 'staff', ndjsonUtf8: new TextEncoder().encode('{"ชื่อ":"สมชาย"}\n'), nested: [{ data: Buffer.from([1, 2, 3]) }, null], n: 0 } };
    const back = decodeWire(encodeWire(message)) as typeof message;
    expect(new TextDecoder().decode(back.payload.ndjsonUtf8)).toBe('{"ชื่อ":"สมชาย"}\n');
    expect([...(back.payload.nested[0] as { data: Uint8Array }).data]).toEqual([1, 2, 3]);
    expect(back.payload.nested[1]).toBeNull();
    expect(back.channel).toBe('backup:write-rows');
  });

  it('keeps a message that is only undefined', () => {
    expect(decodeWire(encodeWire(undefined))).toBeUndefined();
  });

  it('survives toString into a page (no outer names)', () => {
    // A fresh global with only what a page has too: a name from this module would not resolve.
    const page = { TextEncoder, TextDecoder, Uint8Array, DataView };
    const encode = runInNewContext(`(${encodeWire.toString()})`, page) as typeof encodeWire;
    const decode = runInNewContext(`(${decodeWire.toString()})`, page) as typeof decodeWire;
    expect(decode(encode({ bytes: new Uint8Array([9]) }))).toEqual({ bytes: new Uint8Array([9]) });
  });
});

/**
 * The bench's IPC over HTTP (see http-ipc.ts): one message as bytes, with every Uint8Array in it
 * carried as raw bytes after a small JSON head, so a part of a backup crosses as one ArrayBuffer
 * (outside the JS heap), as Electron's structured clone would carry it. Playwright's binding
 * carried it inside a JSON string in the page's heap instead, and the bench measured that.
 *
 * Both functions are self-contained (no imports, no outer names): the page gets them as source
 * text through `Function.prototype.toString` (preload-shim.ts), Node calls them directly.
 * Layout: 4 bytes big-endian length of the head, the head (UTF-8 JSON of `{ v: value }` with
 * each Uint8Array replaced by `{ __wireBytes: [offset, length] }`), then the bytes.
 */
export function encodeWire(value: unknown): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  // A replacer, not a copy of the value: a sync batch of thousands of ops must not be cloned in
  // the page first. `this[key]` is the value before toJSON (a Node Buffer has one).
  const json = JSON.stringify({ v: value }, function (this: Record<string, unknown>, key: string, v: unknown) {
    const original = this[key];
    if (!(original instanceof Uint8Array)) return v;
    chunks.push(original);
    offset += original.byteLength;
    return { __wireBytes: [offset - original.byteLength, original.byteLength] };
  });
  const head = new TextEncoder().encode(json);
  const out = new Uint8Array(4 + head.byteLength + offset);
  new DataView(out.buffer).setUint32(0, head.byteLength);
  out.set(head, 4);
  let at = 4 + head.byteLength;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export function decodeWire(bytes: Uint8Array): unknown {
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const body = 4 + headLength;
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(4, body)), (_key, v: unknown) => {
    const ref = v && typeof v === 'object' ? (v as { __wireBytes?: [number, number] }).__wireBytes : undefined;
    return ref ? bytes.subarray(body + ref[0], body + ref[0] + ref[1]) : v;
  }) as { v?: unknown };
  return head.v;
}

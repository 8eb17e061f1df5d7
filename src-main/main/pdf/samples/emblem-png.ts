import { deflateSync } from 'node:zlib';

/**
 * A small round emblem drawn in code, standing in for an office logo in samples, tests and the
 * benchmark (the real logo comes from the office's settings). Also a minimal PNG encoder, so
 * the repository needs no binary fixture.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Encodes straight RGBA pixels (row after row) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const parts = [signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

/** A gold ring around a deep red disc with a gold centre: reads as "an emblem" when printed small. */
export function emblemPng(size = 240): Uint8Array<ArrayBuffer> {
  const rgba = new Uint8Array(size * size * 4);
  const centre = (size - 1) / 2;
  const radius = size / 2 - 1;
  const rings: [number, [number, number, number]][] = [
    [1.0, [184, 134, 11]],
    [0.86, [128, 0, 0]],
    [0.3, [218, 165, 32]],
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x - centre, y - centre) / radius;
      const i = (y * size + x) * 4;
      let colour: [number, number, number] = [0, 0, 0];
      for (const [r, c] of rings) if (distance <= r) colour = c;
      // soft edge over about one pixel
      const alpha = Math.max(0, Math.min(1, (1 - distance) * radius + 0.5));
      rgba.set([...colour, Math.round(alpha * 255)], i);
    }
  }
  return encodePng(size, size, rgba);
}

import { sniffImageType, type SniffedImage } from './image-sniff';

/**
 * An image's size from its header bytes alone (PNG IHDR, JPEG SOF, WebP VP8/VP8L/VP8X, GIF
 * screen descriptor), so a decompression bomb (a few KB of PNG that decodes to 40000×40000
 * pixels, 6.4 GB of RGBA) is refused before anything decodes or allocates it.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Most pixels an accepted image may have: 100 megapixels. A 24 MP (or 61 MP) camera photo
 * passes; 100 MP of RGBA is 400 MB, the most a renderer should ever be asked to decode.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 0x10000 + u16be(b, i + 2);
const ascii = (b: Uint8Array, i: number, text: string) => [...text].every((c, k) => b[i + k] === c.charCodeAt(0));

function pngSize(b: Uint8Array): ImageSize | null {
  // Signature (8), then the first chunk must be IHDR: length (4), type (4), width, height.
  if (b.length < 24 || !ascii(b, 12, 'IHDR')) return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function gifSize(b: Uint8Array): ImageSize | null {
  return b.length < 10 ? null : { width: u16le(b, 6), height: u16le(b, 8) };
}

function webpSize(b: Uint8Array): ImageSize | null {
  if (b.length < 30) return null;
  if (ascii(b, 12, 'VP8X')) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (ascii(b, 12, 'VP8L')) {
    if (b[20] !== 0x2f) return null;
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(b, 12, 'VP8 ')) {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  return null;
}

/** Start-of-frame markers (baseline, progressive, lossless …); C4, C8 and CC are not frames. */
const isSof = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end, or scan data before any frame
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (isSof(marker)) return i + 8 < b.length ? { width: u16be(b, i + 7), height: u16be(b, i + 5) } : null;
    i += 2 + length;
  }
  return null;
}

/** Width and height read from the header, or null when the header is missing or cut short. */
export function readImageSize(bytes: Uint8Array, type: SniffedImage): ImageSize | null {
  const size = type === 'image/png' ? pngSize(bytes) : type === 'image/gif' ? gifSize(bytes) : type === 'image/webp' ? webpSize(bytes) : jpegSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

export type ImageCheck =
  | ({ ok: true; type: SniffedImage } & ImageSize)
  /** notImage: not a raster image by its bytes (an SVG or text renamed .jpg); corrupt: no readable size; tooManyPixels: over MAX_IMAGE_PIXELS. */
  | { ok: false; problem: 'notImage' | 'corrupt' | 'tooManyPixels' };

/** What to decide before decoding an image: its real type by content and its pixel count. */
export function checkImageHeader(bytes: Uint8Array, maxPixels = MAX_IMAGE_PIXELS): ImageCheck {
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, problem: 'notImage' };
  const size = readImageSize(bytes, type);
  if (!size) return { ok: false, problem: 'corrupt' };
  if (size.width * size.height > maxPixels) return { ok: false, problem: 'tooManyPixels' };
  return { ok: true, type, ...size };
}

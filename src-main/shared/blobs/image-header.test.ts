import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImageHeader, MAX_IMAGE_PIXELS, readImageSize } from './image-header';

const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const le24 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff];
const text = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A PNG's first 33 bytes: signature and IHDR (8-bit RGBA); no pixel data at all. */
const png = (w: number, h: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...be32(13), ...text('IHDR'), ...be32(w), ...be32(h), 8, 6, 0, 0, 0, 0, 0, 0, 0]);
/** A JPEG with an APP0 (JFIF) segment, then a baseline SOF0. */
const jpeg = (w: number, h: number, sof = 0xc0) =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, sof, 0, 17, 8, h >> 8, h & 0xff, w >> 8, w & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
const gif = (w: number, h: number) => new Uint8Array([...text('GIF89a'), ...le16(w), ...le16(h), 0, 0, 0]);
const riff = (chunk: number[]) => new Uint8Array([...text('RIFF'), ...le24(chunk.length + 4), 0, ...text('WEBP'), ...chunk]);
const webpLossy = (w: number, h: number) => riff([...text('VP8 '), 0, 0, 0, 0, 0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(w), ...le16(h), 0, 0]);
const webpLossless = (w: number, h: number) => {
  const bits = ((w - 1) & 0x3fff) | (((h - 1) & 0x3fff) << 14);
  return riff([...text('VP8L'), 0, 0, 0, 0, 0x2f, bits & 0xff, (bits >>> 8) & 0xff, (bits >>> 16) & 0xff, (bits >>> 24) & 0xff, 0, 0, 0, 0, 0]);
};
const webpExtended = (w: number, h: number) => riff([...text('VP8X'), 10, 0, 0, 0, 0, 0, 0, 0, ...le24(w - 1), ...le24(h - 1), 0, 0]);

describe('image size from the header bytes (issue 19)', () => {
  it('reads PNG, JPEG (baseline and progressive), GIF and the three WebP kinds', () => {
    expect(checkImageHeader(png(6000, 4000))).toEqual({ ok: true, type: 'image/png', width: 6000, height: 4000 });
    expect(checkImageHeader(jpeg(6000, 4000))).toEqual({ ok: true, type: 'image/jpeg', width: 6000, height: 4000 });
    expect(checkImageHeader(jpeg(4000, 3000, 0xc2))).toMatchObject({ ok: true, width: 4000, height: 3000 });
    expect(checkImageHeader(gif(320, 240))).toMatchObject({ ok: true, type: 'image/gif', width: 320, height: 240 });
    expect(checkImageHeader(webpLossy(1920, 1080))).toMatchObject({ ok: true, type: 'image/webp', width: 1920, height: 1080 });
    expect(checkImageHeader(webpLossless(800, 600))).toMatchObject({ ok: true, width: 800, height: 600 });
    expect(checkImageHeader(webpExtended(3000, 2000))).toMatchObject({ ok: true, width: 3000, height: 2000 });
  });

  it('reads the app icon, a real PNG', () => {
    const icon = new Uint8Array(readFileSync('resources/icons/icon.png'));
    const size = readImageSize(icon, 'image/png');
    expect(size?.width).toBeGreaterThan(0);
    expect(size?.height).toBeGreaterThan(0);
  });

  it('refuses a valid 40000×40000 PNG header in well under a second, without decoding it', () => {
    const started = performance.now();
    expect(checkImageHeader(png(40000, 40000))).toEqual({ ok: false, problem: 'tooManyPixels' });
    expect(performance.now() - started).toBeLessThan(100);
    // The same cap for every format, just above 100 MP; a 24 MP camera photo passes.
    expect(checkImageHeader(jpeg(65000, 65000))).toEqual({ ok: false, problem: 'tooManyPixels' });
    expect(checkImageHeader(webpExtended(16000, 16000))).toEqual({ ok: false, problem: 'tooManyPixels' });
    expect(checkImageHeader(png(10001, 10000))).toEqual({ ok: false, problem: 'tooManyPixels' });
    expect(checkImageHeader(png(10000, 10000))).toMatchObject({ ok: true });
    expect(checkImageHeader(jpeg(6000, 4000))).toMatchObject({ ok: true });
    expect(MAX_IMAGE_PIXELS).toBe(100_000_000);
  });

  it('an SVG or any text renamed .jpg is not an image; a cut or zero-sized header is corrupt', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="40000"><script>alert(1)</script></svg>');
    expect(checkImageHeader(svg)).toEqual({ ok: false, problem: 'notImage' });
    expect(checkImageHeader(new TextEncoder().encode('ข่าวประชาสัมพันธ์'))).toEqual({ ok: false, problem: 'notImage' });
    expect(checkImageHeader(png(40000, 40000).subarray(0, 20))).toEqual({ ok: false, problem: 'corrupt' });
    expect(checkImageHeader(png(0, 100))).toEqual({ ok: false, problem: 'corrupt' });
    expect(checkImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toEqual({ ok: false, problem: 'corrupt' });
    expect(checkImageHeader(jpeg(100, 100).subarray(0, 24))).toEqual({ ok: false, problem: 'corrupt' });
  });
});

/**
 * Photos at an office's scale, as files: N unique, decodable JPEGs written straight into a
 * blob store folder (`<dir>/<ab>/<sha256>`, the layout of main's blob store), so a bench can
 * have gigabytes of photos without a browser encoding each one.
 *
 * A few real JPEGs (1600×1200, drawn on a canvas in the page, and their 320×240 thumbnails) are
 * the bases. Each photo is a base followed, after its EOI marker, by unique pseudo-random
 * padding up to a phone photo's size (1–4 MB): decoders stop at EOI, so every file still opens
 * as the base picture, while its bytes (and so its SHA-256) are its own and do not compress.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import { createBlobStore } from '../../src-main/main/blobs/blob-store';

export interface BaseJpeg {
  full: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

export interface PhotoFile {
  blobId: string;
  thumbBlobId: string;
  fileName: string;
  width: number;
  height: number;
  /** Bytes of the photo file (the thumbnail's are in thumbBytes). */
  bytes: number;
  thumbBytes: number;
}

export interface PhotoVolume {
  /** Stop once the photos (with thumbnails) reach this many bytes… */
  totalBytes?: number;
  /** …or after this many photos (whichever is given; totalBytes wins when both are). */
  count?: number;
  minBytes?: number;
  maxBytes?: number;
  /** Same seed, same sizes and names (the padding itself is fresh random bytes each run). */
  seed?: number;
}

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

/** Runs in the page: `count` different 1600×1200 JPEGs and their thumbnails, base64. Self-contained for page.evaluate. */
export async function baseJpegsInPage(count: number): Promise<{ full: string; thumb: string; width: number; height: number }[]> {
  const jpeg = async (width: number, height: number, n: number) => {
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d context');
    const gradient = g.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, `hsl(${(n * 37) % 360} 60% 55%)`);
    gradient.addColorStop(1, `hsl(${(n * 37 + 120) % 360} 50% 35%)`);
    g.fillStyle = gradient;
    g.fillRect(0, 0, width, height);
    for (let i = 0; i < 40; i++) {
      g.fillStyle = `hsl(${(n * 13 + i * 29) % 360} 70% ${30 + (i % 5) * 10}%)`;
      g.fillRect((i * 97 * (n + 1)) % width, (i * 53 * (n + 3)) % height, width / 8, height / 10);
    }
    g.fillStyle = '#fff';
    g.font = `${Math.round(height / 12)}px sans-serif`;
    g.fillText(`ภาพกิจกรรม ${n + 1}`, width / 20, height / 2);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  const out: { full: string; thumb: string; width: number; height: number }[] = [];
  for (let n = 0; n < count; n++) out.push({ full: await jpeg(1600, 1200, n), thumb: await jpeg(320, 240, n), width: 1600, height: 1200 });
  return out;
}

/** A handful of real base JPEGs, encoded by Chromium in `page` (any page with OffscreenCanvas). */
export async function makeBaseJpegs(page: Page, count = 6): Promise<BaseJpeg[]> {
  const bases = await page.evaluate(baseJpegsInPage, count);
  return bases.map((b) => ({ full: Buffer.from(b.full, 'base64'), thumb: Buffer.from(b.thumb, 'base64'), width: b.width, height: b.height }));
}

/** mulberry32: sizes and names reproducible from a seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function endsWithEoi(jpeg: Buffer): boolean {
  return jpeg.length > 4 && jpeg[0] === 0xff && jpeg[1] === 0xd8 && jpeg[jpeg.length - 2] === 0xff && jpeg[jpeg.length - 1] === 0xd9;
}

/**
 * Writes the photos into the blob store at `storeDir` and answers their metadata for records.
 * Padding comes from a 64 MiB pool of random bytes, a different window per photo behind a
 * 32-byte random prefix: unique, incompressible, and without generating gigabytes of
 * randomness. Files are written to a temp name and renamed, as the store does (no fsync:
 * generated data; the bench runs `sync` before it times anything).
 */
export async function writePhotoFiles(storeDir: string, bases: readonly BaseJpeg[], volume: PhotoVolume): Promise<{ photos: PhotoFile[]; bytes: number; ms: number }> {
  if (bases.length === 0) throw new Error('writePhotoFiles needs at least one base JPEG');
  for (const base of bases) if (!endsWithEoi(base.full) || !endsWithEoi(base.thumb)) throw new Error('a base is not a complete JPEG (SOI … EOI)');
  const store = createBlobStore(storeDir);
  const random = prng(volume.seed ?? 17);
  const minBytes = volume.minBytes ?? 1 * MiB;
  const maxBytes = volume.maxBytes ?? 4 * MiB;
  const pool = randomBytes(64 * MiB);
  const started = performance.now();
  const photos: PhotoFile[] = [];
  let total = 0;

  const put = async (bytes: Buffer): Promise<string> => {
    const id = createHash('sha256').update(bytes).digest('hex');
    const path = store.pathOf(id);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.tmp`, bytes);
    await rename(`${path}.tmp`, path);
    return id;
  };
  const padded = (base: Buffer, size: number): Buffer => {
    const padding = Math.max(32, size - base.length);
    const offset = Math.floor(random() * (pool.length - padding));
    return Buffer.concat([base, randomBytes(32), pool.subarray(offset, offset + padding - 32)]);
  };
  const done = () => (volume.totalBytes !== undefined ? total >= volume.totalBytes : photos.length >= (volume.count ?? 0));

  const day0 = Date.UTC(2016, 0, 1);
  const inFlight: Promise<void>[] = [];
  for (let n = 0; !done(); n++) {
    const base = bases[n % bases.length] as BaseJpeg;
    const size = Math.round(minBytes + random() * (maxBytes - minBytes));
    const full = padded(base.full, size);
    const thumb = padded(base.thumb, base.thumb.length + 32);
    const day = new Date(day0 + Math.floor(n / 4) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    total += full.length + thumb.length;
    const index = photos.length;
    photos.push({ blobId: '', thumbBlobId: '', fileName: `IMG_${day}_${String(n + 1).padStart(5, '0')}.jpg`, width: base.width, height: base.height, bytes: full.length, thumbBytes: thumb.length });
    // A few writes in flight keep the disk busy while the next photo is hashed.
    inFlight.push(
      Promise.all([put(full), put(thumb)]).then(([blobId, thumbBlobId]) => {
        const photo = photos[index] as PhotoFile;
        photo.blobId = blobId;
        photo.thumbBlobId = thumbBlobId;
      }),
    );
    if (inFlight.length >= 4) await inFlight.shift();
  }
  await Promise.all(inFlight);
  return { photos, bytes: total, ms: performance.now() - started };
}

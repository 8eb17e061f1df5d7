import { mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlobHandlers } from './blob-handlers';
import { createBlobStore } from './blob-store';
import { blobResponse } from './blob-response';
import { GC_GRACE_MS } from './garbage-collector';

/** A JPEG's header: SOI, then a baseline frame (SOF0) of 640×480. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0x01, 0xe0, 0x02, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
/** A PNG header (signature and IHDR) claiming 40000×40000 pixels: 6.4 GB once decoded. */
const PNG_BOMB = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x9c, 0x40, 0, 0, 0x9c, 0x40, 8, 6, 0, 0, 0, 0, 0, 0, 0]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

function setUp(now = new Date('2026-12-05T07:30:00Z')) {
  const store = createBlobStore(mkdtempSync(join(tmpdir(), 'blob-handlers-')));
  return { store, handlers: createBlobHandlers({ store, now: () => now }) };
}

describe('blob handlers', () => {
  it('puts, reads back and names what is missing', async () => {
    const { handlers } = setUp();
    const { id, size } = await handlers['blob:put']({ bytes: JPEG });
    expect(size).toBe(JPEG.byteLength);
    expect([...((await handlers['blob:read']({ id })).bytes ?? [])]).toEqual([...JPEG]);
    expect((await handlers['blob:read']({ id: 'b'.repeat(64) })).bytes).toBeNull();
    expect(await handlers['blob:missing']({ ids: [id, 'b'.repeat(64)] })).toEqual({ missing: ['b'.repeat(64)] });
  });

  it('erases a person’s photo file at once', async () => {
    const { handlers, store } = setUp();
    const { id } = await handlers['blob:put']({ bytes: JPEG });
    expect(await handlers['blob:erase']({ ids: [id, 'c'.repeat(64)] })).toEqual({ erased: 1 });
    expect(await store.has(id)).toBe(false);
  });

  it('collects only unreferenced blobs older than the grace period', async () => {
    const now = new Date('2026-12-05T07:30:00Z');
    const { handlers, store } = setUp(now);
    const kept = await store.put(new Uint8Array([1]));
    const old = await store.put(new Uint8Array([2]));
    const justPicked = await store.put(new Uint8Array([3]));
    const longAgo = new Date(now.getTime() - GC_GRACE_MS - 60_000);
    for (const { id } of [kept, old]) utimesSync(store.pathOf(id), longAgo, longAgo);
    utimesSync(store.pathOf(justPicked.id), now, now);

    const runId = '0190a000-0000-7000-8000-000000000001';
    expect(await handlers['blob:collect-garbage']({ runId, keep: [kept.id], final: false })).toEqual({ removed: 0, freedBytes: 0 });
    expect(await handlers['blob:collect-garbage']({ runId, keep: [], final: true })).toEqual({ removed: 1, freedBytes: 1 });
    expect(await store.has(kept.id)).toBe(true);
    expect(await store.has(old.id)).toBe(false);
    expect(await store.has(justPicked.id)).toBe(true);
  });
});

describe('/blob/<id> responses', () => {
  it('serves an image with its sniffed type, cached for good', async () => {
    const { store } = setUp();
    const { id } = await store.put(JPEG);
    const response = await blobResponse(store, `/blob/${id}`, 'GET');
    expect(response?.status).toBe(200);
    expect(response?.headers.get('Content-Type')).toBe('image/jpeg');
    expect(response?.headers.get('Cache-Control')).toContain('immutable');
    expect(response?.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(new Uint8Array(await (response as Response).arrayBuffer())).toEqual(JPEG);
  });

  it('serves an SVG (or anything not a raster image) as opaque bytes, never as a page', async () => {
    const { store } = setUp();
    const { id } = await store.put(SVG);
    const response = await blobResponse(store, `/blob/${id}`, 'GET');
    expect(response?.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(response?.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('refuses to serve an image whose header claims more than 100 megapixels, or none readable (issue 19)', async () => {
    const { store } = setUp();
    for (const bytes of [PNG_BOMB, JPEG.subarray(0, 8)]) {
      const { id } = await store.put(bytes);
      const response = await blobResponse(store, `/blob/${id}`, 'GET');
      expect(response?.status).toBe(422);
      expect(response?.headers.get('Content-Type')).not.toMatch(/^image\//);
      expect(await (response as Response).text()).toBe('Image refused');
    }
  });

  it('answers 404 for a blob not here, 404 for a bad id, null for other paths', async () => {
    const { store } = setUp();
    expect((await blobResponse(store, `/blob/${'d'.repeat(64)}`, 'GET'))?.status).toBe(404);
    expect((await blobResponse(store, '/blob/..%2f..%2fetc%2fpasswd', 'GET'))?.status).toBe(404);
    expect((await blobResponse(store, `/blob/${'d'.repeat(64)}`, 'POST'))?.status).toBe(405);
    expect(await blobResponse(store, '/index.html', 'GET')).toBeNull();
  });
});

import { BLOB_ID_PATTERN } from '../../shared/blobs/blob-refs';
import { checkImageHeader } from '../../shared/blobs/image-header';
import { sniffImageType } from '../../shared/blobs/image-sniff';
import { SECURITY_HEADERS } from '../security/csp';
import type { BlobStore } from './blob-store';

/** The path under the app's origin where stored blobs are served: `/blob/<sha256>`. */
export const BLOB_URL_PREFIX = '/blob/';

/**
 * The content type comes from the bytes themselves, never from a file name, and only for the
 * raster formats a browser shows in <img>. Everything else (an SVG, a document, HTML) is served
 * as opaque bytes with nosniff, so a planted file can never run as a page of our origin.
 */
function contentTypeOf(bytes: Uint8Array): string {
  return sniffImageType(bytes) ?? 'application/octet-stream';
}

function respond(status: number, body: Uint8Array<ArrayBuffer> | string | null, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}

/**
 * Answers a request for `/blob/<id>` from the blob store, verified on read; null when the path
 * is not a blob path (the caller serves the renderer's files instead). A blob this workstation
 * does not have yet is a 404: the page shows "file not received yet" instead of a broken image.
 * Content-addressed, so the response never changes: cached for good.
 */
export async function blobResponse(store: BlobStore, pathname: string, method: string): Promise<Response | null> {
  if (!pathname.startsWith(BLOB_URL_PREFIX)) return null;
  const id = pathname.slice(BLOB_URL_PREFIX.length);
  if (!BLOB_ID_PATTERN.test(id)) return respond(404, 'Not found');
  if (method !== 'GET' && method !== 'HEAD') return respond(405, 'Method not allowed');
  const bytes = await store.read(id).catch(() => null);
  if (!bytes) return respond(404, 'Not found');
  // A raster image (one that may have arrived by sync) whose header claims more than
  // MAX_IMAGE_PIXELS, or none readable, is never handed to <img> to decode (issue 19).
  if (sniffImageType(bytes) && !checkImageHeader(bytes).ok) return respond(422, 'Image refused');
  const headers = {
    'Content-Type': contentTypeOf(bytes),
    'Content-Length': String(bytes.byteLength),
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
  return respond(200, method === 'HEAD' ? null : new Uint8Array(bytes), headers);
}

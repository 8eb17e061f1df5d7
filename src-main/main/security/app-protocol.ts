import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { blobResponse } from '../blobs/blob-response';
import type { BlobStore } from '../blobs/blob-store';
import { SECURITY_HEADERS } from './csp';

/**
 * The renderer is served from `app://prdesk/`, never file:// (DESIGN.md §8). The scheme must be
 * registered as privileged before `ready`, or IndexedDB and storage refuse to work on it. The
 * origin is part of where IndexedDB keeps the office's data: never change it without a migration.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'prdesk';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_ENTRY_URL = `${APP_ORIGIN_URL}index.html`;

/** Argument for `protocol.registerSchemesAsPrivileged` (bypassCSP deliberately absent). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

function respond(status: number, body: ConstructorParameters<typeof Response>[0], contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
}

/**
 * Resolves a request path to a file strictly inside rootDir, or null. Rejects traversal in
 * every spelling (`..`, `%2e%2e`, backslashes, NUL) rather than trying to clean it up.
 */
export function resolveAppPath(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = resolve(rootDir);
  const full = resolve(root, relative);
  return full.startsWith(root + sep) ? full : null;
}

/**
 * The handler given to `protocol.handle(APP_SCHEME, …)`; plain Request → Response for tests.
 * With a blob store, `/blob/<sha256>` serves this workstation's stored photos and files.
 */
export function createAppProtocolHandler(rootDir: string, { blobs }: { blobs?: BlobStore } = {}): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return respond(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return respond(403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    // Raw path from the request string: URL parsing already collapses `..`, hiding the attempt.
    const rawPath = request.url.slice(`${APP_SCHEME}://${APP_HOST}`.length).split(/[?#]/)[0] ?? '/';
    if (blobs) {
      const blob = await blobResponse(blobs, rawPath, request.method);
      if (blob) return blob;
    }
    const file = resolveAppPath(rootDir, rawPath);
    if (!file) return respond(404, 'Not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) return respond(404, 'Not found');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      return respond(200, body, MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      return respond(404, 'Not found');
    }
  };
}

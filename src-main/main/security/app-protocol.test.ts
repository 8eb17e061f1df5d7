import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './csp';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'pr-desk-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>PR Desk</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
  handle = createAppProtocolHandler(root);
});

const get = (url: string) => handle(new Request(url));

describe('app:// protocol', () => {
  it('serves the renderer with the right types', async () => {
    const index = await get('app://prdesk/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const js = await get('app://prdesk/assets/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(await js.text()).toBe('console.log(1)');
  });

  it.each([
    'app://prdesk/../secret.txt',
    'app://prdesk/%2e%2e/secret.txt',
    'app://prdesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://prdesk/..%5csecret.txt',
    'app://prdesk/%00index.html',
    'app://prdesk/missing.js',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('refuses other hosts and schemes', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('https://prdesk/index.html')).status).toBe(403);
  });

  it('puts the CSP on every response, errors included', async () => {
    for (const url of ['app://prdesk/index.html', 'app://prdesk/nope', 'app://evil/']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('content security policy', () => {
  it('allows scripts only from our own origin', () => {
    expect(CSP_DIRECTIVES['script-src']).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

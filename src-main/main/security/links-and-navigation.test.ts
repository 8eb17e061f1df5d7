import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl } from './external-links';
import { createWindowOpenHandler, isAllowedNavigation } from './navigation';
import { denyPermissionCheck, denyPermissionRequest } from './permissions';

describe('external links', () => {
  it.each(['https://www.prd.go.th/th/content', 'https://thainews.prd.go.th/x', 'https://line.me/R/ti/g/abc'])(
    'opens %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://www.prd.go.th/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://prd.go.th.evil.com/',
    'https://evilprd.go.th/',
    'https://l.facebook.com/l.php?u=https://evil.example',
    'https://youtube.com/redirect?q=https://evil.example',
    'https://user:pass@prd.go.th/',
    'https://prd.go.th:8443/',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('navigation and new windows', () => {
  const origin = { protocol: 'app:', host: 'prdesk' };
  it('stays on our own origin', () => {
    expect(isAllowedNavigation('app://prdesk/index.html#/settings', origin)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', origin)).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/', origin)).toBe(false);
    expect(isAllowedNavigation('app://other/', origin)).toBe(false);
  });

  it('never opens a window; hands only allow-listed links to the system browser', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://www.prd.go.th/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.prd.go.th/']]);
  });
});

describe('permissions', () => {
  it('denies every request and check', () => {
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      denyPermissionRequest(null, permission, callback);
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(denyPermissionCheck()).toBe(false);
  });
});

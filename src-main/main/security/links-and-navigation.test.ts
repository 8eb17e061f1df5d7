import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_LINK_ALLOW_LIST, isAllowedExternalUrl } from './external-links';
import { createWindowOpenHandler, denyWindowOpen, isAllowedNavigation, refuseNavigation } from './navigation';
import { denyPermissionCheck, denyPermissionRequest } from './permissions';

describe('external links', () => {
  it('opens nothing with the app\'s own list: no screen opens a link (see external-links.ts)', () => {
    expect(EXTERNAL_LINK_ALLOW_LIST).toEqual([]);
    for (const url of ['https://www.prd.go.th/', 'https://thainews.prd.go.th/x', 'https://line.me/R/ti/g/abc', 'https://www.facebook.com/prd', 'https://www.youtube.com/']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  // The matcher itself, with a list like one the office might need some day.
  const LIST = ['.prd.go.th', 'www.example.go.th'];

  it.each([
    'https://www.prd.go.th/th/content',
    'https://thainews.prd.go.th/x?id=1#top',
    'https://prd.go.th/',
    'https://WWW.PRD.GO.TH/',
    'https://www.example.go.th/path',
  ])('opens %s when its host is listed', (url) => expect(isAllowedExternalUrl(url, LIST)).toBe(true));

  it.each([
    // not https
    'http://www.prd.go.th/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'data:text/html,<script>alert(1)</script>',
    'ms-settings:',
    'search-ms:query=x&crumb=location:\\\\evil\\share',
    // look-alike and suffix tricks
    'https://prd.go.th.evil.com/',
    'https://evilprd.go.th/',
    'https://example.go.th/',
    'https://sub.www.example.go.th/',
    'https://www.prd.go.th./',
    'https://www.prd.go.th\u3002evil.com/',
    'https://www.prd.g\u043e.th/', // Cyrillic о: xn--… after parsing
    'https://www.prd.go.th\u2024evil.com/',
    // userinfo, backslash and port tricks
    'https://user:pass@www.prd.go.th/',
    'https://www.prd.go.th@evil.example/',
    'https://www.prd.go.th:x@evil.example/',
    'https://evil.example\\@www.prd.go.th/',
    'https://www.prd.go.th:8443/',
    // open redirectors on hosts that are not listed
    'https://l.facebook.com/l.php?u=https://evil.example',
    'https://www.youtube.com/redirect?q=https://evil.example',
    'https://www.google.com/url?q=https://www.prd.go.th/',
    // addresses and garbage
    'https://127.0.0.1/',
    'https://[::1]/',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url, LIST)).toBe(false));
});

describe('navigation and new windows', () => {
  const origin = { protocol: 'app:', host: 'prdesk' };
  it('stays on our own origin', () => {
    expect(isAllowedNavigation('app://prdesk/index.html#/settings', origin)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', origin)).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/', origin)).toBe(false);
    expect(isAllowedNavigation('app://other/', origin)).toBe(false);
  });

  it('never opens a window, and hands no link to the system browser while the list is empty', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://www.prd.go.th/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps a one-document window (the print viewer) where it is', () => {
    const event = { preventDefault: vi.fn() };
    refuseNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
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

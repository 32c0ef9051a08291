import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  decideFrameNavigation,
  decideNavigation,
  isAllowedRequestUrl,
  isSafeExternalUrl,
  isTrustedSender,
  permissionDecision,
  secureWebPreferences,
} from './security';

describe('BrowserWindow webPreferences', () => {
  it('isolate the renderer: no Node, sandboxed, no webview, no spellcheck, our preload', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('app:// scheme', () => {
  it('is a standard secure origin that does not bypass CSP', () => {
    expect(APP_ENTRY_URL).toBe('app://dossier/index.html');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });
});

describe('external links', () => {
  const cases: Array<[string, boolean]> = [
    ['https://www.reuters.com/world/article-1', true],
    ['http://example.org/a?b=c#d', true],
    ['https://xn--bcher-kva.example/', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://dossier/index.html', false],
    ['mailto:a@b.c', false],
    ['smb://server/share', false],
    ['https://user:pass@example.com/', false],
    ['https://user@example.com/', false],
    ['http://localhost:8080/', false],
    ['http://127.0.0.1/', false],
    ['http://2130706433/', false],
    ['http://0x7f000001/', false],
    ['http://[::1]/', false],
    ['http://intranet/', false],
    ['http://printer.local/', false],
    ['https://example.123/', false],
    ['not a url', false],
    ['', false],
    ['https://' + 'a'.repeat(3000) + '.com/', false],
  ];
  for (const [url, safe] of cases) {
    it(`${safe ? 'opens' : 'refuses'} ${url.slice(0, 60)}`, () => {
      expect(isSafeExternalUrl(url)).toBe(safe);
    });
  }
  it('refuses non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.com' })).toBe(false);
  });
});

describe('navigation', () => {
  it('never navigates the window; only safe web links go to the OS browser', () => {
    expect(decideNavigation('https://example.com/')).toEqual({ allowInApp: false, openExternally: true });
    expect(decideNavigation('app://dossier/other.html')).toEqual({ allowInApp: false, openExternally: false });
    expect(decideNavigation('file:///etc/passwd')).toEqual({ allowInApp: false, openExternally: false });
  });
  it('lets sub-frames show only blank/srcdoc or our own pages', () => {
    expect(decideFrameNavigation('about:srcdoc').allowInApp).toBe(true);
    expect(decideFrameNavigation('about:blank').allowInApp).toBe(true);
    expect(decideFrameNavigation('app://dossier/x').allowInApp).toBe(true);
    expect(decideFrameNavigation('https://example.com/').allowInApp).toBe(false);
    expect(decideFrameNavigation('file:///etc/passwd').allowInApp).toBe(false);
    expect(decideFrameNavigation('app://evil/x').allowInApp).toBe(false);
  });
});

describe('network requests from the renderer', () => {
  it('allows only app://dossier, data:, blob: and devtools', () => {
    expect(isAllowedRequestUrl('app://dossier/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://dossier/1234')).toBe(true);
    expect(isAllowedRequestUrl('https://tracker.example/pixel.gif')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('ws://example.com/')).toBe(false);
    expect(isAllowedRequestUrl('app://other/x')).toBe(false);
    expect(isAllowedRequestUrl('::')).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('trusts only the top frame of app://dossier', () => {
    expect(isTrustedSender({ url: 'app://dossier/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://dossier/index.html#/reader/x', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://dossier/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'about:srcdoc', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://dossier.evil/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://user:x@dossier/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: '', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) expect(permissionDecision(p)).toBe(false);
  });
});

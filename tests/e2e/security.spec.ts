import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { ShellPage } from './pages/shell-page';

const ALLOWED_API = JSON.parse(readFileSync(join(import.meta.dirname, 'prdesk-api-allowlist.json'), 'utf8')) as string[];

test.describe('renderer security', () => {
  test('the page sees no Node and only the allow-listed prDesk API', async ({ app }) => {
    await new ShellPage(app.page).waitUntilReady();
    const globals = await app.page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      api: Object.keys((window as unknown as { prDesk: object }).prDesk).sort(),
      frozen: Object.isFrozen((window as unknown as { prDesk: object }).prDesk),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.api).toEqual([...ALLOWED_API].sort());
    expect(globals.frozen).toBe(true);
  });

  test('the served CSP blocks an injected inline script', async ({ app }) => {
    await new ShellPage(app.page).waitUntilReady();
    const response = await app.page.request.get(`${app.origin}/index.html`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    const outcome = await app.page.evaluate(async () => {
      const violation = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.appendChild(script);
      return { directive: await violation, ran: (window as unknown as { __injected?: boolean }).__injected === true };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.directive).toMatch(/^script-src/);
  });

  test('main answers a bad payload with a typed error code', async ({ app }) => {
    await new ShellPage(app.page).waitUntilReady();
    const result = await app.page.evaluate(async () => {
      const api = (window as unknown as { prDesk: Record<string, (input: unknown) => Promise<unknown>> }).prDesk;
      return api.deviceRename?.({ deviceName: 42, extra: '__proto__' });
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  test('a file is never saved under a name that would run: refused, or given the expected extension', async ({ app }) => {
    await new ShellPage(app.page).waitUntilReady();
    const results = await app.page.evaluate(async () => {
      const api = (window as unknown as { prDesk: Record<string, (input: unknown) => Promise<unknown>> }).prDesk;
      const bytes = new TextEncoder().encode('ก,ข\n');
      const answers: unknown[] = [];
      // Saved under their own extension: refused before the dialog.
      for (const suggestedFileName of ['สรุปผล.csv.exe', 'ภาพ\u202Egpj.exe', 'a.txt:b.bat', 'run.JS.', 'x.lnk ']) {
        answers.push(await api.exportFile!({ bytes, suggestedFileName }));
      }
      // A JSON export always ends in .json: the program extension stays only as text.
      answers.push(await api.exportJsonFile!({ json: '{}', suggestedFileName: 'ข้อมูล.exe' }));
      return answers;
    });
    for (const refused of results.slice(0, 5)) expect(refused).toMatchObject({ ok: false, error: { code: 'unsafe-file-name' } });
    expect(results[5]).toMatchObject({ ok: true, value: { filePath: expect.stringMatching(/ข้อมูล_exe\.json$/) as unknown } });
    expect(app.env.exported).toHaveLength(1);
    expect(app.env.exported[0]).toMatch(/ข้อมูล_exe\.json$/);
  });

  test('no link leaves the app: the allow-list is empty while no screen opens one', async ({ app }) => {
    await new ShellPage(app.page).waitUntilReady();
    const results = await app.page.evaluate(async () => {
      const api = (window as unknown as { prDesk: Record<string, (input: unknown) => Promise<unknown>> }).prDesk;
      const urls = ['https://www.prd.go.th/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://www.prd.go.th/'];
      const answers: unknown[] = [];
      for (const url of urls) answers.push(await api.shellOpenExternal!({ url }));
      return answers;
    });
    expect(results.map((r) => (r as { value: { opened: boolean } }).value.opened)).toEqual([false, false, false, false]);
    expect(app.env.openedExternally).toEqual([]);
  });
});

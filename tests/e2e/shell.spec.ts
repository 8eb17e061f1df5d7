import { expect, test } from './support/app-fixture';
import { ShellPage } from './pages/shell-page';

test.describe('app shell', () => {
  test('opens in Thai and every sidebar section is reachable', async ({ app }) => {
    const shell = new ShellPage(app.page);
    await shell.waitUntilReady();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'th');
    await app.screenshot('shell-dashboard-th');

    for (const section of ShellPage.SECTIONS_TH) {
      await shell.openSection(section.label);
      await expect(shell.pageHeading).toContainText(section.heading);
    }
    await app.screenshot('shell-last-section-th');
  });

  test('switching to English changes the UI and survives a restart', async ({ app }) => {
    const shell = new ShellPage(app.page);
    await shell.waitUntilReady();
    await shell.switchLanguage('English');
    await expect(shell.nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
    await expect(shell.nav.getByRole('link', { name: 'แดชบอร์ด' })).toHaveCount(0);
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    await app.screenshot('shell-settings-en');

    await app.restart();
    const again = new ShellPage(app.page);
    await again.waitUntilReady();
    await expect(again.nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  });
});

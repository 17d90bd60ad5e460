/**
 * The headers a static host should send (README, "Hosting"): the build's `_headers` file, which
 * `vite preview` sends too, carries the page's own CSP plus frame-ancestors, and no page can
 * frame the app.
 */
import { expect, firstScreen, test } from './fixtures';

test('the _headers file is what the app is served with: its CSP plus frame-ancestors', async ({
  page,
}) => {
  const response = await page.goto('/');
  // A fresh profile: the checklist's address shows the welcome on first open.
  await expect(firstScreen(page)).toBeVisible();
  const metaPolicy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(metaPolicy).toContain("script-src 'self'");
  const served = response?.headers() ?? {};
  expect(served['content-security-policy']).toBe(`${metaPolicy}; frame-ancestors 'none'`);
  expect(served['x-content-type-options']).toBe('nosniff');
  expect(served['referrer-policy']).toBe('no-referrer');
  expect(served['permissions-policy']).toContain('camera=()');

  const file = await (await page.request.get('/_headers')).text();
  const lines = file.split('\n');
  expect(lines[0]).toBe('/*');
  for (const name of [
    'Content-Security-Policy',
    'X-Content-Type-Options',
    'Referrer-Policy',
    'Permissions-Policy',
  ]) {
    expect(lines).toContain(`  ${name}: ${served[name.toLowerCase()]}`);
  }
});

test('no page can frame the app', async ({ page, watch, baseURL }) => {
  // Chromium reports the refusal (when the page does not come from the service worker).
  watch.expectedConsoleErrors.push(/frame-ancestors 'none'/);
  await page.setContent(`<iframe title="framed" src="${baseURL}/"></iframe>`);
  // The frame is refused: it ends on the browser's error page, never on the app.
  await expect.poll(() => page.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
  await expect(
    page.frameLocator('iframe').getByRole('heading', { name: 'MedTech Ready' }),
  ).toHaveCount(0);
});

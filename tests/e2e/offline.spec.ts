import { expect, goTo, openApp, summary, test } from './fixtures';

test('after one visit the app opens and works with the network off', async ({ page, context }) => {
  await openApp(page);
  // The service worker installs and precaches the app on the first visit.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link
      ? ((await (await fetch(link.href)).json()) as {
          icons: { sizes: string; purpose?: string }[];
        })
      : null;
  });
  expect(
    manifest?.icons.map((icon) => `${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`),
  ).toEqual(['192x192', '512x512', '512x512 maskable']);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Degree/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Pass the MLT(ASCP) certification exam' }).check();
  await expect(summary(page)).toHaveText('1 of 8 complete');
  // A screen loaded on demand comes from the cache too.
  await goTo(page, 'Clinical hours');
  await expect(page.getByRole('heading', { name: 'Clinical hours', level: 2 })).toBeVisible();
  await context.setOffline(false);
});

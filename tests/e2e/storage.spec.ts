/**
 * When the browser cannot open the records, a screen says what happened and what to do, never an
 * endless "Opening your records…". The answer comes from the browser's own refusal, not from the
 * 3 s "Still opening" timer (store/sync.ts): the tests wait on the screen, with the suite's usual
 * ceiling (a page's load time on a loaded machine is not the app's to promise), and check that
 * the timer's message never showed.
 */
import { expect, firstScreen, test } from './fixtures';

test('a browser without IndexedDB is told to try another browser', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Your records cannot be opened in this browser' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'What to do: Open MedTech Ready in another up-to-date browser',
  );
  await expect(page.getByText('Opening your records…')).toHaveCount(0);
  await expect(page.getByText('Still opening your records')).toHaveCount(0);
});

test('a browser that refuses to open the database is told to leave private mode', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'This browser refused to store your records' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('What to do: Leave private mode');
  await expect(page.getByText('Still opening your records')).toHaveCount(0);
});

test('a tab of an older version holding the database is named, and the page carries on once it closes', async ({
  page,
  context,
}) => {
  // The other tab: an old version's connection that ignores requests to upgrade.
  const oldTab = await context.newPage();
  await oldTab.goto('/robots.txt');
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('medtech-ready', 1);
        request.onsuccess = () => {
          (window as unknown as { oldConnection: IDBDatabase }).oldConnection = request.result;
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Waiting for another tab' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'What to do: Close the other MedTech Ready tab',
  );
  await oldTab.close();
  // A fresh profile: the checklist's address shows the welcome on first open.
  await expect(firstScreen(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Waiting for another tab' })).toHaveCount(0);
});

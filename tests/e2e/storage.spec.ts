/**
 * When the browser cannot open the records, a screen says what happened and what to do within
 * 3 s (the requirement, hence the explicit timeouts), never an endless "Opening your records…".
 */
import { expect, firstScreen, test } from './fixtures';

const REQUIRED = { timeout: 3000 };

test('a browser without IndexedDB is told to try another browser', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Your records cannot be opened in this browser' }),
  ).toBeVisible(REQUIRED);
  await expect(page.getByRole('alert')).toContainText(
    'What to do: Open MedTech Ready in another up-to-date browser',
  );
  await expect(page.getByText('Opening your records…')).toHaveCount(0);
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
  ).toBeVisible(REQUIRED);
  await expect(page.getByRole('alert')).toContainText('What to do: Leave private mode');
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
  await expect(page.getByRole('heading', { name: 'Waiting for another tab' })).toBeVisible(
    REQUIRED,
  );
  await expect(page.getByRole('alert')).toContainText(
    'What to do: Close the other MedTech Ready tab',
  );
  await oldTab.close();
  // A fresh profile: the checklist's address shows the welcome on first open.
  await expect(firstScreen(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Waiting for another tab' })).toHaveCount(0);
});

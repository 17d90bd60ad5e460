/**
 * `npm run screenshots` (scripts/screenshots.mjs): every screen at a phone's 390 px and a desktop's
 * 1280 px, light and dark, into docs/screenshots/. The e2e settings (Debian's Chromium, its quiet
 * flags, the preview server on E2E_PORT), another folder, no device projects. Not part of npm test.
 */
import { defineConfig } from '@playwright/test';
import e2e from './playwright.config';

export default defineConfig({
  ...e2e,
  testDir: 'tests/screenshots',
  projects: [{ name: 'screenshots' }],
});

/** Entry point: start mirroring the database into the store, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../db/database';
import { prepareFormatters } from '../domain/format';
import { loadJudging } from '../store/judging';
import { startSync } from '../store/sync';
import { App } from './App';
import { registerServiceWorker } from './service-worker';
import './app.css';

startSync(db);
// The judging code loads while the database opens, not before the first screen (judging.ts).
void loadJudging().catch(() => undefined);
registerServiceWorker();
// A paired device syncs once its records are shown; the sync code loads only on a paired device.
void import('../store/sync-state').then(({ resumeSync }) => resumeSync()).catch(() => undefined);
// Ask the browser to keep this site's data through storage pressure. It may say no; the Backup
// screen shows the answer and the space used.
void navigator.storage?.persist?.().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// After the shell's first render, while the records are read: the screen that shows them then
// draws its figures and dates without first loading the browser's locale data.
setTimeout(prepareFormatters);

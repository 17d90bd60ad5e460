/** Entry point: start mirroring the database into the store, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../db/database';
import { loadRowGuard } from '../db/row-guard';
import { prepareFormatters } from '../domain/format';
import { loadJudging } from '../store/judging';
import { startSync } from '../store/sync';
import { afterFirstScreen } from './after-first-screen';
import { App } from './App';
import { registerServiceWorker } from './service-worker';
import './app.css';

// The sync code: on a paired device at once, since the pairing also says whether this device may
// change anything (an advisor's may not) and the first screen should not offer what it may not.
// On any other device it only listens for another tab turning sync on, after the first screen.
const loadSync = () =>
  void import('../store/sync-state').then(({ resumeSync }) => resumeSync()).catch(() => undefined);
startSync(db, (access) => (access ? loadSync() : afterFirstScreen(loadSync)));
// The judging code loads while the database opens, not before the first screen (judging.ts).
void loadJudging().catch(() => undefined);
// The rest waits for the first screen (after-first-screen.ts).
afterFirstScreen(registerServiceWorker);
// The record checks: loaded by the first write in any case, but then it need not wait for them.
afterFirstScreen(() => void loadRowGuard().catch(() => undefined));
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
